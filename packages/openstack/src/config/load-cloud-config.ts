import { homedir } from 'node:os';
import { StratusError } from '@stratus/core';
import type { ConnectOptions } from '../cloud/connect-options.js';
import { resolveAuthMethod } from '../keystone/resolve-auth-method.js';
import type { KeystoneAuthType } from '../keystone/keystone-auth-options.js';
import { AUTH_KEYS, CLOUD_KEYS, ENDPOINT_OVERRIDE_PREFIXES, SECRET_KEYS } from './config-keys.js';
import { deepMerge } from './deep-merge.js';
import { findConfigFile, readCloudsFile, standardConfigDirs } from './read-cloud-files.js';

export interface LoadCloudConfigOptions {
  /** Cloud name in clouds.yaml. Default: `OS_CLOUD`. */
  cloud?: string;
  /** Default: `process.env`. */
  env?: Record<string, string | undefined>;
  /** Explicit clouds/secure files; default: OS_CLIENT_CONFIG_FILE / OS_CLIENT_SECURE_FILE, then the search path. */
  files?: { clouds?: string; secure?: string };
  /** Default: `process.cwd()`. */
  cwd?: string;
  /** Default: `os.homedir()`. */
  home?: string;
  /** Explicit options: win over the environment and the files. */
  overrides?: Partial<ConnectOptions>;
}

export interface CloudConfig {
  /** Selected clouds.yaml cloud, if any. */
  cloud: string | undefined;
  /** The files that were read. */
  files: string[];
  /** Ready for `connect()`. */
  options: ConnectOptions;
}

const PREFIX = '[@stratus/openstack/config]';

type Flat = Partial<Record<string, unknown>>;

/** One clouds.yaml cloud (`auth:` + top-level keys) → camelCase options. */
function fromCloudEntry(entry: Record<string, unknown>): Flat {
  const out: Flat = {};
  const auth = (entry['auth'] ?? {}) as Record<string, unknown>;
  for (const [key, value] of Object.entries(auth)) {
    const camel = AUTH_KEYS[key as keyof typeof AUTH_KEYS];
    if (camel && value !== undefined && value !== null) out[camel] = String(value);
  }
  for (const [key, value] of Object.entries(entry)) {
    if (value === undefined || value === null) continue;
    const camel = CLOUD_KEYS[key as keyof typeof CLOUD_KEYS];
    if (camel) out[camel] = String(value);
    const override = /^(.+)_endpoint_override$/.exec(key);
    const service = override?.[1] ? ENDPOINT_OVERRIDE_PREFIXES[override[1]] : undefined;
    if (service) out['endpoints'] = { ...(out['endpoints'] as object), [service]: String(value) };
  }
  if (out['regionName'] === undefined && Array.isArray(entry['regions'])) {
    const first = entry['regions'][0] as unknown;
    const name = typeof first === 'string' ? first : (first as { name?: string } | undefined)?.name;
    if (name) out['regionName'] = name;
  }
  return out;
}

/** OS_* variables (an openrc) → camelCase options; `OS_PROJECT_NAME` → `projectName`, like openstacksdk's envvars cloud. */
function fromEnv(env: Record<string, string | undefined>): Flat {
  const entry: Record<string, unknown> = { auth: {} };
  for (const [name, value] of Object.entries(env)) {
    if (!name.startsWith('OS_') || value === undefined || value === '') continue;
    const key = name.slice(3).toLowerCase();
    if (key in AUTH_KEYS) (entry['auth'] as Record<string, unknown>)[key] = value;
    else entry[key] = value;
  }
  return fromCloudEntry(entry);
}

function definedOnly(options: Partial<ConnectOptions>): Flat {
  return Object.fromEntries(Object.entries(options).filter(([, value]) => value !== undefined));
}

/**
 * Resolves connection options like openstacksdk: explicit `overrides` > `OS_*` environment >
 * the `clouds.yaml` cloud chosen by `cloud` / `OS_CLOUD`, merged with `secure.yaml`.
 */
export function loadCloudConfig(options: LoadCloudConfigOptions = {}): CloudConfig {
  const env = options.env ?? process.env;
  const cwd = options.cwd ?? process.cwd();
  const home = options.home ?? homedir();
  const cloudName = options.cloud ?? env['OS_CLOUD'];
  const files: string[] = [];

  let fileLayer: Flat = {};
  if (cloudName) {
    const dirs = standardConfigDirs({ cwd, home });
    const cloudsFile = findConfigFile('clouds', dirs, options.files?.clouds ?? env['OS_CLIENT_CONFIG_FILE']);
    const secureFile = findConfigFile('secure', dirs, options.files?.secure ?? env['OS_CLIENT_SECURE_FILE']);
    const clouds = cloudsFile ? (readCloudsFile(cloudsFile).clouds ?? {}) : {};
    const secure = secureFile ? (readCloudsFile(secureFile).clouds ?? {}) : {};
    if (cloudsFile) files.push(cloudsFile);
    if (secureFile) files.push(secureFile);
    const entry = clouds[cloudName];
    if (!entry) {
      const known = Object.keys(clouds);
      const where = cloudsFile ? `in ${cloudsFile}` : `(no clouds.yaml found in ${dirs.join(', ')})`;
      throw new StratusError(`${PREFIX} unknown cloud "${cloudName}" ${where}; known clouds: ${known.length ? known.join(', ') : 'none'}`);
    }
    fileLayer = fromCloudEntry(deepMerge(entry, secure[cloudName] ?? {}));
  }

  const envLayer = fromEnv(env);
  const explicit = definedOnly(options.overrides ?? {});
  const merged: Flat = { ...fileLayer, ...envLayer, ...explicit };
  const endpoints = { ...(fileLayer['endpoints'] as object), ...(envLayer['endpoints'] as object), ...(explicit['endpoints'] as object) };
  if (Object.keys(endpoints).length > 0) merged['endpoints'] = endpoints;
  const connectOptions = merged as ConnectOptions;

  validate(connectOptions, cloudName);
  return hideSecrets({ cloud: cloudName, files, options: connectOptions });
}

function validate(options: ConnectOptions, cloudName: string | undefined): void {
  const where = cloudName ? `cloud "${cloudName}"` : 'the environment';
  if (!options.authUrl) {
    if (options.token !== undefined && options.endpoints) return; // direct mode
    throw new StratusError(`${PREFIX} no auth URL in ${where}: set OS_AUTH_URL, auth.auth_url in clouds.yaml, or OS_CLOUD to a configured cloud`);
  }
  const method = resolveAuthMethod({ ...options, authUrl: options.authUrl, authType: options.authType as KeystoneAuthType | undefined });
  if ((method === 'password' || method === 'totp') && !options.username && !options.userId) {
    throw new StratusError(`${PREFIX} the ${method} auth type needs a user in ${where}: set OS_USERNAME (or OS_USER_ID) / auth.username`);
  }
  if (method === 'password' && options.password === undefined) {
    throw new StratusError(`${PREFIX} the password auth type needs a password in ${where}: set OS_PASSWORD / auth.password (secure.yaml)`);
  }
}

// console.log(config) / JSON.stringify(config) show "[REDACTED]" for secrets; reading the option still works.
function hideSecrets(config: CloudConfig): CloudConfig {
  const redacted = () =>
    Object.fromEntries(Object.entries(config.options).map(([key, value]) => [key, SECRET_KEYS.has(key) ? '[REDACTED]' : value]));
  Object.defineProperties(config.options, {
    toJSON: { value: redacted, enumerable: false },
    [Symbol.for('nodejs.util.inspect.custom')]: { value: redacted, enumerable: false },
  });
  return config;
}
