import { readFile, stat } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { SpecError, SpecErrors } from '../diagnostics/spec-error.js';
import { writeFileAtomic } from '../output/write-file-atomic.js';
import { sha256 } from './sha256.js';
import { readSpecLock, type LockedSpec } from './spec-lock.js';

export interface PullOptions {
  /** Repository root (holds specs/specs.lock.json). */
  root: string;
  /** Explicit mirror directory; otherwise SPECS_MIRROR, then ../shared/specs beside the repo. */
  mirror?: string | undefined;
  /** Only these providers. */
  providers?: readonly string[] | undefined;
  env?: Record<string, string | undefined>;
  fetch?: typeof fetch;
  log?: (line: string) => void;
}

export interface PullResult {
  source: string;
  pulled: string[];
  unchanged: string[];
}

export const LOCK_PATH = 'specs/specs.lock.json';
export const UPSTREAM_DIR = 'specs/upstream';

async function isDirectory(path: string): Promise<boolean> {
  return stat(path).then((s) => s.isDirectory(), () => false);
}

/** Mirror precedence: option, SPECS_MIRROR, ../shared/specs beside the repository, else the network. */
export async function resolveMirror(root: string, explicit: string | undefined, env: Record<string, string | undefined>): Promise<string | undefined> {
  const configured = explicit ?? env['SPECS_MIRROR'];
  if (configured) {
    if (!(await isDirectory(configured))) {
      throw new SpecError({ message: 'spec mirror directory does not exist', file: configured, hint: 'fix SPECS_MIRROR / --mirror, or unset it to download from the upstream URLs' });
    }
    return configured;
  }
  const shared = join(root, '..', 'shared', 'specs');
  return (await isDirectory(shared)) ? shared : undefined;
}

/**
 * The bytes of one spec from the mirror (`file` inside it), else downloaded: the locked `url`, or
 * with `latest` the entry's `latestUrl` (where newer content appears) when it has one.
 */
export async function readUpstream(spec: LockedSpec, mirror: string | undefined, latest: boolean, fetchImpl: typeof fetch): Promise<{ bytes: Uint8Array; origin: string }> {
  if (mirror) {
    const path = join(mirror, spec.file);
    try {
      return { bytes: await readFile(path), origin: path };
    } catch {
      throw new SpecError({ message: 'upstream spec is missing from the mirror', file: path, hint: `the lock expects it (${spec.provider}/${spec.name}); restore the mirror or point SPECS_MIRROR elsewhere` });
    }
  }
  const url = latest && spec.latestUrl ? spec.latestUrl : spec.url;
  let response: Response;
  try {
    response = await fetchImpl(url, { signal: AbortSignal.timeout(120_000) });
  } catch (error) {
    throw new SpecError({ message: `download failed: ${(error as Error).message}`, file: url, hint: 'check the network, or set SPECS_MIRROR to a local copy' });
  }
  if (!response.ok) {
    throw new SpecError({ message: `download failed with HTTP ${response.status}`, file: url });
  }
  return { bytes: new Uint8Array(await response.arrayBuffer()), origin: url };
}

/**
 * Copies (or downloads) every locked upstream spec into specs/upstream/ and verifies its sha256.
 * All problems are collected and reported together; a file is only written once it verified.
 * New upstream content is accepted only by `specs update` (update-specs.ts), which validates it first.
 */
export async function pullSpecs(options: PullOptions): Promise<PullResult> {
  const log = options.log ?? (() => {});
  const lockPath = join(options.root, LOCK_PATH);
  const lock = await readSpecLock(lockPath);
  const mirror = await resolveMirror(options.root, options.mirror, options.env ?? process.env);
  const source = mirror ?? 'upstream URLs';
  const fetchImpl = options.fetch ?? fetch;
  const result: PullResult = { source, pulled: [], unchanged: [] };
  const problems: SpecError[] = [];
  log(`pulling specs from ${mirror ? relative(process.cwd(), mirror) || '.' : source}`);

  for (const [id, spec] of Object.entries(lock.specs)) {
    if (options.providers && !options.providers.includes(spec.provider)) continue;
    const destination = join(options.root, UPSTREAM_DIR, spec.file);
    try {
      const existing = await readFile(destination).catch(() => undefined);
      if (existing && sha256(existing) === spec.sha256) {
        result.unchanged.push(id);
        continue;
      }
      const { bytes, origin } = await readUpstream(spec, mirror, false, fetchImpl);
      const actual = sha256(bytes);
      if (actual !== spec.sha256) {
        throw new SpecError({
          message: `sha256 mismatch for ${id}: lock has ${spec.sha256}, upstream has ${actual}`,
          file: origin,
          hint: 'if the upstream change is expected, run `pnpm specs:update` to review it (API diff, changesets) and accept it',
        });
      }
      await writeFileAtomic(destination, bytes);
      result.pulled.push(id);
      log(`  ${id.padEnd(48)} ${actual.slice(0, 12)}  verified`);
    } catch (error) {
      if (error instanceof SpecError) problems.push(error);
      else throw error;
    }
  }
  if (problems.length > 0) throw new SpecErrors(problems);
  log(`${result.pulled.length} pulled, ${result.unchanged.length} already up to date`);
  return result;
}
