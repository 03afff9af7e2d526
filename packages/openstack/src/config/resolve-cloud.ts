import { InvalidConfigurationError } from '@stratus/core';
import type { AuthPlugin } from './auth-plugins.js';
import { cloudDefaults } from './cloud-defaults.js';
import { CONFIG_PREFIX, loadCloudSet, type CloudSet, type CloudSetOptions } from './cloud-set.js';
import { expandVendorProfile } from './expand-profile.js';
import { magicFixes } from './magic-fixes.js';
import { authUpdate } from './merge-config.js';
import { isDict, normalizeKeys, pythonFormat, type Dict } from './python-values.js';
import { selectRegion } from './regions.js';
import { authPluginFor, inferAuthType, validateAuth } from './validate-auth.js';
import { VENDOR_PROFILES } from './vendor-profiles.js';

export interface ResolveCloudOptions extends CloudSetOptions {
  /** The cloud to use; default: OS_CLOUD, else the envvars cloud, else the only cloud. */
  cloud?: string | undefined;
  /** The region to use; default: the cloud's first region. Must be one of the cloud's regions when it lists them. */
  regionName?: string | undefined;
  /** Settings that win over the cloud's, like the keyword arguments of openstacksdk's `get_one()`. */
  args?: Dict | undefined;
}

/** A cloud resolved as openstacksdk's `OpenStackConfig().get_one()` resolves it. */
export interface ResolvedCloud {
  /** The cloud's name (`envvars` for the OS_* variables); undefined when no cloud was named or found. */
  name: string | undefined;
  /** Whether the cloud is the one made from OS_* variables. */
  fromEnvironment: boolean;
  /** The settings: `auth:` holds exactly what the auth plugin takes; keys use underscores. */
  config: Dict;
  /** The keystoneauth plugin for `config.auth_type`. */
  plugin: AuthPlugin;
  /** Set when Stratus chose the auth type openstacksdk would not have (see inferAuthType). */
  inferredAuthType: string | undefined;
  /** The vendor profile applied, if any. */
  profile: string | undefined;
  /** The files read (clouds, secure). */
  files: string[];
  /** The directories searched, for messages. */
  searched: string[];
  /** Names of all clouds known. */
  known: string[];
  /** Where a setting is written, for messages: `OS_PASSWORD` for the envvars cloud, `auth.password` otherwise. */
  hint: (key: string) => string;
  /** "cloud "x"" or "the OS_* variables (cloud "envvars")", for messages. */
  where: string;
}

const AUTH_TYPE_KEYS = ['auth_type', 'auth_plugin'];
const hasAuthType = (dict: Dict | undefined): boolean => dict !== undefined && AUTH_TYPE_KEYS.some((key) => key in dict);

/** Resolves one cloud following openstacksdk 0.101's loader rules, step by step. */
export function resolveCloud(options: ResolveCloudOptions): ResolvedCloud {
  const set = loadCloudSet(options);
  return resolveFromSet(set, options);
}

function unknownCloud(set: CloudSet, name: string): InvalidConfigurationError {
  const known = Object.keys(set.clouds);
  const where = set.files.clouds ? `in ${set.files.clouds}` : `(no clouds.yaml found in ${set.searched.join(', ')})`;
  return new InvalidConfigurationError(`${CONFIG_PREFIX} unknown cloud "${name}" ${where}; known clouds: ${known.length > 0 ? known.join(', ') : 'none'}`);
}

