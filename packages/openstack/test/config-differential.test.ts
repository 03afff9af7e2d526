// openstacksdk's own loader (Debian's python3-openstacksdk, 0.101) and ours, on the same matrix of
// clouds.yaml / secure.yaml / clouds-public.yaml / OS_* cases: the resolved auth, auth type, region,
// interface, TLS settings, per-service settings and the Keystone token request must agree, except
// where a case documents a deliberate difference (and then both sides are checked for it).
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { authTokensUrl, buildAuthRequestBody, SERVICE_NAMES, StratusError } from '../src/index.js';
import { loadOpenStackConfig } from '../src/config/index.js';
import { resolveCloud } from '../src/config/resolve-cloud.js';
import { serviceSettings } from '../src/config/service-settings.js';
import { CASES, type ConfigCase } from './config-reference/cases.js';

const SCRIPT = fileURLToPath(new URL('./config-reference/openstacksdk-resolve.py', import.meta.url));
const REQUIRED = process.env['STRATUS_REQUIRE_OPENSTACKSDK'] === '1';

/** A Python that can import openstacksdk's loader: STRATUS_OPENSTACKSDK_PYTHON, else Debian's (/usr/bin/python3), else python3. */
function findReferencePython(): string | undefined {
  const chosen = process.env['STRATUS_OPENSTACKSDK_PYTHON'];
  const candidates = chosen ? [chosen] : ['/usr/bin/python3', 'python3'];
  return candidates.find((python) => spawnSync(python, ['-c', 'import openstack.config.loader, keystoneauth1.session'], { stdio: 'ignore' }).status === 0);
}

type Result = { error: { type: string; message: string } } | Record<string, unknown>;

interface CaseDirs {
  root: string;
  cwd: string;
  env: Record<string, string>;
}

function materialize(base: string, index: number, testCase: ConfigCase): CaseDirs {
  const root = join(base, String(index));
  const cwd = join(root, 'cwd');
  mkdirSync(cwd, { recursive: true });
  mkdirSync(join(root, 'home'), { recursive: true });
  for (const [path, text] of Object.entries(testCase.files ?? {})) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  const env: Record<string, string> = { HOME: join(root, 'home') };
  for (const [name, value] of Object.entries(testCase.env ?? {})) env[name] = value.replaceAll('{root}', root);
  return { root, cwd, env };
}

// Every refusal of ours is the package's own error (a StratusError), whatever its class.
function errorOf(error: unknown): Result {
  return { error: { type: error instanceof StratusError ? 'StratusError' : (error as Error).name, message: (error as Error).message } };
}

/** Ours, in the shape the Python side reports. */
async function ours(testCase: ConfigCase, dirs: CaseDirs): Promise<Result> {
  const where = { cwd: dirs.cwd, env: dirs.env, ...(testCase.cloud !== undefined ? { cloud: testCase.cloud } : {}), ...(testCase.regionName !== undefined ? { regionName: testCase.regionName } : {}) };
  let resolved: ReturnType<typeof resolveCloud>;
  let config: ReturnType<typeof loadOpenStackConfig>;
  try {
    resolved = resolveCloud({ ...where, home: dirs.env['HOME']! });
    config = loadOpenStackConfig(where);
  } catch (error) {
    return errorOf(error);
  }
  const { tls, options } = config;
  const services = Object.fromEntries(
    SERVICE_NAMES.map((name) => {
      const settings = serviceSettings(resolved.config, name);
      const view: Record<string, string> = {};
      if (settings.endpointOverride !== undefined) view['endpoint_override'] = settings.endpointOverride;
      if (settings.apiVersion !== undefined) view['api_version'] = settings.apiVersion;
      if (settings.interface !== undefined) view['interface'] = settings.interface;
      if (settings.regionName !== undefined) view['region_name'] = settings.regionName;
      return [name, view];
    }),
  );
  let tokenRequest: unknown = null;
  if (options.authUrl !== undefined) {
    try {
      tokenRequest = { url: authTokensUrl(options.authUrl), body: await buildAuthRequestBody({ ...options, authUrl: options.authUrl }) };
    } catch (error) {
      tokenRequest = errorOf(error);
    }
  }
  return {
    cloud: resolved.name ?? '',
    auth_type: resolved.config['auth_type'],
    auth: resolved.config['auth'],
    region_name: resolved.config['region_name'],
    interface: resolved.config['interface'],
    verify: tls.verify ? (tls.cacert ?? true) : false,
    cert: tls.cert === undefined ? null : tls.key === undefined ? tls.cert : [tls.cert, tls.key],
    services,
    token_request: tokenRequest,
  };
}

