import { homedir } from 'node:os';
import { resolve } from 'node:path';
import process from 'node:process';
import type { OvhCredentials } from '../client/select-auth-method.js';
import { DEFAULT_OVH_ENDPOINT } from '../endpoints/ovh-endpoints.js';
import { resolveEndpoint } from '../endpoints/resolve-endpoint.js';
import { InvalidRegionError } from '../errors/configuration-errors.js';
import { CONFIG_KEYS, CREDENTIAL_NAMES, type CredentialName } from './config-keys.js';
import { findSection, readIniFile, type IniDocument } from './read-ini-file.js';
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
  /** Where each value came from: "option", "env OVH_…" or "<file> [section] key". */
  sources: Partial<Record<CredentialName | 'endpoint', string>>;
  /** Config files that were found and read, lowest priority first. */
  files: string[];
}

/**
 * python-ovh's configuration lookup: explicit options > `OVH_*` environment variables > `./ovh.conf`
 * > `~/.ovh.conf` > `~/.ovhrc` > `/etc/ovh.conf`, key by key; `configFile` is read after the standard
 * files. The endpoint comes from `[default] endpoint` (default ovh-eu); credentials from the endpoint's
 * section. The result hides secrets from JSON.stringify and console.log.
 */
export function loadOvhConfig(options: LoadOvhConfigOptions = {}): OvhConfig {
  const env = options.env ?? process.env;
  const cwd = options.cwd ?? process.cwd();
  const paths = standardConfigPaths({ cwd, home: options.home ?? homedir(), systemConfigFile: options.systemConfigFile ?? '/etc/ovh.conf' });

  const documents: { path: string; document: IniDocument }[] = [];
  for (const path of paths) {
    const document = readIniFile(path);
    if (document) documents.push({ path, document });
  }
  if (options.configFile !== undefined) {
    const path = resolve(cwd, options.configFile);
    documents.push({ path, document: readIniFile(path, { required: true }) as IniDocument });
  }

  // Later documents win, so search from the last one.
  const fromFiles = (section: string, key: string): { value: string; source: string } | undefined => {
    for (const { path, document } of [...documents].reverse()) {
      const value = findSection(document, section)?.[key];
      if (typeof value === 'string' && value.trim() !== '') return { value: value.trim(), source: `${path} [${section}] ${key}` };
      if (typeof value === 'boolean' || typeof value === 'number') return { value: String(value), source: `${path} [${section}] ${key}` };
    }
    return undefined;
  };
  const fromEnv = (name: string): { value: string; source: string } | undefined => {
    const value = env[name];
    return typeof value === 'string' && value.trim() !== '' ? { value: value.trim(), source: `env ${name}` } : undefined;
  };
  const fromOption = (value: string | undefined): { value: string; source: string } | undefined =>
    typeof value === 'string' && value.trim() !== '' ? { value: value.trim(), source: 'option' } : undefined;

  const endpointFound = fromOption(options.endpoint) ?? fromEnv('OVH_ENDPOINT') ?? fromFiles('default', 'endpoint');
  const endpoint = endpointFound?.value ?? DEFAULT_OVH_ENDPOINT;
  try {
    resolveEndpoint(endpoint);
  } catch (error) {
    if (!(error instanceof InvalidRegionError) || endpointFound === undefined) throw error;
    throw new InvalidRegionError(`${error.message} — endpoint read from ${endpointFound.source}`);
  }

  const config: OvhConfig = { endpoint, sources: endpointFound ? { endpoint: endpointFound.source } : {}, files: documents.map(({ path }) => path) };
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
    for (const name of CREDENTIAL_NAMES) if (CONFIG_KEYS[name].secret && copy[name] !== undefined) copy[name] = '[REDACTED]';
    return copy;
  };
  Object.defineProperty(config, 'toJSON', { value: masked, enumerable: false });
  Object.defineProperty(config, Symbol.for('nodejs.util.inspect.custom'), {
    value: (_depth: number, inspectOptions: unknown, inspect: (value: unknown, options: unknown) => string) => inspect(masked(), inspectOptions),
    enumerable: false,
  });
  return config;
}
