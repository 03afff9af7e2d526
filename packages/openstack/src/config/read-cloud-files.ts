import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { StratusError } from '@stratus/core';

export interface ConfigLocations {
  cwd: string;
  home: string;
  env: Record<string, string | undefined>;
}

const EXTENSIONS = ['yaml', 'yml', 'json'];

/** openstacksdk's search path: `./`, `~/.config/openstack/`, `/etc/openstack/`. */
export function standardConfigDirs({ cwd, home }: Pick<ConfigLocations, 'cwd' | 'home'>): string[] {
  return [cwd, join(home, '.config', 'openstack'), '/etc/openstack'];
}

/** First existing `<base>.{yaml,yml,json}` in the search path; `explicitFile` (OS_CLIENT_*_FILE) goes first. */
export function findConfigFile(base: 'clouds' | 'secure', dirs: string[], explicitFile: string | undefined): string | undefined {
  const candidates = [
    ...(explicitFile ? [explicitFile] : []),
    ...dirs.flatMap((dir) => EXTENSIONS.map((ext) => join(dir, `${base}.${ext}`))),
  ];
  return candidates.find((file) => existsSync(file));
}

export type CloudsFile = { clouds?: Record<string, Record<string, unknown>> };

/** Parses a clouds/secure file (YAML is a superset of JSON). */
export function readCloudsFile(file: string): CloudsFile {
  let parsed: unknown;
  try {
    parsed = parse(readFileSync(file, 'utf8'));
  } catch (error) {
    // Only the parser's location message: the file may hold passwords.
    throw new StratusError(`[@stratus/openstack/config] cannot parse ${file}: ${(error as Error).name}`);
  }
  if (parsed === null || parsed === undefined) return {};
  if (typeof parsed !== 'object' || Array.isArray(parsed)) throw new StratusError(`[@stratus/openstack/config] ${file}: expected a mapping with a "clouds" key`);
  return parsed as CloudsFile;
}
