/**
 * `specs pull`: copy from a mirror (or download) every locked spec into specs/upstream/, verify
 * its sha256, report every problem together, and never rewrite the lock (that is `specs update`).
 */
import { createHash } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFile, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { main } from '../src/cli.js';
import { pullSpecs } from '../src/specs/pull-specs.js';
import { readSpecLock } from '../src/specs/spec-lock.js';
import { captureIo, lockJson, removeTempDirs, specProblems, STACK_FRAME, tempDir, writeFiles, type LockEntryInput } from './helpers/repo.js';

afterAll(removeTempDirs);

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

const COMPUTE_FILE = 'openstack/compute/v2.yaml';
const NETWORK_FILE = 'openstack/network/v2.0.yaml';
const COMPUTE_V1 = 'openapi: 3.1.0\ninfo: {title: compute, version: "2.1"}\npaths: {}\n';
const COMPUTE_V2 = 'openapi: 3.1.0\ninfo: {title: compute, version: "2.2"}\npaths: {}\n';
const NETWORK_V1 = 'openapi: 3.1.0\ninfo: {title: network, version: "2.0"}\npaths: {}\n';

/** `<tmp>/repo` with a lock, and optionally `<tmp>/<mirrorName>` holding mirror files. */
async function setup(lock: Record<string, LockEntryInput>, mirrors: Record<string, Record<string, string>> = {}): Promise<{ base: string; root: string; dir: (name: string) => string }> {
  const base = await tempDir();
  const root = join(base, 'repo');
  await writeFiles(root, { 'specs/specs.lock.json': lockJson(lock) });
  for (const [name, files] of Object.entries(mirrors)) await writeFiles(join(base, name), files);
  return { base, root, dir: (name) => join(base, name) };
}

const upstream = (root: string, file: string) => readFile(join(root, 'specs/upstream', file), 'utf8');
const exists = (path: string) => stat(path).then(() => true, () => false);