function resolveFromSet(set: CloudSet, options: ResolveCloudOptions): ResolvedCloud {
  const name = options.cloud ?? set.defaultCloud;
  if (name && !(name in set.clouds)) throw unknownCloud(set, name);
  // openstacksdk goes on with no cloud at all, and fails for want of an auth URL: say what to choose instead.
  if (name === undefined && Object.keys(set.clouds).length > 1) {
    throw new InvalidConfigurationError(`${CONFIG_PREFIX} no cloud selected: ${set.files.clouds ?? set.files.secure} defines ${Object.keys(set.clouds).join(', ')}; set OS_CLOUD or pass { cloud }`);
  }
  const fromEnvironment = set.hasEnvvarsCloud && name === set.envvarsCloud;
  const where = fromEnvironment ? `the OS_* variables (cloud "${name}")` : name ? `cloud "${name}"` : 'the configuration (no cloud selected)';
  const hint = (key: string) =>
    fromEnvironment ? `OS_${key.toUpperCase()}` : name ? `auth.${key}` : `OS_${key.toUpperCase()}, or OS_CLOUD naming a cloud of clouds.yaml`;
  const ownSettings = name ? set.clouds[name]! : {};
  const sources = { vendorFiles: set.vendorFiles, envvarsCloud: set.envvarsCloud };

  // _get_base_cloud_config: defaults, then the vendor profile, then the cloud's own settings.
  let config: Dict = cloudDefaults();
  const profile = expandVendorProfile(name, config, ownSettings, sources);
  // A clouds-public.yaml profile may set auth_type; the bundled ones do not.
  const profileSetsAuthType = config['auth_type'] !== 'password';
  if (!isDict(config['auth'])) config['auth'] = {};
  if ('auth' in ownSettings && !isDict(ownSettings['auth'])) throw new InvalidConfigurationError(`${CONFIG_PREFIX} ${where}: "auth" must be a mapping`);
  authUpdate(config, ownSettings);
  delete config['cloud'];

  // Region: the one asked for, checked against the cloud's list, and its own settings.
  const args: Dict = { ...(options.args ?? {}) };
  const region = selectRegion(name, name ? ownSettings : undefined, options.regionName ?? '', sources);
  args['region_name'] = region.name;
  delete config['regions'];
  for (const layer of [region.values, args]) {
    for (const [key, value] of Object.entries(layer)) {
      if (value === null || value === undefined) continue;
      if (key === 'auth' && isDict(value) && isDict(config['auth'])) authUpdate(config['auth'], value);
      else config[key] = value;
    }
  }

  // The envvars cloud holds the defaults' auth_type: there, only OS_AUTH_TYPE / OS_AUTH_PLUGIN are explicit.
  const explicitAuthType =
    (fromEnvironment ? options.env['OS_AUTH_TYPE'] !== undefined || options.env['OS_AUTH_PLUGIN'] !== undefined : hasAuthType(ownSettings)) ||
    hasAuthType(region.values) ||
    hasAuthType(args) ||
    profileSetsAuthType;
  config = magicFixes(config, where);
  config = normalizeKeys(config);

  let inferredAuthType: string | undefined;
  if (!explicitAuthType) {
    inferredAuthType = inferAuthType(config, config['auth'] as Dict);
    if (inferredAuthType) config['auth_type'] = inferredAuthType;
  }
  const plugin = authPluginFor(config, where);
  const named = ownSettings['profile'] ?? ownSettings['cloud'];
  const profileNote = !named ? '' : profile ? ` (profile "${profile}" gives none)` : ` (profile "${String(named)}" is neither in a clouds-public.yaml nor one Stratus knows: ${Object.keys(VENDOR_PROFILES).join(', ')})`;
  validateAuth(config, plugin, where, hint, profileNote);

  // Settings may name others: `https://{region_name}.example.com` (never inside a password).
  for (const [key, value] of Object.entries(config)) {
    if (typeof value === 'string' && key !== 'password') config[key] = pythonFormat(value, config, `${CONFIG_PREFIX} ${where}: ${key}`);
  }

  return {
    name,
    fromEnvironment,
    config,
    plugin,
    inferredAuthType,
    profile,
    files: [set.files.clouds, set.files.secure].filter((file): file is string => file !== undefined),
    searched: set.searched,
    known: Object.keys(set.clouds),
    hint,
    where,
  };
}
