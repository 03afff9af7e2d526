import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import type { PackageConfig } from '../config/package-config.js';
import { packages as allPackages } from '../config/packages.config.js';
import { isSpecProblem, SpecError, SpecErrors } from '../diagnostics/spec-error.js';
import { commitFiles } from '../output/commit-files.js';
import { writeOutput } from '../output/package-output.js';
import { generate, selectPackages } from '../pipeline/generate.js';
import type { ReaderInputFile } from '../readers/reader.js';
import { changesetFor } from '../surface/changeset-for.js';
import type { PackageDiff } from '../surface/diff-surfaces.js';
import { buildSurfaces } from '../surface/build-surfaces.js';
import { diffSurfaces } from '../surface/diff-surfaces.js';
import { planSurfaceFiles, readCommittedSurfaces, SURFACE_DIR } from '../surface/surface-files.js';
import { LOCK_PATH, readUpstream, resolveMirror, UPSTREAM_DIR } from './pull-specs.js';
import { resolveInputs } from './resolve-inputs.js';
import { sha256 } from './sha256.js';
import { lockText, readSpecLock, type SpecLock } from './spec-lock.js';

export interface UpdateOptions {
  root: string;
  /** Explicit mirror directory; otherwise SPECS_MIRROR, then ../shared/specs, else each entry's latestUrl. */
  mirror?: string | undefined;
  providers?: readonly string[] | undefined;
  packages?: readonly PackageConfig[];
  env?: Record<string, string | undefined>;
  fetch?: typeof fetch;
  log?: (line: string) => void;
  /** The date recorded in the lock (YYYY-MM-DD); today by default. */
  date?: string;
}

export interface UpdateResult {
  /** Specs whose content changed. Empty: nothing new, nothing written. */
  updated: { id: string; from: string; to: string; source: string }[];
  diff: PackageDiff[];
  /** Changeset files written, relative to the root. */
  changesets: string[];
  /** Generated files written. */
  outputFiles: number;
}

/**
 * `specs update`: fetch every locked spec's current content (mirror, else `latestUrl`); when some
 * changed, generate every affected package from the new content in memory, which reads and
 * validates it. Only when all of that succeeded are the generated packages, the new specs, the
 * lock (with where the content came from, the date and the previous hash), the API surface and
 * one changeset per changed package written. A spec that cannot be read stops everything with its
 * file, pointer and line, and nothing is written.
 */
