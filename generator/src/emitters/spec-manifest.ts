import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { PackageConfig } from '../config/package-config.js';
import type { ResolvedInput } from '../specs/resolve-inputs.js';
import { sha256 } from '../specs/sha256.js';
import { generatedNotice } from './generated-header.js';

/**
 * Where a config's manifest goes: `src/generated/spec-manifest.json`, or inside the prefix folder
 * of a second catalogue (`src/generated/apis/us/`), which that config owns.
 */
export function specManifestFile(config: PackageConfig): string {
  return config.layout === 'api-entry-points' && config.entryPrefix ? `src/generated/apis/${config.entryPrefix}/spec-manifest.json` : 'src/generated/spec-manifest.json';
}

/**
 * The one place generated output records the sha256 of every spec and overlay it came from, so
 * that a spec update changes the files whose content changes and this manifest, not a hash in
 * the header of every file.
 */
export async function emitSpecManifest(root: string, config: PackageConfig, inputs: readonly ResolvedInput[], overlaysDir: string): Promise<string> {
  const specs: Record<string, string> = {};
  for (const input of inputs) specs[input.id] = input.sha256 ?? sha256(await readFile(input.path));
  const overlays: Record<string, string> = {};
  for (const overlay of config.overlays ?? []) overlays[overlay] = sha256(await readFile(join(root, overlaysDir, overlay)));
  const manifest = {
    '//': generatedNotice({ packageName: config.name, inputs: inputs.map((input) => input.id) }),
    package: config.name,
    specs,
    ...(Object.keys(overlays).length > 0 ? { overlays } : {}),
  };
  return JSON.stringify(manifest, null, 2) + '\n';
}
