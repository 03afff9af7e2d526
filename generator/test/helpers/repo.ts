import { createHash } from 'node:crypto';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { packages } from '../../src/config/packages.config.js';
import type { PackageConfig, ServicePackageConfig } from '../../src/config/package-config.js';
import { SpecError, SpecErrors } from '../../src/diagnostics/spec-error.js';

export const FIXTURES = fileURLToPath(new URL('../fixtures/', import.meta.url));

export function fixture(path: string): Promise<string> {
  return readFile(join(FIXTURES, path), 'utf8');
}

/** A syntactically valid sha256 for lock entries of files a test never writes (`generate` checks the others). */
export const ANY_SHA = '0'.repeat(64);

export function sha256(content: string | Uint8Array): string {
  return createHash('sha256').update(content).digest('hex');
}

const temporaryDirs: string[] = [];

/** A fresh folder in the OS temp dir, removed by `removeTempDirs()`. */
export async function tempDir(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'stratus-gen-test-'));
  temporaryDirs.push(dir);
  return dir;
}

export async function removeTempDirs(): Promise<void> {
  await Promise.all(temporaryDirs.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
}

export async function writeFiles(root: string, files: Record<string, string | Uint8Array>): Promise<void> {
  for (const [path, content] of Object.entries(files)) {
    await mkdir(dirname(join(root, path)), { recursive: true });
    await writeFile(join(root, path), content);
  }
}

/**
 * A repository root inside a fresh temp dir: `<tmp>/repo`, so that `../shared/specs` next to it
 * never exists unless a test creates it.
 */
export async function createRoot(files: Record<string, string | Uint8Array> = {}): Promise<string> {
  const root = join(await tempDir(), 'repo');
  await mkdir(root, { recursive: true });
  await writeFiles(root, files);
  return root;
}

export interface LockEntryInput {
  file: string;
  url?: string;
  latestUrl?: string;
  sha256?: string;
}

export function lockJson(entries: Record<string, LockEntryInput>): string {
  const specs = Object.fromEntries(
    Object.entries(entries).map(([id, entry]) => {
      const [provider = id, ...rest] = id.split('/');
      return [id, { provider, name: rest.join('/') || id, file: entry.file, url: entry.url ?? `https://example.invalid/${entry.file}`, ...(entry.latestUrl ? { latestUrl: entry.latestUrl } : {}), sha256: entry.sha256 ?? ANY_SHA }];
    }),
  );
  return JSON.stringify({ lockfileVersion: 1, specs }, null, 2) + '\n';
}

/** Rewrites the lock's hashes from the files now in specs/upstream (a test that edits upstream specs in place). */
export async function relock(root: string): Promise<void> {
  const path = join(root, 'specs/specs.lock.json');
  const lock = JSON.parse(await readFile(path, 'utf8')) as { specs: Record<string, { file: string; sha256: string }> };
  for (const entry of Object.values(lock.specs)) {
    const bytes = await readFile(join(root, 'specs/upstream', entry.file)).catch(() => undefined);
    if (bytes) entry.sha256 = sha256(bytes);
  }
  await writeFile(path, JSON.stringify(lock, null, 2) + '\n');
}

/** The real package list; main() always generates these. */
export const REAL_PACKAGES = packages;

export function realPackage(directoryName: string): PackageConfig {
  const config = packages.find((p) => p.directory === `packages/${directoryName}`);
  if (!config) throw new Error(`no package config for ${directoryName}`);
  return config;
}

/** A minimal valid spec for a package config: the README example path under its prefix. */
export function minimalSpecFor(config: ServicePackageConfig): string {
  const prefix = config.transforms?.stripPathPrefix ?? '';
  const example = config.readmeExample.path;
  const path = example === '/' && prefix ? prefix : prefix + example;
  const slug = config.directory.split('/').pop()!;
  return [
    'openapi: 3.1.0',
    'info:',
    `  title: ${slug} (test)`,
    "  version: '1.0'",
    'paths:',
    `  '${path}':`,
    '    get:',
    `      operationId: ${slug.replaceAll('-', '_')}_example`,
    '      responses:',
    "        '200':",
    '          description: OK',
    '',
  ].join('\n');
}

export const MINIMAL_OVERLAY = ['overlay: 1.0.0', 'info:', '  title: test overlay', '  version: 1.0.0', 'actions:', '  - target: $.info', '    update:', '      description: patched by the test overlay', ''].join('\n');

export interface FakeRepoOptions {
  /** Replace the spec of a lock id: its file name under specs/upstream/<id>/ and text (null: not pulled). */
  specs?: Record<string, { file: string; text: string | null }>;
  /** Replace overlay files, keyed by their path under specs/overlays/. */
  overlays?: Record<string, string>;
}

/**
 * A temp repository that satisfies every real package config with tiny specs, so that
 * `main(['generate', '--root', root])` runs end to end without touching the real specs.
 */
export async function fakeOpenStackRepo(options: FakeRepoOptions = {}): Promise<string> {
  const files: Record<string, string> = {};
  const lock: Record<string, LockEntryInput> = {};
  const versions: Record<string, string> = {};
  for (const config of packages) {
    if (config.reader === 'openvcloud') {
      // Glob inputs (`openvcloud/*`) are satisfied by one tiny actor spec; overlays by the minimal one.
      for (const input of config.inputs) {
        const id = input.replace(/\*$/, 'cloudapi__things');
        const text = await readFile(join(FIXTURES, '..', 'openvcloud-reader', 'fixtures', 'cloudapi__things', 'actors.spec'), 'utf8');
        lock[id] = { file: `${id}/actors.spec`, sha256: sha256(text) };
        files[`specs/upstream/${id}/actors.spec`] = text;
      }
      for (const overlay of config.overlays ?? []) files[`specs/overlays/${overlay}`] = options.overlays?.[overlay] ?? MINIMAL_OVERLAY;
      continue;
    }
    if (config.layout === 'api-entry-points') {
      // Glob inputs (`ovh/v1/*`) are satisfied by the OVH reader's tiny fixtures.
      for (const input of config.inputs) {
        const id = input.replace(/\*$/, 'shop');
        const text = await readFile(join(FIXTURES, '..', 'ovh-reader', 'fixtures', id.includes('/v2/') ? 'v2' : 'v1', 'shop.json'), 'utf8');
        lock[id] = { file: `${id}.json`, sha256: sha256(text) };
        files[`specs/upstream/${id}.json`] = text;
      }
      continue;
    }
    versions[config.name] = '0.1.0';
    for (const id of config.inputs) {
      const override = options.specs?.[id];
      const file = `${id}/${override?.file ?? 'test.yaml'}`;
      const text = override ? override.text : minimalSpecFor(config);
      lock[id] = { file, ...(text !== null ? { sha256: sha256(text) } : {}) };
      if (text !== null) files[`specs/upstream/${file}`] = text;
    }
    for (const overlay of config.overlays ?? []) files[`specs/overlays/${overlay}`] = options.overlays?.[overlay] ?? MINIMAL_OVERLAY;
  }
  files['specs/specs.lock.json'] = lockJson(lock);
  files['generator/package-versions.json'] = JSON.stringify(versions, null, 2) + '\n';
  return createRoot(files);
}

/** Captures what main() prints. */
export function captureIo(): { io: { out: (s: string) => void; err: (s: string) => void }; out: string[]; err: string[]; errText: () => string; outText: () => string } {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { out: (s) => void out.push(s), err: (s) => void err.push(s) }, out, err, errText: () => err.join('\n'), outText: () => out.join('\n') };
}

