import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { SpecError } from '../diagnostics/spec-error.js';
import type { PackageConfig } from '../config/package-config.js';
import { packages as allPackages } from '../config/packages.config.js';
import { readSpecLock } from '../specs/spec-lock.js';
import { LOCK_PATH } from '../specs/pull-specs.js';
import { diffOutput, writeOutput, type OutputChange, type PackageOutput } from '../output/package-output.js';
import { buildPackage } from './build-package.js';

export const VERSIONS_PATH = 'generator/package-versions.json';

export interface GenerateOptions {
  root: string;
  /** Only packages of these providers. */
  providers?: readonly string[] | undefined;
  /** Compare with the disk and report; write nothing. */
  check?: boolean;
  packages?: readonly PackageConfig[];
  log?: (line: string) => void;
}

export interface GenerateResult {
  packages: { name: string; operationCount: number; milliseconds: number }[];
  changes: OutputChange[];
}

async function readVersions(root: string): Promise<Record<string, string>> {
  const path = join(root, VERSIONS_PATH);
  try {
    return JSON.parse(await readFile(path, 'utf8')) as Record<string, string>;
  } catch (error) {
    throw new SpecError({ message: `cannot read package versions: ${(error as Error).message}`, file: VERSIONS_PATH });
  }
}

/**
 * Generates every configured package in memory first; only when all succeeded is anything written
 * (or, with `check`, compared). Two runs over the same inputs produce identical bytes.
 */
export async function generate(options: GenerateOptions): Promise<GenerateResult> {
  const log = options.log ?? (() => {});
  const selected = (options.packages ?? allPackages).filter((p) => !options.providers || options.providers.includes(p.provider));
  if (options.providers && selected.length === 0) {
    const known = [...new Set((options.packages ?? allPackages).map((p) => p.provider))].sort().join(', ');
    throw new SpecError({ message: `no packages for provider ${options.providers.join(', ')}`, file: 'generator/src/config/packages.config.ts', hint: `known providers: ${known}` });
  }
  const lock = await readSpecLock(join(options.root, LOCK_PATH));
  const versions = await readVersions(options.root);
  const outputs: PackageOutput[] = [];
  const result: GenerateResult = { packages: [], changes: [] };
  for (const config of selected) {
    const started = performance.now();
    // Hand-written packages (api-entry-points layout) keep their version in their own package.json.
    const version = config.layout === 'api-entry-points' ? '' : versions[config.name];
    if (version === undefined) throw new SpecError({ message: `no version for ${config.name}`, file: VERSIONS_PATH, pointer: `/${config.name.replaceAll('/', '~1')}` });
    const built = await buildPackage(options.root, config, lock, version);
    const milliseconds = performance.now() - started;
    outputs.push(built.output);
    result.packages.push({ name: config.name, operationCount: built.operationCount, milliseconds });
    const label = config.layout === 'api-entry-points' && config.entryPrefix ? `${config.name}/${config.entryPrefix}/*` : config.name;
    log(`  ${label.padEnd(40)} ${String(built.operationCount).padStart(5)} operations  ${(milliseconds / 1000).toFixed(2)} s`);
  }
  result.changes = await diffOutput(options.root, outputs);
  if (!options.check) await writeOutput(options.root, outputs, result.changes);
  return result;
}
