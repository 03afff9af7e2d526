import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { SpecError } from '../diagnostics/spec-error.js';
import type { PackageConfig } from '../config/package-config.js';
import { packages as allPackages } from '../config/packages.config.js';
import type { ReaderInputFile } from '../readers/reader.js';
import { readSpecLock, type SpecLock } from '../specs/spec-lock.js';
import { LOCK_PATH } from '../specs/pull-specs.js';
import { resolveInputs, verifyLockedInputs } from '../specs/resolve-inputs.js';
import { diffOutput, writeOutput, type OutputChange, type PackageOutput } from '../output/package-output.js';
import { readCommittedSurfaces } from '../surface/surface-files.js';
import { diffSurfaces, type PackageDiff } from '../surface/diff-surfaces.js';
import type { ApiSurface } from '../surface/surface-model.js';
import { buildPackage } from './build-package.js';

export const VERSIONS_PATH = 'generator/package-versions.json';

export interface GenerateOptions {
  root: string;
  /** Only packages of these providers. */
  providers?: readonly string[] | undefined;
  /** Compare with the disk and report; write nothing. */
  check?: boolean;
  /** Every package config (default: packages.config.ts). */
  packages?: readonly PackageConfig[];
  /** The configs to generate (default: those of `providers`, else all). */
  selected?: readonly PackageConfig[];
  log?: (line: string) => void;
  /** The lock to generate from (default: specs/specs.lock.json). */
  lock?: SpecLock;
  /**
   * Files to read instead of specs/upstream for some lock ids, not checked against the lock:
   * `specs update` generates from new content before it writes anything.
   */
  replaced?: ReadonlyMap<string, ReaderInputFile>;
  /** Build and compare only; the caller writes `outputs` (default: write unless `check`). */
  write?: boolean;
}

export interface GenerateResult {
  packages: { name: string; operationCount: number; milliseconds: number }[];
  changes: OutputChange[];
  outputs: PackageOutput[];
  /** The API surface of every entry point generated. */
  surfaces: { config: PackageConfig; surface: ApiSurface }[];
  /** Those surfaces compared with the committed ones (generator/surface/), per package. */
  surfaceDiff: PackageDiff[];
}

async function readVersions(root: string): Promise<Record<string, string>> {
  const path = join(root, VERSIONS_PATH);
  try {
    return JSON.parse(await readFile(path, 'utf8')) as Record<string, string>;
  } catch (error) {
    throw new SpecError({ message: `cannot read package versions: ${(error as Error).message}`, file: VERSIONS_PATH });
  }
}

export function selectPackages(all: readonly PackageConfig[], providers: readonly string[] | undefined): PackageConfig[] {
  const selected = all.filter((p) => !providers || providers.includes(p.provider));
  if (providers && selected.length === 0) {
    const known = [...new Set(all.map((p) => p.provider))].sort().join(', ');
    throw new SpecError({ message: `no packages for provider ${providers.join(', ')}`, file: 'generator/src/config/packages.config.ts', hint: `known providers: ${known}` });
  }
  return selected;
}

function label(config: PackageConfig): string {
  return config.layout === 'api-entry-points' && config.entryPrefix ? `${config.name}/${config.entryPrefix}/*` : config.name;
}

/**
 * Generates every configured package in memory first; only when all succeeded is anything written
 * (or, with `check`, compared). Two runs over the same inputs produce identical bytes. Upstream
 * specs must match the lock. The API surface of the result is compared with the committed one.
 */
export async function generate(options: GenerateOptions): Promise<GenerateResult> {
  const log = options.log ?? (() => {});
  const all = options.packages ?? allPackages;
  const selected = options.selected ?? selectPackages(all, options.providers);
  const lock = options.lock ?? (await readSpecLock(join(options.root, LOCK_PATH)));
  const replaced = options.replaced ?? new Map<string, ReaderInputFile>();
  await verifyLockedInputs(selected.flatMap((config) => resolveInputs(options.root, config, lock).filter((input) => !replaced.has(input.id))));
  const versions = await readVersions(options.root);
  const result: GenerateResult = { packages: [], changes: [], outputs: [], surfaces: [], surfaceDiff: [] };
  for (const [index, config] of selected.entries()) {
    // Hand-written packages (api-entry-points layout) keep their version in their own package.json.
    const version = config.layout === 'api-entry-points' ? '' : versions[config.name];
    if (version === undefined) throw new SpecError({ message: `no version for ${config.name}`, file: VERSIONS_PATH, pointer: `/${config.name.replaceAll('/', '~1')}` });
    const inputCount = config.inputs.length === 1 && !config.inputs[0]!.endsWith('*') ? '' : ` from ${resolveInputs(options.root, config, lock).length} specs`;
    log(`  [${index + 1}/${selected.length}] ${label(config)}${inputCount} …`);
    const started = performance.now();
    const built = await buildPackage(options.root, config, lock, version, replaced);
    const milliseconds = performance.now() - started;
    result.outputs.push(built.output);
    for (const surface of built.surfaces) result.surfaces.push({ config, surface });
    result.packages.push({ name: config.name, operationCount: built.operationCount, milliseconds });
    log(`  ${label(config).padEnd(40)} ${String(built.operationCount).padStart(5)} operations  ${(milliseconds / 1000).toFixed(2)} s`);
  }
  result.changes = await diffOutput(options.root, result.outputs);
  const committed = await readCommittedSurfaces(options.root, selected, all);
  const names = [...new Set(selected.map((config) => config.name))];
  result.surfaceDiff = diffSurfaces(names, committed, new Map(result.surfaces.map(({ surface }) => [surface.entryPoint, surface])));
  if (options.write ?? !options.check) await writeOutput(options.root, result.outputs, result.changes);
  return result;
}
