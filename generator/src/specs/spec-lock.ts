import { readFile } from 'node:fs/promises';
import { SpecError } from '../diagnostics/spec-error.js';

/** One upstream document the generator reads. `file` is its path inside the mirror and inside specs/upstream/. */
export interface LockedSpec {
  provider: string;
  name: string;
  file: string;
  /** Where the locked bytes can be downloaded (pinned to a commit where the upstream allows it). */
  url: string;
  /** Where newer content appears; `specs pull --update` reads it when no mirror is available. */
  latestUrl?: string;
  sha256: string;
  /** Written by `specs update` when it accepted new content: where it came from, when, and the hash before. */
  update?: SpecUpdateRecord;
}

export interface SpecUpdateRecord {
  /** `mirror` (the bytes of `file` in the spec mirror) or the URL they were downloaded from. */
  source: string;
  /** YYYY-MM-DD. */
  date: string;
  previousSha256: string;
}

export interface SpecLock {
  lockfileVersion: 1;
  comment?: string;
  specs: Record<string, LockedSpec>;
}

const SHA256 = /^[0-9a-f]{64}$/;

export async function readSpecLock(lockPath: string): Promise<SpecLock> {
  let text: string;
  try {
    text = await readFile(lockPath, 'utf8');
  } catch {
    throw new SpecError({ message: 'spec lock file not found', file: lockPath, hint: 'run stratus-gen from the repository (or pass --root)' });
  }
  let lock: SpecLock;
  try {
    lock = JSON.parse(text) as SpecLock;
  } catch (error) {
    throw new SpecError({ message: `spec lock is not valid JSON: ${(error as Error).message}`, file: lockPath });
  }
  if (lock === null || typeof lock !== 'object' || Array.isArray(lock)) {
    throw new SpecError({ message: 'spec lock must be a JSON object', file: lockPath, pointer: '' });
  }
  if (lock.lockfileVersion !== 1) {
    throw new SpecError({ message: `unsupported lockfileVersion ${JSON.stringify(lock.lockfileVersion)} (expected 1)`, file: lockPath, pointer: '/lockfileVersion' });
  }
  if (lock.specs === null || typeof lock.specs !== 'object' || Array.isArray(lock.specs)) {
    throw new SpecError({ message: 'spec lock has no "specs" map', file: lockPath, pointer: '/specs' });
  }
  for (const [id, spec] of Object.entries(lock.specs)) {
    const pointer = `/specs/${id.replaceAll('~', '~0').replaceAll('/', '~1')}`;
    if (spec === null || typeof spec !== 'object') {
      throw new SpecError({ message: `spec "${id}" must be an object`, file: lockPath, pointer });
    }
    for (const field of ['provider', 'name', 'file', 'url', 'sha256'] as const) {
      if (typeof spec[field] !== 'string' || spec[field] === '') {
        throw new SpecError({ message: `spec "${id}" has no ${field}`, file: lockPath, pointer: `${pointer}/${field}` });
      }
    }
    if (!SHA256.test(spec.sha256)) {
      throw new SpecError({ message: `spec "${id}" has a malformed sha256 "${spec.sha256}"`, file: lockPath, pointer: `${pointer}/sha256` });
    }
    if (spec.update !== undefined) {
      const update = spec.update as Partial<SpecUpdateRecord> | null;
      const valid = update !== null && typeof update === 'object' && typeof update.source === 'string' && typeof update.date === 'string' && typeof update.previousSha256 === 'string' && SHA256.test(update.previousSha256);
      if (!valid) throw new SpecError({ message: `spec "${id}" has a malformed update record (expected source, date and previousSha256)`, file: lockPath, pointer: `${pointer}/update` });
    }
    if (spec.file.startsWith('/') || spec.file.split('/').includes('..')) {
      throw new SpecError({ message: `spec "${id}" file must be a relative path inside the mirror, got "${spec.file}"`, file: lockPath, pointer: `${pointer}/file` });
    }
  }
  return lock;
}

/** The lock as written: two-space JSON, entries sorted by id. */
export function lockText(lock: SpecLock): string {
  const specs = Object.fromEntries(Object.entries(lock.specs).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  return JSON.stringify({ ...lock, specs }, null, 2) + '\n';
}