/** Every file below `dir` (relative path → bytes); missing dir → empty map. */
export async function snapshotTree(dir: string): Promise<Map<string, Buffer>> {
  const snapshot = new Map<string, Buffer>();
  const entries = await readdir(dir, { withFileTypes: true, recursive: true }).catch(() => []);
  for (const entry of entries) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    snapshot.set(relative(dir, path), await readFile(path));
  }
  return new Map([...snapshot].sort(([a], [b]) => (a < b ? -1 : 1)));
}

/** Runs `action` and returns the SpecErrors it threw (fails the test on success or any other error). */
export async function specProblems(action: () => Promise<unknown>): Promise<SpecError[]> {
  let outcome: unknown;
  try {
    await action();
  } catch (error) {
    outcome = error;
  }
  if (outcome instanceof SpecError) return [outcome];
  if (outcome instanceof SpecErrors) return [...outcome.errors];
  throw new Error(`expected a SpecError, got ${outcome === undefined ? 'success' : String((outcome as Error)?.stack ?? outcome)}`);
}

/** A stack frame line, as printed by V8. */
export const STACK_FRAME = /^\s+at .+[(:]\d+/m;

/** A small package config of a made-up provider, for tests that pass `packages` to generate(). */
export function testPackage(slug: string, overrides: Partial<ServicePackageConfig> = {}): ServicePackageConfig {
  return {
    name: `@stratus/test-${slug}`,
    directory: `packages/test-${slug}`,
    provider: 'test',
    description: `Test package ${slug}.`,
    reader: 'openapi',
    inputs: [`test/${slug}`],
    overlays: [],
    transforms: {},
    service: { displayName: `Test ${slug}` },
    readmeExample: { method: 'get', path: '/servers', resultNote: 'data.servers' },
    ...overrides,
  };
}

/** A temp repo holding one spec per test package (lock id `test/<slug>`, file `test/<slug>.yaml`). */
export async function testRepo(specs: Record<string, string>, extra: Record<string, string> = {}): Promise<string> {
  const files: Record<string, string> = { ...extra };
  const lock: Record<string, LockEntryInput> = {};
  const versions: Record<string, string> = {};
  for (const [slug, text] of Object.entries(specs)) {
    lock[`test/${slug}`] = { file: `test/${slug}.yaml`, sha256: sha256(text) };
    files[`specs/upstream/test/${slug}.yaml`] = text;
    versions[`@stratus/test-${slug}`] = '1.2.3';
  }
  files['specs/specs.lock.json'] = lockJson(lock);
  files['generator/package-versions.json'] = JSON.stringify(versions, null, 2) + '\n';
  return createRoot(files);
}

/** Every file below `root` whose name looks like a temporary file of an atomic write. */
export async function strayTemporaryFiles(root: string): Promise<string[]> {
  return [...(await snapshotTree(root)).keys()].filter((path) => /\.tmp$/.test(path) || /(^|\/)\.[^/]*\.tmp/.test(path));
}