describe('specs pull from a mirror', () => {
  it('copies every locked spec and verifies its hash', async () => {
    const { root, dir } = await setup(
      { 'openstack/compute': { file: COMPUTE_FILE, sha256: sha256(COMPUTE_V1) }, 'openstack/network': { file: NETWORK_FILE, sha256: sha256(NETWORK_V1) } },
      { mirror: { [COMPUTE_FILE]: COMPUTE_V1, [NETWORK_FILE]: NETWORK_V1 } },
    );
    const result = await pullSpecs({ root, mirror: dir('mirror'), env: {} });
    expect(result.source).toBe(dir('mirror'));
    expect(result.pulled.sort()).toEqual(['openstack/compute', 'openstack/network']);
    expect(result.unchanged).toEqual([]);
    expect(await upstream(root, COMPUTE_FILE)).toBe(COMPUTE_V1);
    expect(await upstream(root, NETWORK_FILE)).toBe(NETWORK_V1);
  });

  it('a hash mismatch names the file and both hashes, suggests specs:update, and writes nothing', async () => {
    const { root, dir } = await setup({ 'openstack/compute': { file: COMPUTE_FILE, sha256: sha256(COMPUTE_V1) } }, { mirror: { [COMPUTE_FILE]: COMPUTE_V2 } });
    const lockBefore = await readFile(join(root, 'specs/specs.lock.json'), 'utf8');
    const [problem, ...rest] = await specProblems(() => pullSpecs({ root, mirror: dir('mirror'), env: {} }));
    expect(rest).toEqual([]);
    expect(problem!.file).toBe(join(dir('mirror'), COMPUTE_FILE));
    expect(problem!.message).toContain('openstack/compute');
    expect(problem!.message).toContain(sha256(COMPUTE_V1));
    expect(problem!.message).toContain(sha256(COMPUTE_V2));
    expect(problem!.hint).toMatch(/specs:update/);
    expect(await exists(join(root, 'specs/upstream', COMPUTE_FILE))).toBe(false);
    expect(await readFile(join(root, 'specs/specs.lock.json'), 'utf8')).toBe(lockBefore);
  });

  it('a file missing from the mirror names its path', async () => {
    const { root, dir } = await setup({ 'openstack/compute': { file: COMPUTE_FILE, sha256: sha256(COMPUTE_V1) } }, { mirror: { 'README.md': 'a mirror without compute\n' } });
    const [problem, ...rest] = await specProblems(() => pullSpecs({ root, mirror: dir('mirror'), env: {} }));
    expect(rest).toEqual([]);
    expect(problem!.message).toMatch(/missing from the mirror/);
    expect(problem!.file).toBe(join(dir('mirror'), COMPUTE_FILE));
    expect(problem!.hint).toContain('openstack/compute');
  });

  it('reports all problems together (CLI: exit 1, every file named, no stack trace)', async () => {
    const { root, dir } = await setup(
      {
        'openstack/compute': { file: COMPUTE_FILE, sha256: sha256(COMPUTE_V1) },
        'openstack/image': { file: 'openstack/image/v2.yaml', sha256: sha256('image') },
        'openstack/network': { file: NETWORK_FILE, sha256: sha256(NETWORK_V1) },
      },
      { mirror: { [COMPUTE_FILE]: COMPUTE_V2, [NETWORK_FILE]: NETWORK_V1 } },
    );
    const problems = await specProblems(() => pullSpecs({ root, mirror: dir('mirror'), env: {} }));
    expect(problems.map((p) => p.file).sort()).toEqual([join(dir('mirror'), COMPUTE_FILE), join(dir('mirror'), 'openstack/image/v2.yaml')]);

    const { io, errText } = captureIo();
    expect(await main(['specs', 'pull', '--root', root, '--mirror', dir('mirror')], io)).toBe(1);
    const text = errText();
    expect(text).toContain(`file:    ${join(dir('mirror'), COMPUTE_FILE)}`);
    expect(text).toContain(`file:    ${join(dir('mirror'), 'openstack/image/v2.yaml')}`);
    expect(text).toMatch(/sha256 mismatch for openstack\/compute/);
    expect(text).toMatch(/missing from the mirror/);
    expect(text).not.toMatch(STACK_FRAME);
    // The spec that verified was still pulled.
    expect(await upstream(root, NETWORK_FILE)).toBe(NETWORK_V1);
  });

  it('already verified files are reported unchanged and not rewritten (no mirror or network needed)', async () => {
    const { root, dir } = await setup({ 'openstack/compute': { file: COMPUTE_FILE, sha256: sha256(COMPUTE_V1) } }, { mirror: { [COMPUTE_FILE]: COMPUTE_V1 } });
    await pullSpecs({ root, mirror: dir('mirror'), env: {} });
    const path = join(root, 'specs/upstream', COMPUTE_FILE);
    const before = await stat(path);

    const refuse = (() => Promise.reject(new Error('no network in this test'))) as typeof fetch;
    const result = await pullSpecs({ root, env: {}, fetch: refuse });
    expect(result.source).toBe('upstream URLs');
    expect(result.unchanged).toEqual(['openstack/compute']);
    expect(result.pulled).toEqual([]);
    const after = await stat(path);
    expect(after.ino).toBe(before.ino);
    expect(after.mtimeMs).toBe(before.mtimeMs);
  });

  it('a local edit of a pulled file is detected and restored from the mirror', async () => {
    const { root, dir } = await setup({ 'openstack/compute': { file: COMPUTE_FILE, sha256: sha256(COMPUTE_V1) } }, { mirror: { [COMPUTE_FILE]: COMPUTE_V1 } });
    await writeFiles(root, { [`specs/upstream/${COMPUTE_FILE}`]: COMPUTE_V1 + '# local edit\n' });
    const result = await pullSpecs({ root, mirror: dir('mirror'), env: {} });
    expect(result.pulled).toEqual(['openstack/compute']);
    expect(await upstream(root, COMPUTE_FILE)).toBe(COMPUTE_V1);
  });

  it('--provider pulls only that provider', async () => {
    const { root, dir } = await setup(
      { 'openstack/compute': { file: COMPUTE_FILE, sha256: sha256(COMPUTE_V1) }, 'ovh/cloud': { file: 'ovh/cloud.json', sha256: sha256('{}') } },
      { mirror: { [COMPUTE_FILE]: COMPUTE_V1 } },
    );
    const result = await pullSpecs({ root, mirror: dir('mirror'), providers: ['openstack'], env: {} });
    expect(result.pulled).toEqual(['openstack/compute']);
  });
});

describe('mirror precedence', () => {
  const lock = { 'openstack/compute': { file: COMPUTE_FILE, sha256: sha256(COMPUTE_V1) } };

  it('SPECS_MIRROR wins over ../shared/specs, which is the fallback', async () => {
    // ../shared/specs holds other bytes than the lock, so using it would fail.
    const { root, dir } = await setup(lock, { 'shared/specs': { [COMPUTE_FILE]: COMPUTE_V2 }, env: { [COMPUTE_FILE]: COMPUTE_V1 } });
    const result = await pullSpecs({ root, env: { SPECS_MIRROR: dir('env') } });
    expect(result.source).toBe(dir('env'));
    expect(await upstream(root, COMPUTE_FILE)).toBe(COMPUTE_V1);

    await rm(join(root, 'specs/upstream'), { recursive: true });
    const [problem] = await specProblems(() => pullSpecs({ root, env: {} }));
    expect(problem!.file).toBe(join(root, '..', 'shared', 'specs', COMPUTE_FILE));
    expect(problem!.message).toMatch(/sha256 mismatch/);
  });

  it('--mirror wins over SPECS_MIRROR', async () => {
    const { root, dir } = await setup(lock, { explicit: { [COMPUTE_FILE]: COMPUTE_V1 } });
    const result = await pullSpecs({ root, mirror: dir('explicit'), env: { SPECS_MIRROR: dir('does-not-exist') } });
    expect(result.source).toBe(dir('explicit'));
  });

  it('a nonexistent SPECS_MIRROR is a clear error (also through the CLI)', async () => {
    const { root, dir } = await setup(lock, { 'shared/specs': { [COMPUTE_FILE]: COMPUTE_V1 } });
    const missing = dir('no-such-mirror');
    const [problem, ...rest] = await specProblems(() => pullSpecs({ root, env: { SPECS_MIRROR: missing } }));
    expect(rest).toEqual([]);
    expect(problem!.message).toBe('spec mirror directory does not exist');
    expect(problem!.file).toBe(missing);
    expect(problem!.hint).toMatch(/SPECS_MIRROR/);
    expect(await exists(join(root, 'specs/upstream'))).toBe(false);

    const original = process.env['SPECS_MIRROR'];
    process.env['SPECS_MIRROR'] = missing;
    try {
      const { io, errText } = captureIo();
      expect(await main(['specs', 'pull', '--root', root], io)).toBe(1);
      expect(errText()).toContain('error: spec mirror directory does not exist');
      expect(errText()).toContain(`file:    ${missing}`);
    } finally {
      if (original === undefined) delete process.env['SPECS_MIRROR'];
      else process.env['SPECS_MIRROR'] = original;
    }
  });
});

