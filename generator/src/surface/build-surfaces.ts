import type { PackageConfig } from '../config/package-config.js';
import { buildDocument } from '../pipeline/build-package.js';
import type { ReaderInputFile } from '../readers/reader.js';
import { resolveInputs } from '../specs/resolve-inputs.js';
import type { SpecLock } from '../specs/spec-lock.js';
import { extractSurfaces } from './extract-surface.js';
import type { ApiSurface } from './surface-model.js';

/**
 * The API surfaces the specs produce (reader → overlays → transforms → IR → surface), without
 * emitting packages: what `specs diff` and `surface write` need, in a fraction of the time.
 */
export async function buildSurfaces(options: {
  root: string;
  configs: readonly PackageConfig[];
  lock: SpecLock;
  replaced?: ReadonlyMap<string, ReaderInputFile>;
  log?: (line: string) => void;
}): Promise<{ config: PackageConfig; surface: ApiSurface }[]> {
  const surfaces: { config: PackageConfig; surface: ApiSurface }[] = [];
  for (const [index, config] of options.configs.entries()) {
    const label = config.layout === 'api-entry-points' && config.entryPrefix ? `${config.name}/${config.entryPrefix}/*` : config.name;
    options.log?.(`  [${index + 1}/${options.configs.length}] reading ${label}`);
    const files = resolveInputs(options.root, config, options.lock, options.replaced);
    const { document } = await buildDocument(options.root, config, files);
    for (const surface of extractSurfaces(config, document)) surfaces.push({ config, surface });
  }
  return surfaces;
}
