import { InvalidConfigurationError } from '@stratus/core';
import { cloudDefaults } from './cloud-defaults.js';
import { mergeClouds } from './merge-config.js';
import { isDict, type Dict } from './python-values.js';
import { configFileCandidates, readFirstConfigFile, standardConfigDirs, type ConfigLocations } from './read-cloud-files.js';

export const CONFIG_PREFIX = '[@stratus/openstack/config]';

/** Variables that choose a cloud or a file, but describe no cloud: alone, they make no `envvars` cloud. */
const SELECTORS = new Set(['OS_CLOUD', 'OS_REGION_NAME', 'OS_CLIENT_CONFIG_FILE', 'OS_CLIENT_SECURE_FILE', 'OS_CLOUD_NAME']);
// Variables of test tools (oslotest, OpenStack CI) that openstacksdk does not read as settings.
const IGNORED_PREFIXES = ['OS_TEST', 'OS_STD', 'OS_LOG'];

/**
 * The `envvars` cloud openstacksdk makes from `OS_*` variables (an openrc): `OS_AUTH_URL` → `auth_url`,
 * `OS_PROJECT_NAME` → `project_name`…, over the defaults. Undefined when only selectors are set.
 */
export function envCloud(env: ConfigLocations['env']): Dict | undefined {
  const names = Object.keys(env).filter((name) => name.startsWith('OS_') && env[name] !== undefined && !IGNORED_PREFIXES.some((prefix) => name.startsWith(prefix)));
  if (!names.some((name) => !SELECTORS.has(name))) return undefined;
  const cloud = cloudDefaults();
  for (const name of names) cloud[name.slice(3).toLowerCase()] = env[name];
  return cloud;
}

export interface CloudSet {
  /** Every cloud: clouds.yaml's merged with secure.yaml's, plus the `envvars` cloud. */
  clouds: Record<string, Dict>;
  /** The cloud `get_one()` picks without a name: OS_CLOUD, else the envvars cloud, else the only cloud. */
  defaultCloud: string | undefined;
  /** Name of the cloud made from OS_* variables (`OS_CLOUD_NAME`, default `envvars`). */
  envvarsCloud: string;
  /** Whether `envvarsCloud` exists (some OS_* variable describes a cloud). */
  hasEnvvarsCloud: boolean;
  /** The files that were read. */
  files: { clouds?: string; secure?: string };
  /** The directories searched, for error messages. */
  searched: string[];
  /** The `clouds-public.{yaml,yml,json}` candidates, in order. */
  vendorFiles: string[];
}

export interface CloudSetOptions extends ConfigLocations {
  files?: { clouds?: string | undefined; secure?: string | undefined } | undefined;
}

/** What openstacksdk's `OpenStackConfig()` builds before `get_one()`: the clouds it knows and the default one. */
export function loadCloudSet({ cwd, home, env, files: explicit }: CloudSetOptions): CloudSet {
  const dirs = standardConfigDirs({ cwd, home, env });
  const clouds = readFirstConfigFile(configFileCandidates('clouds', dirs, explicit?.clouds ?? (env['OS_CLIENT_CONFIG_FILE'] || undefined)));
  const secure = readFirstConfigFile(configFileCandidates('secure', dirs, explicit?.secure ?? (env['OS_CLIENT_SECURE_FILE'] || undefined)));
  const config = Object.keys(secure.data).length > 0 ? mergeClouds(clouds.data, secure.data) : clouds.data;
  const byName: Record<string, Dict> = {};
  const listed = config['clouds'];
  if (listed !== undefined && listed !== null && !isDict(listed)) {
    throw new InvalidConfigurationError(`${CONFIG_PREFIX} ${clouds.file ?? secure.file}: "clouds" must be a mapping of cloud names to settings`);
  }
  for (const [name, cloud] of Object.entries(listed ?? {})) {
    if (cloud !== null && !isDict(cloud)) throw new InvalidConfigurationError(`${CONFIG_PREFIX} cloud "${name}" in ${clouds.file ?? secure.file}: expected a mapping of settings`);
    byName[name] = cloud ?? {};
  }

  const envvarsCloud = env['OS_CLOUD_NAME'] ?? 'envvars';
  if (envvarsCloud in byName) {
    throw new InvalidConfigurationError(
      `${CONFIG_PREFIX} ${clouds.file ?? secure.file} defines a cloud named "${envvarsCloud}", the name of the cloud made from OS_* variables${env['OS_CLOUD_NAME'] !== undefined ? ' (OS_CLOUD_NAME)' : ''}: rename one of them`,
    );
  }
  let defaultCloud = env['OS_CLOUD'] || undefined;
  const fromEnv = envCloud(env);
  if (fromEnv) {
    byName[envvarsCloud] = fromEnv;
    defaultCloud ??= envvarsCloud;
  }
  const names = Object.keys(byName);
  if (defaultCloud === undefined && names.length === 1) defaultCloud = names[0];
  return {
    clouds: byName,
    defaultCloud,
    envvarsCloud,
    hasEnvvarsCloud: fromEnv !== undefined,
    files: { ...(clouds.file ? { clouds: clouds.file } : {}), ...(secure.file ? { secure: secure.file } : {}) },
    searched: dirs,
    vendorFiles: configFileCandidates('clouds-public', dirs),
  };
}