describe('specs pull over HTTP (no mirror)', () => {
  let server: Server | undefined;
  const requests: string[] = [];
  afterEach(async () => {
    requests.length = 0;
    if (!server) return;
    server.closeAllConnections();
    await new Promise<void>((resolve) => server!.close(() => resolve()));
    server = undefined;
  });

  async function serve(routes: Record<string, string>): Promise<string> {
    server = createServer((request, response) => {
      requests.push(request.url ?? '');
      const body = routes[request.url ?? ''];
      if (body === undefined) {
        response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      } else {
        response.writeHead(200, { 'content-type': 'application/yaml' }).end(body);
      }
    });
    await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
    return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  }

  it('downloads from the locked URL when ../shared/specs does not exist', async () => {
    const origin = await serve({ '/pinned/compute.yaml': COMPUTE_V1 });
    const { root, base } = await setup({ 'openstack/compute': { file: COMPUTE_FILE, url: `${origin}/pinned/compute.yaml`, sha256: sha256(COMPUTE_V1) } });
    expect(await exists(join(base, 'shared'))).toBe(false);
    const result = await pullSpecs({ root, env: {}, fetch });
    expect(result.source).toBe('upstream URLs');
    expect(result.pulled).toEqual(['openstack/compute']);
    expect(requests).toEqual(['/pinned/compute.yaml']);
    expect(await upstream(root, COMPUTE_FILE)).toBe(COMPUTE_V1);
  });

  it('HTTP 404 is an error naming the URL', async () => {
    const origin = await serve({});
    const url = `${origin}/gone/compute.yaml`;
    const { root } = await setup({ 'openstack/compute': { file: COMPUTE_FILE, url, sha256: sha256(COMPUTE_V1) } });
    const [problem, ...rest] = await specProblems(() => pullSpecs({ root, env: {}, fetch }));
    expect(rest).toEqual([]);
    expect(problem!.file).toBe(url);
    expect(problem!.message).toMatch(/HTTP 404/);
    expect(await exists(join(root, 'specs/upstream', COMPUTE_FILE))).toBe(false);
  });

  it('a refused connection is an error naming the URL', async () => {
    const origin = await serve({});
    const url = `${origin}/compute.yaml`;
    server!.closeAllConnections();
    await new Promise<void>((resolve) => server!.close(() => resolve()));
    server = undefined;
    const { root } = await setup({ 'openstack/compute': { file: COMPUTE_FILE, url, sha256: sha256(COMPUTE_V1) } });
    const [problem] = await specProblems(() => pullSpecs({ root, env: {}, fetch }));
    expect(problem!.file).toBe(url);
    expect(problem!.message).toMatch(/download failed/);
  });
});

describe('spec lock validation', () => {
  it('a malformed sha256 names the lock file and pointer', async () => {
    const { root } = await setup({ 'openstack/compute': { file: COMPUTE_FILE, sha256: 'abc' } });
    const [problem] = await specProblems(() => pullSpecs({ root, env: {} }));
    expect(problem!.file).toBe(join(root, 'specs/specs.lock.json'));
    expect(problem!.pointer).toBe('/specs/openstack~1compute/sha256');
  });

  it('a file path escaping the mirror is rejected', async () => {
    const { root } = await setup({ 'openstack/compute': { file: '../../etc/passwd', sha256: sha256('x') } });
    const [problem] = await specProblems(() => pullSpecs({ root, env: {} }));
    expect(problem!.pointer).toBe('/specs/openstack~1compute/file');
  });

  it('a lock without a specs map is reported, not a TypeError', async () => {
    const { root } = await setup({});
    await writeFiles(root, { 'specs/specs.lock.json': '{"lockfileVersion": 1}\n' });
    const { io, errText } = captureIo();
    expect(await main(['specs', 'pull', '--root', root], io)).toBe(1);
    expect(errText()).toContain('specs/specs.lock.json');
  });
});
