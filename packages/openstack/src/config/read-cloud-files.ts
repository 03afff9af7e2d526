import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parse, type Tags } from 'yaml';
import { InvalidConfigurationError } from '@stratus/core';
import { isDict, type Dict } from './python-values.js';

export interface ConfigLocations {
  cwd: string;
  home: string;
  env: Record<string, string | undefined>;
}

const EXTENSIONS = ['yaml', 'yml', 'json'];

/**
 * openstacksdk's search path on Linux, in order: `./`, `$XDG_CONFIG_HOME/openstack` (default
 * `~/.config/openstack`), `~/.config/openstack` (`$SNAP_REAL_HOME/.config/openstack` in a snap),
 * `$XDG_CONFIG_DIRS/openstack` (default `/etc/xdg/openstack`), `/etc/openstack`.
 */
export function standardConfigDirs({ cwd, home, env = {} }: Pick<ConfigLocations, 'cwd' | 'home'> & { env?: ConfigLocations['env'] }): string[] {
  const userConfigHome = join(env['XDG_CONFIG_HOME'] ?? join(home, '.config'), 'openstack');
  const unixConfigHome = join(env['SNAP_REAL_HOME'] ? join(env['SNAP_REAL_HOME'], '.config') : join(home, '.config'), 'openstack');
  // appdirs joins every XDG_CONFIG_DIRS entry into one ':'-separated string, which openstacksdk then
  // uses as a single directory: with more than one entry it names no directory at all.
  const siteConfigHome = (env['XDG_CONFIG_DIRS'] ?? '/etc/xdg')
    .split(':')
    .map((dir) => join(dir.replace(/\/+$/, '') || '/', 'openstack'))
    .join(':');
  return [...new Set([cwd, userConfigHome, unixConfigHome, siteConfigHome, '/etc/openstack'])];
}

/** `<dir>/<base>.{yaml,yml,json}` for every directory, with `explicitFile` (OS_CLIENT_*_FILE) first. */
export function configFileCandidates(base: 'clouds' | 'secure' | 'clouds-public', dirs: string[], explicitFile?: string): string[] {
  return [...(explicitFile ? [explicitFile] : []), ...dirs.flatMap((dir) => EXTENSIONS.map((ext) => join(dir, `${base}.${ext}`)))];
}

const exists = (file: string): boolean => {
  try {
    statSync(file);
    return true;
  } catch {
    return false;
  }
};

/** First existing `<base>.{yaml,yml,json}` in the search path; `explicitFile` (OS_CLIENT_*_FILE) goes first. */
export function findConfigFile(base: 'clouds' | 'secure' | 'clouds-public', dirs: string[], explicitFile: string | undefined): string | undefined {
  return configFileCandidates(base, dirs, explicitFile).find(exists);
}

// PyYAML reads YAML 1.1 without `y`/`n` booleans, timestamps or floats without a dot; integers stay
// integers (bigints), so `2` and `2.0` keep the distinct string forms openstacksdk gives them.
const PYYAML_TRUE = /^(?:[Yy]es|YES|[Tt]rue|TRUE|[Oo]n|ON)$/;
const PYYAML_FALSE = /^(?:[Nn]o|NO|[Ff]alse|FALSE|[Oo]ff|OFF)$/;
const PYYAML_EXPONENT_FLOAT = /^[-+]?(?:[0-9][0-9_]*\.[0-9_]*|\.[0-9][0-9_]*)[eE][-+][0-9]+$/;
const PYYAML_DECIMAL_INT = /^[-+]?(?:0|[1-9][0-9_]*)$/;

function pyyamlTags(tags: Tags): Tags {
  return tags
    .filter((tag) => typeof tag !== 'object' || tag.tag !== 'tag:yaml.org,2002:timestamp')
    .map((tag) => {
      if (typeof tag !== 'object' || !('test' in tag) || !tag.test) return tag;
      if (tag.tag === 'tag:yaml.org,2002:bool') return { ...tag, test: tag.test.test('true') ? PYYAML_TRUE : PYYAML_FALSE };
      if (tag.tag === 'tag:yaml.org,2002:float' && tag.format === 'EXP') return { ...tag, test: PYYAML_EXPONENT_FLOAT };
      if (tag.tag === 'tag:yaml.org,2002:int' && tag.format === undefined) return { ...tag, test: PYYAML_DECIMAL_INT };
      return tag;
    });
}

/**
 * Reads the first readable file of `files` (openstacksdk skips files it cannot open): JSON when the
 * name ends in `json`, else YAML. A file that is empty or holds `null` reads as `{}`.
 */
export function readFirstConfigFile(files: string[]): { file: string | undefined; data: Dict } {
  for (const file of files) {
    if (!exists(file)) continue;
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch {
      continue;
    }
    return { file, data: parseConfigText(file, text) };
  }
  return { file: undefined, data: {} };
}

function parseConfigText(file: string, text: string): Dict {
  let parsed: unknown;
  try {
    parsed = file.endsWith('json')
      ? parse(text, { schema: 'json', intAsBigInt: true, uniqueKeys: false })
      : parse(text, { version: '1.1', intAsBigInt: true, uniqueKeys: false, customTags: pyyamlTags });
  } catch (error) {
    // Only the parser's kind of error and position: the file may hold passwords.
    const position = (error as { linePos?: [{ line: number; col: number }] }).linePos?.[0];
    const at = position ? ` at line ${position.line}, column ${position.col}` : '';
    throw new InvalidConfigurationError(`[@stratus/openstack/config] cannot parse ${file}${at}: ${(error as Error).name}`);
  }
  if (parsed === null || parsed === undefined) return {};
  if (!isDict(parsed)) throw new InvalidConfigurationError(`[@stratus/openstack/config] ${file}: expected a mapping with a "clouds" key`);
  return parsed;
}
