import { join } from 'node:path';
import type { PackageConfig } from '../../src/config/package-config.js';
import { buildDocument } from '../../src/pipeline/build-package.js';
import { diffSurfaces, type SurfaceChange } from '../../src/surface/diff-surfaces.js';
import { extractSurfaces } from '../../src/surface/extract-surface.js';
import { parseSurface, serializeSurface } from '../../src/surface/surface-files.js';
import type { ApiSurface } from '../../src/surface/surface-model.js';
import { tempDir, writeFiles } from './repo.js';

/** Spec files by lock id (`test/things`, `ovh/v1/shop`, `openvcloud/cloudapi__things`) → their text. */
export type SpecSet = Record<string, string>;

function fileName(id: string): string {
  if (id.startsWith('openvcloud/')) return `${id}/actors.spec`;
  return `${id}.json`;
}

/** The surfaces a config's reader, overlays and transforms make of some spec texts. */
export async function surfacesOf(config: PackageConfig, specs: SpecSet): Promise<Map<string, ApiSurface>> {
  const root = await tempDir();
  await writeFiles(root, Object.fromEntries(Object.entries(specs).map(([id, text]) => [fileName(id), text])));
  const files = Object.keys(specs).map((id) => ({ id, path: join(root, fileName(id)), displayPath: fileName(id) }));
  const { document } = await buildDocument(root, config, files);
  return new Map(extractSurfaces(config, document).map((surface) => [surface.entryPoint, surface]));
}

/** Through the committed file format, as `specs diff` reads the baseline. */
export function committed(surfaces: Map<string, ApiSurface>): Map<string, ApiSurface> {
  return new Map([...surfaces].map(([entry, surface]) => [entry, parseSurface(serializeSurface(surface), `${entry}.json`)]));
}

/** What changed for users of `config` between two spec sets. */
export async function changesBetween(config: PackageConfig, before: SpecSet, after: SpecSet): Promise<{ bump: string; changes: SurfaceChange[] }> {
  const old = committed(await surfacesOf(config, before));
  const now = await surfacesOf(config, after);
  const [diff] = diffSurfaces([config.name], old, now);
  return diff!;
}

/** The one change with this rule (fails listing all changes otherwise). */
export function only(changes: readonly SurfaceChange[], rule: SurfaceChange['rule'], filter: (change: SurfaceChange) => boolean = () => true): SurfaceChange {
  const matching = changes.filter((change) => change.rule === rule && filter(change));
  if (matching.length !== 1) throw new Error(`expected one ${rule} change, got ${matching.length}:\n${changes.map((c) => `  ${c.rule} ${c.operation}: ${c.detail}`).join('\n')}`);
  return matching[0]!;
}