/** Drops the paths a deliberate difference names (`services.blockStorage.api_version`). */
function without(result: Result, paths: string[]): Result {
  const copy = structuredClone(result) as Record<string, unknown>;
  for (const path of paths) {
    const keys = path.split('.');
    let parent: Record<string, unknown> | undefined = copy;
    for (const key of keys.slice(0, -1)) parent = parent?.[key] as Record<string, unknown> | undefined;
    if (parent) delete parent[keys.at(-1)!];
  }
  return copy;
}

const python = findReferencePython();

describe('clouds.yaml / secure.yaml / openrc resolution, against openstacksdk 0.101', () => {
  it('has a matrix of at least 60 cases covering every kind of setting', () => {
    expect(CASES.length).toBeGreaterThanOrEqual(60);
    expect(new Set(CASES.map((testCase) => testCase.id)).size).toBe(CASES.length);
    expect(new Set(CASES.map((testCase) => testCase.kind))).toEqual(new Set(['keys', 'selection', 'regions', 'profiles', 'tls', 'services', 'auth-types']));
  });

  if (!python) {
    const message = 'openstacksdk is not installed for python3 (Debian: apt-get install --no-install-recommends python3-openstacksdk)';
    if (REQUIRED) it('finds openstacksdk (STRATUS_REQUIRE_OPENSTACKSDK=1)', () => expect.fail(message));
    else it.skip(`skipped: ${message}`, () => undefined);
    return;
  }

  let base: string;
  let dirs: CaseDirs[];
  let reference: Record<string, Result>;
  const tally = { agree: 0, deliberate: 0 };

  beforeAll(() => {
    base = mkdtempSync(join(tmpdir(), 'stratus-config-diff-'));
    dirs = CASES.map((testCase, index) => materialize(base, index, testCase));
    const input = { cases: CASES.map((testCase, index) => ({ id: testCase.id, cwd: dirs[index]!.cwd, env: dirs[index]!.env, cloud: testCase.cloud ?? null, region_name: testCase.regionName ?? null })) };
    const run = spawnSync(python, [SCRIPT], { input: JSON.stringify(input), encoding: 'utf8', env: { PATH: process.env['PATH'] ?? '/usr/bin:/bin', LANG: 'C.UTF-8' }, maxBuffer: 64 * 1024 * 1024 });
    if (run.status !== 0) throw new Error(`openstacksdk-resolve.py failed (${run.status}): ${run.stderr}`);
    reference = JSON.parse(run.stdout) as Record<string, Result>;
  });
  afterAll(() => {
    if (base) rmSync(base, { recursive: true, force: true });
    console.info(`config differential: ${CASES.length} cases, ${tally.agree} agree with openstacksdk, ${tally.deliberate} deliberate differences`);
  });

  it.each(CASES.map((testCase, index) => [testCase.kind, testCase.id, index] as const))('%s: %s', async (_kind, id, index) => {
    const testCase = CASES[index]!;
    const theirs = reference[id]!;
    const mine = await ours(testCase, dirs[index]!);
    const { deliberate } = testCase;
    if (!deliberate) {
      if ('error' in theirs) {
        // Both refuse; ours says why in the package's words.
        expect(mine, `openstacksdk: ${JSON.stringify(theirs.error)}`).toHaveProperty('error.type', 'StratusError');
      } else {
        expect(mine).toEqual(theirs);
      }
      tally.agree++;
      return;
    }
    expect(JSON.stringify(theirs)).toMatch(deliberate.reference);
    if (deliberate.error) {
      expect(mine).toHaveProperty('error.type', 'StratusError');
      expect((mine as { error: { message: string } }).error.message).toMatch(deliberate.error);
    } else if (deliberate.expected) {
      expect(mine).toMatchObject(deliberate.expected);
    } else {
      expect(mine).not.toHaveProperty('error');
      expect(without(mine, deliberate.differs ?? [])).toEqual(without(theirs, deliberate.differs ?? []));
    }
    tally.deliberate++;
  });
});