export async function updateSpecs(options: UpdateOptions): Promise<UpdateResult> {
  const log = options.log ?? (() => {});
  const all = options.packages ?? allPackages;
  const lock = await readSpecLock(join(options.root, LOCK_PATH));
  const mirror = await resolveMirror(options.root, options.mirror, options.env ?? process.env);
  const fetchImpl = options.fetch ?? fetch;
  log(`reading upstream specs from ${mirror ? nearPath(mirror) : 'their latest URLs'}`);

  const fresh = new Map<string, { bytes: Uint8Array; origin: string; sha: string }>();
  const problems: SpecError[] = [];
  for (const [id, spec] of Object.entries(lock.specs)) {
    if (options.providers && !options.providers.includes(spec.provider)) continue;
    try {
      const { bytes, origin } = await readUpstream(spec, mirror, true, fetchImpl);
      const sha = sha256(bytes);
      if (sha !== spec.sha256) fresh.set(id, { bytes, origin, sha });
    } catch (error) {
      if (error instanceof SpecError) problems.push(error);
      else throw error;
    }
  }
  if (problems.length > 0) throw new SpecErrors(problems);
  if (fresh.size === 0) {
    log('no upstream spec changed; nothing to do');
    return { updated: [], diff: [], changesets: [], outputFiles: 0 };
  }
  for (const [id, { sha }] of fresh) log(`  ${id.padEnd(48)} ${lock.specs[id]!.sha256.slice(0, 12)} → ${sha.slice(0, 12)}`);

  const date = options.date ?? new Date().toISOString().slice(0, 10);
  const newLock: SpecLock = structuredClone(lock);
  const updated: UpdateResult['updated'] = [];
  for (const [id, { sha, origin }] of fresh) {
    const entry = newLock.specs[id]!;
    const source = mirror ? 'mirror' : origin;
    updated.push({ id, from: entry.sha256, to: sha, source });
    entry.update = { source, date, previousSha256: entry.sha256 };
    entry.sha256 = sha;
    // The new content is the latest upstream one: point `url` where it is published, not at the old commit.
    if (entry.latestUrl) entry.url = entry.latestUrl;
  }

  // The new bytes are read from a scratch folder, so specs/upstream stays as it is until the end.
  const scratch = await mkdtemp(join(tmpdir(), 'stratus-specs-update-'));
  try {
    const replaced = new Map<string, ReaderInputFile>();
    for (const [id, { bytes, origin }] of fresh) {
      const path = join(scratch, newLock.specs[id]!.file);
      await mkdir(dirname(path), { recursive: true });
      await writeFile(path, bytes);
      // Problems in the new content name where it came from (the mirror file or the URL).
      replaced.set(id, { id, path, displayPath: mirror ? nearPath(origin) : origin });
    }
    const affected = selectPackages(all, options.providers).filter((config) => resolveInputs(options.root, config, newLock).some((input) => fresh.has(input.id)));
    // The diff is against the committed surface: if that was already behind the current specs
    // (an overlay changed without `surface write`), those changes end up in the changesets too.
    const stale = await staleSurfaces(options.root, affected, all, lock);
    if (stale.length > 0) log(`warning: ${SURFACE_DIR}/ was already out of date for ${stale.join(', ')} before this update; the diff and changesets include those changes`);
    log(`generating ${new Set(affected.map((config) => config.name)).size} affected package(s) from the new specs`);
    const result = await generate({ root: options.root, packages: all, selected: affected, lock: newLock, replaced, write: false, log });

    const writes = new Map<string, string | Uint8Array>();
    for (const [id, { bytes }] of fresh) writes.set(join(UPSTREAM_DIR, newLock.specs[id]!.file), bytes);
    writes.set(LOCK_PATH, lockText(newLock));
    const surfaceFiles = await planSurfaceFiles(options.root, affected, all, result.surfaces);
    for (const [file, text] of surfaceFiles.writes) writes.set(file, text);
    const changesets: string[] = [];
    for (const packageDiff of result.surfaceDiff) {
      const specs = updated.filter(({ id }) => affected.some((config) => config.name === packageDiff.name && resolveInputs(options.root, config, newLock).some((input) => input.id === id)));
      const changeset = changesetFor(packageDiff, specs);
      if (!changeset) continue;
      writes.set(changeset.file, changeset.text);
      changesets.push(changeset.file);
    }
    // Generated packages first (the largest write); the lock, specs, surface and changesets last.
    await writeOutput(options.root, result.outputs, result.changes);
    await commitFiles(options.root, writes, surfaceFiles.deletes);
    return { updated, diff: result.surfaceDiff, changesets, outputFiles: result.changes.length };
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
}

/** A path relative to the working folder when it is below it, else absolute. */
function nearPath(path: string): string {
  const nearby = relative(process.cwd(), path);
  return nearby === '' ? '.' : nearby.startsWith('..') ? path : nearby;
}

/** Packages whose committed surface differs from what the current (locked) specs produce. */
async function staleSurfaces(root: string, configs: readonly PackageConfig[], all: readonly PackageConfig[], lock: SpecLock): Promise<string[]> {
  let current;
  try {
    current = await buildSurfaces({ root, configs, lock });
  } catch (error) {
    // The old specs are not all there (a fresh clone): nothing to compare with, no warning.
    if (isSpecProblem(error)) return [];
    throw error;
  }
  const committed = await readCommittedSurfaces(root, configs, all);
  const diff = diffSurfaces([...new Set(configs.map((config) => config.name))], committed, new Map(current.map(({ surface }) => [surface.entryPoint, surface])));
  return diff.filter((entry) => entry.changes.length > 0).map((entry) => entry.name);
}
