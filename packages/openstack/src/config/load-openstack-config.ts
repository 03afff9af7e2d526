import { homedir } from 'node:os';
import type { OpenStackClientOptions } from '../cloud/openstack-client-options.js';
import type { Dict } from './python-values.js';
import { resolveCloud } from './resolve-cloud.js';
import { tlsSettings, type TlsSettings } from './tls-settings.js';
import { toOpenStackClientOptions } from './to-openstack-client-options.js';

export interface LoadOpenStackConfigOptions {
  /** Cloud name in clouds.yaml (or `envvars`). Default: `OS_CLOUD`, else the cloud of the OS_* variables, else the only cloud. */
  cloud?: string;
  /** Region; must be one of the cloud's when it lists some. Default: the cloud's first region. */
  regionName?: string;
  /** Default: `process.env`. */
  env?: Record<string, string | undefined>;
  /** Explicit clouds/secure files, read before the search path (in place of OS_CLIENT_CONFIG_FILE / OS_CLIENT_SECURE_FILE). */
  files?: { clouds?: string; secure?: string };
  /** Default: `process.cwd()`. */
  cwd?: string;
  /** Default: `HOME` from `env`, else `os.homedir()`. */
  home?: string;
  /**
   * Settings that win over the cloud's, like the keyword arguments of openstacksdk's `get_one()`:
   * credentials and scope, `authType`, `regionName`, `interface`; the per-service maps
   * (`endpoints`, `microversions`, `interfaces`, `regionNames`) are merged over the cloud's.
   */
  overrides?: Partial<OpenStackClientOptions>;
}

export interface OpenStackConfig {
  /** The cloud used: its clouds.yaml name, or `envvars` (OS_CLOUD_NAME) for the OS_* variables; undefined when none was. */
  cloud: string | undefined;
  /** The files that were read (clouds, secure). */
  files: string[];
  /** The vendor profile applied (`profile:` in clouds.yaml), if any. */
  profile: string | undefined;
  /** The auth type used, as openstacksdk names it (`password`, `v3applicationcredential`, `admin_token`…). */
  authType: string;
  /** Certificate checks and client certificate for the cloud's connections; `createOpenStackClientFromConfig` applies them. */
  tls: TlsSettings;
  /** Ready for `createOpenStackClient()` (add `fetch: createNodeFetch(tls)` when `tls` is not the default, as createOpenStackClientFromConfig does). */
  options: OpenStackClientOptions;
}

const SECRET_OPTIONS = new Set(['password', 'token', 'passcode', 'applicationCredentialSecret']);

const OVERRIDE_KEYS: Partial<Record<keyof OpenStackClientOptions, string>> = {
  authUrl: 'auth_url',
  username: 'username',
  userId: 'user_id',
  password: 'password',
  userDomainName: 'user_domain_name',
  userDomainId: 'user_domain_id',
  projectName: 'project_name',
  projectId: 'project_id',
  projectDomainName: 'project_domain_name',
  projectDomainId: 'project_domain_id',
  domainName: 'domain_name',
  domainId: 'domain_id',
  systemScope: 'system_scope',
  token: 'token',
  passcode: 'passcode',
  applicationCredentialId: 'application_credential_id',
  applicationCredentialName: 'application_credential_name',
  applicationCredentialSecret: 'application_credential_secret',
};
const PER_SERVICE = ['endpoints', 'microversions', 'interfaces', 'regionNames'] as const;

/** `overrides` → get_one()'s arguments (credentials under `auth:`), and what is merged after resolution. */
function splitOverrides(overrides: Partial<OpenStackClientOptions>): { args: Dict; after: Partial<OpenStackClientOptions> } {
  const auth: Dict = {};
  const args: Dict = {};
  const after: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(overrides)) {
    if (value === undefined) continue;
    const snake = OVERRIDE_KEYS[key as keyof OpenStackClientOptions];
    if (snake) auth[snake] = value === true ? 'all' : value;
    else if (key === 'authType') args['auth_type'] = value;
    else if (key === 'regionName') args['region_name'] = value;
    else if (key === 'interface') args['interface'] = value;
    else after[key] = value;
  }
  if (Object.keys(auth).length > 0) args['auth'] = auth;
  return { args, after: after as Partial<OpenStackClientOptions> };
}

/**
 * Reads the cloud openstacksdk 0.101's `OpenStackConfig().get_one(cloud, region_name)` would: clouds.yaml
 * merged with secure.yaml, a vendor profile under it, the region's own settings over it; or the OS_*
 * variables (an openrc) as the `envvars` cloud. A cloud named by `cloud` or OS_CLOUD takes nothing from
 * other OS_* variables. Where Stratus differs on purpose, it throws, naming the cloud and the key.
 */
export function loadOpenStackConfig(options: LoadOpenStackConfigOptions = {}): OpenStackConfig {
  const env = options.env ?? process.env;
  const cwd = options.cwd ?? process.cwd();
  const home = options.home ?? env['HOME'] ?? homedir();
  const { args, after } = splitOverrides(options.overrides ?? {});
  const resolved = resolveCloud({ cwd, home, env, files: options.files, cloud: options.cloud, regionName: options.regionName ?? (args['region_name'] as string | undefined), args });
  const tls = tlsSettings(resolved.config, home, resolved.where);
  const clientOptions = toOpenStackClientOptions(resolved);
  for (const [key, value] of Object.entries(after)) {
    const merged = (PER_SERVICE as readonly string[]).includes(key) ? { ...(clientOptions[key as (typeof PER_SERVICE)[number]] as object), ...(value as object) } : value;
    (clientOptions as Record<string, unknown>)[key] = merged;
  }
  return {
    cloud: resolved.name,
    files: resolved.files,
    profile: resolved.profile,
    authType: String(resolved.config['auth_type']),
    tls,
    options: hideSecrets(clientOptions),
  };
}

// console.log(config) / JSON.stringify(config) show "[REDACTED]" for secrets; reading the option still works.
function hideSecrets(options: OpenStackClientOptions): OpenStackClientOptions {
  const redacted = () => Object.fromEntries(Object.entries(options).map(([key, value]) => [key, SECRET_OPTIONS.has(key) ? '[REDACTED]' : value]));
  Object.defineProperties(options, {
    toJSON: { value: redacted, enumerable: false },
    [Symbol.for('nodejs.util.inspect.custom')]: { value: redacted, enumerable: false },
  });
  return options;
}
