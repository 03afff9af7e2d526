import { readdir, readFile } from 'node:fs/promises';
import { join, posix, relative, sep } from 'node:path';
import type { PackageConfig } from '../config/package-config.js';
import { SpecError } from '../diagnostics/spec-error.js';
import { compareText, sortKeysDeep, stableJson } from './stable-json.js';
import type { ApiSurface } from './surface-model.js';
import { expandSurface, shortenSurface } from './schema-shorthand.js';

/** Committed API surfaces, relative to the repository root. */
export const SURFACE_DIR = 'generator/surface';

const NOTICE = 'DO NOT EDIT. API surface written by `stratus-gen surface write` (or `pnpm specs:update`) from the specs; `stratus-gen specs diff` compares the specs with it.';

function slug(config: PackageConfig): string {
  return config.directory.split('/').pop()!;
}

/** `generator/surface/openstack-compute.json`, `generator/surface/ovh/us/me.json`. */
export function surfaceFile(config: PackageConfig, entryPoint: string): string {
  if (config.layout !== 'api-entry-points') return posix.join(SURFACE_DIR, `${slug(config)}.json`);
  const rest = entryPoint.slice(config.name.length + 1);
  return posix.join(SURFACE_DIR, slug(config), `${rest}.json`);
}

/**
 * What a config owns under generator/surface: a service package its file; an entry-point package
 * its folder (a prefixed config its `<prefix>/` subfolder, which the unprefixed one leaves alone).
 */
export interface SurfaceArea {
  file?: string;
  folder?: string;
  excluded: string[];
}

export function surfaceArea(config: PackageConfig, all: readonly PackageConfig[]): SurfaceArea {
  if (config.layout !== 'api-entry-points') return { file: posix.join(SURFACE_DIR, `${slug(config)}.json`), excluded: [] };
  const base = posix.join(SURFACE_DIR, slug(config));
  if (config.entryPrefix) return { folder: posix.join(base, config.entryPrefix), excluded: [] };
  const excluded = all.filter((other) => other !== config && other.name === config.name && other.layout === 'api-entry-points' && other.entryPrefix).map((other) => posix.join(base, (other as { entryPrefix: string }).entryPrefix));
  return { folder: base, excluded };
}

/** Files currently in an area (relative to the root). */
export async function filesInArea(root: string, area: SurfaceArea): Promise<string[]> {
  if (area.file) return (await readFile(join(root, area.file)).then(() => true, () => false)) ? [area.file] : [];
  const entries = await readdir(join(root, area.folder!), { withFileTypes: true, recursive: true }).catch(() => []);
  return entries
    .filter((entry) => entry.isFile() && entry.name.endsWith('.json'))
    .map((entry) => relative(root, join(entry.parentPath, entry.name)).split(sep).join('/'))
    .filter((file) => !area.excluded.some((folder) => file.startsWith(folder + '/')))
    .sort(compareText);
}

export function serializeSurface(surface: ApiSurface): string {
  const short = shortenSurface(surface);
  return stableJson({ '//': NOTICE, package: short.package, entryPoint: short.entryPoint, operations: short.operations, schemas: short.schemas });
}

const isRecord = (value: unknown): value is Record<string, unknown> => value !== null && typeof value === 'object' && !Array.isArray(value);

export function parseSurface(text: string, file: string): ApiSurface {
  const hint = 'rewrite it with `stratus-gen surface write` (after reviewing `stratus-gen specs diff`)';
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    throw new SpecError({ message: `committed API surface is not valid JSON: ${(error as Error).message}`, file, hint });
  }
  if (!isRecord(parsed)) throw new SpecError({ message: 'committed API surface must be a JSON object', file, pointer: '', hint });
  for (const key of ['package', 'entryPoint'] as const) {
    if (typeof parsed[key] !== 'string') throw new SpecError({ message: `committed API surface has no "${key}"`, file, pointer: `/${key}`, hint });
  }
  for (const key of ['operations', 'schemas'] as const) {
    if (!isRecord(parsed[key])) throw new SpecError({ message: `committed API surface has no "${key}" object`, file, pointer: `/${key}`, hint });
  }
  for (const [key, operation] of Object.entries(parsed['operations'] as Record<string, unknown>)) {
    if (!/^[A-Z]+ \//.test(key) || !isRecord(operation)) {
      throw new SpecError({ message: `committed API surface has a malformed operation "${key}"`, file, pointer: `/operations/${key.replaceAll('~', '~0').replaceAll('/', '~1')}`, hint });
    }
  }
  const { package: name, entryPoint, operations, schemas } = parsed as unknown as ApiSurface;
  return sortKeysDeep(expandSurface({ package: name, entryPoint, operations, schemas })) as ApiSurface;
}

/** The committed surfaces of the given configs, by entry point. */
export async function readCommittedSurfaces(root: string, configs: readonly PackageConfig[], all: readonly PackageConfig[]): Promise<Map<string, ApiSurface>> {
  const surfaces = new Map<string, ApiSurface>();
  for (const config of configs) {
    for (const file of await filesInArea(root, surfaceArea(config, all))) {
      const surface = parseSurface(await readFile(join(root, file), 'utf8'), file);
      surfaces.set(surface.entryPoint, surface);
    }
  }
  return surfaces;
}

/** Files to write and stale files to delete so that the configs' areas hold exactly `surfaces`. */
export async function planSurfaceFiles(root: string, configs: readonly PackageConfig[], all: readonly PackageConfig[], surfaces: readonly { config: PackageConfig; surface: ApiSurface }[]): Promise<{ writes: Map<string, string>; deletes: string[] }> {
  const writes = new Map<string, string>();
  for (const { config, surface } of surfaces) {
    const file = surfaceFile(config, surface.entryPoint);
    if (writes.has(file)) throw new SpecError({ message: `two entry points map to the same surface file (${surface.entryPoint})`, file });
    writes.set(file, serializeSurface(surface));
  }
  const deletes: string[] = [];
  for (const config of configs) for (const file of await filesInArea(root, surfaceArea(config, all))) if (!writes.has(file)) deletes.push(file);
  // Unchanged files are not rewritten.
  for (const [file, content] of [...writes]) {
    if ((await readFile(join(root, file), 'utf8').catch(() => undefined)) === content) writes.delete(file);
  }
  return { writes, deletes: deletes.sort(compareText) };
}
