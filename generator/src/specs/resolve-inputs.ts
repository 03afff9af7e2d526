import { readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { SpecError, SpecErrors } from '../diagnostics/spec-error.js';
import type { PackageConfig } from '../config/package-config.js';
import type { ReaderInputFile } from '../readers/reader.js';
import { sha256 } from './sha256.js';
import type { SpecLock } from './spec-lock.js';
import { LOCK_PATH, UPSTREAM_DIR } from './pull-specs.js';


/** One input of a package: a locked upstream spec (with its hash) or one of the specs authored in specs/authored/. */
export interface ResolvedInput extends ReaderInputFile {
  /** sha256 from the lock; absent for authored specs. */
  sha256?: string;
}

/**
 * Lock ids, `authored/…` paths, or a lock-id prefix ending in `*` (e.g. `ovh/v1/*`), as files.
 * `replaced` substitutes other files for some lock ids (the new content `specs update` checks
 * before it touches anything).
 */
export function resolveInputs(root: string, config: PackageConfig, lock: SpecLock, replaced: ReadonlyMap<string, ReaderInputFile> = new Map()): ResolvedInput[] {
  const files: ResolvedInput[] = [];
  for (const input of config.inputs) {
    const ids = input.endsWith('*') ? Object.keys(lock.specs).filter((id) => id.startsWith(input.slice(0, -1))).sort() : [input];
    if (ids.length === 0) {
      throw new SpecError({ message: `package ${config.name} input "${input}" matches no spec in the lock`, file: LOCK_PATH, hint: 'fix the inputs in generator/src/config/packages.config.ts' });
    }
    for (const id of ids) {
      const locked = lock.specs[id];
      if (locked) {
        const replacement = replaced.get(id);
        if (replacement) files.push({ ...replacement, id, sha256: locked.sha256 });
        else {
          const path = join(root, UPSTREAM_DIR, locked.file);
          files.push({ id, path, displayPath: relative(root, path), sha256: locked.sha256 });
        }
      } else if (id.startsWith('authored/')) {
        const path = join(root, 'specs', id);
        files.push({ id, path, displayPath: relative(root, path) });
      } else {
        throw new SpecError({ message: `package ${config.name} names input "${id}", which is not in the spec lock`, file: LOCK_PATH, hint: 'add it to the lock, or fix the inputs in generator/src/config/packages.config.ts' });
      }
    }
  }
  return files;
}

/**
 * Every locked input must be on disk with the locked hash: generating from other bytes would
 * publish types nobody reviewed (and a stale turbo cache would hide it). All problems together.
 */
export async function verifyLockedInputs(inputs: readonly ResolvedInput[]): Promise<void> {
  const problems: SpecError[] = [];
  const seen = new Set<string>();
  for (const input of inputs) {
    if (input.sha256 === undefined || seen.has(input.path)) continue;
    seen.add(input.path);
    const bytes = await readFile(input.path).catch(() => undefined);
    if (bytes === undefined) {
      problems.push(new SpecError({ message: `spec file not found (upstream spec ${input.id} was never pulled)`, file: input.displayPath, hint: 'run `pnpm specs:pull` to fetch the locked specs' }));
      continue;
    }
    const actual = sha256(bytes);
    if (actual !== input.sha256) {
      problems.push(
        new SpecError({
          message: `upstream spec ${input.id} does not match the lock: the lock has ${input.sha256.slice(0, 12)}, the file has ${actual.slice(0, 12)}`,
          file: input.displayPath,
          hint: 'run `pnpm specs:pull` to restore the locked spec, or `pnpm specs:update` to review and accept the new content',
        }),
      );
    }
  }
  if (problems.length === 1) throw problems[0]!;
  if (problems.length > 1) throw new SpecErrors(problems);
}
