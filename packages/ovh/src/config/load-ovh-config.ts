import { homedir } from 'node:os';
import { resolve } from 'node:path';
import process from 'node:process';
import type { OvhCredentials } from '../client/select-auth-method.js';
import { DEFAULT_OVH_ENDPOINT } from '../endpoints/ovh-endpoints.js';
import { resolveEndpoint } from '../endpoints/resolve-endpoint.js';
import { InvalidRegionError } from '../errors/invalid-region-error.js';
import { CONFIG_KEYS, CREDENTIAL_NAMES, type CredentialName } from './config-keys.js';
import { createIniStore, getIniValue, readIni } from './python-ini.js';
import { readConfigText, type SkippedConfigFile } from './read-config-text.js';
import { standardConfigPaths } from './standard-config-paths.js';

export interface LoadOvhConfigOptions extends OvhCredentials {
  /** Explicit endpoint; beats OVH_ENDPOINT and `[default] endpoint`. */
  endpoint?: string | undefined;
  /** Extra INI file read after the standard ones (so it overrides them, but not the environment). */
  configFile?: string | undefined;
  /** Environment; default process.env. */
  env?: Readonly<Record<string, string | undefined>>;
  /** Directory of `./ovh.conf`; default process.cwd(). */
  cwd?: string;
  /** Home directory for `~/.ovh.conf` and `~/.ovhrc`; default os.homedir(). */
  home?: string;
  /** Default `/etc/ovh.conf`. */
  systemConfigFile?: string;
}

export interface OvhConfig extends OvhCredentials {
  endpoint: string;
  /** Where each value came from: "option", "env OVH_…" or "<file> [section] key (line n)". */
  sources: Partial<Record<CredentialName | 'endpoint', string>>;
  /** Config files that were read, lowest priority first. */
  files: string[];
  /** Config paths that could not be opened and were skipped, as Python's configparser skips them. */
  skipped: SkippedConfigFile[];
}

interface Found {
  value: string;
  source: string;
}

/**
 * python-ovh's configuration lookup: explicit options > `OVH_*` environment variables > the files
 * `./ovh.conf` > `~/.ovh.conf` > `~/.ovhrc` > `/etc/ovh.conf`, key by key; `configFile` is read after
 * the standard files. The files are read as Python's configparser reads them (see python-ini.ts) into
 * one store, so `[DEFAULT]` values apply to the sections of every file. The endpoint comes from
 * `[default] endpoint` (default ovh-eu), the credentials from the endpoint's section. A value that is
 * set but empty (`consumer_key =`, `OVH_CONSUMER_KEY=""`, `consumerKey: ''`) hides the lower-priority
 * ones and means "not set". Paths that cannot be opened are skipped; a file configparser refuses is
 * an InvalidConfigurationError naming the file and line. The result hides secrets from
 * JSON.stringify and console.log.
 */
export function loadOvhConfig(options: LoadOvhConfigOptions = {}): OvhConfig {
  const env = options.env ?? process.env;
  const cwd = options.cwd ?? process.cwd();
  const paths = standardConfigPaths({ cwd, home: options.home ?? homedir(), systemConfigFile: options.systemConfigFile ?? '/etc/ovh.conf' });
  if (options.configFile !== undefined) paths.push(resolve(cwd, options.configFile));

  const store = createIniStore();
  const files: string[] = [];
  const skipped: SkippedConfigFile[] = [];
  for (const path of paths) {
    const read = readConfigText(path);
    if ('skipped' in read) {
      skipped.push(read.skipped);
      continue;
    }
    readIni(store, read.text, path);
    files.push(path);
  }

  const fromFiles = (section: string, key: string): Found | undefined => {
    const found = getIniValue(store, section, key);
    return found && { value: found.value, source: `${found.file} [${section}] ${key} (line ${found.line})` };
  };
  // python-ovh takes an environment variable or an argument as soon as it exists, even empty.
  const fromEnv = (name: string): Found | undefined => {
    const value = env[name];
    return typeof value === 'string' ? { value, source: `env ${name}` } : undefined;
  };
  const fromOption = (value: string | undefined): Found | undefined => (typeof value === 'string' ? { value, source: 'option' } : undefined);

  const endpointFound = fromOption(options.endpoint) ?? fromEnv('OVH_ENDPOINT') ?? fromFiles('default', 'endpoint');
  if (endpointFound?.value === '') {
    throw new InvalidRegionError(`[@stratus/ovh/config] The endpoint is set to an empty value by ${endpointFound.source}; set it to an endpoint name such as ovh-eu, or remove the setting to use ${DEFAULT_OVH_ENDPOINT}`);
  }
  const endpoint = endpointFound?.value ?? DEFAULT_OVH_ENDPOINT;
  try {
    resolveEndpoint(endpoint);
  } catch (error) {
    if (!(error instanceof InvalidRegionError) || endpointFound === undefined) throw error;
    throw new InvalidRegionError(`${error.message} — endpoint read from ${endpointFound.source}`);
  }

  const config: OvhConfig = { endpoint, sources: endpointFound ? { endpoint: endpointFound.source } : {}, files, skipped };
  for (const name of CREDENTIAL_NAMES) {
    const { ini, env: envName } = CONFIG_KEYS[name];
    const found = fromOption(options[name]) ?? fromEnv(envName) ?? fromFiles(endpoint, ini);
    if (found) {
      config[name] = found.value;
      config.sources[name] = found.source;
    }
  }
  return hideSecrets(config);
}

// Secrets stay readable as properties but are masked in JSON.stringify and util.inspect / console.log.
function hideSecrets(config: OvhConfig): OvhConfig {
  const masked = () => {
    const copy: Record<string, unknown> = { ...config };
    for (const name of CREDENTIAL_NAMES) if (CONFIG_KEYS[name].secret && copy[name] !== undefined && copy[name] !== '') copy[name] = '[REDACTED]';
    return copy;
  };
  Object.defineProperty(config, 'toJSON', { value: masked, enumerable: false });
  Object.defineProperty(config, Symbol.for('nodejs.util.inspect.custom'), {
    value: (_depth: number, inspectOptions: unknown, inspect: (value: unknown, options: unknown) => string) => inspect(masked(), inspectOptions),
    enumerable: false,
  });
  return config;
}
