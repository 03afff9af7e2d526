import { CONFIG_PREFIX } from './cloud-set.js';
import { getBoolean, isDict, pythonFormat, pyStr, pyTruthy, type Dict } from './python-values.js';

// openstacksdk's `magic_fixes`: the older and alternative spellings of a cloud's settings, folded into
// the ones keystoneauth reads. Each step keeps openstacksdk's order, since later spellings win.

const pop = (dict: Dict, key: string): unknown => {
  const value = dict[key];
  delete dict[key];
  return value;
};

/** `auth_token` (OS_AUTH_TOKEN) becomes `token`; a `passcode` beside `auth:` moves into it. */
function foldTokenAndPasscode(config: Dict, auth: Dict): void {
  if ('token' in auth || pyTruthy(config['auth_token']) || pyTruthy(config['token'])) {
    const authToken = pop(config, 'auth_token') ?? null;
    if (!('token' in config)) config['token'] = authToken;
  }
  if ('passcode' in config) auth['passcode'] = pop(config, 'passcode') ?? null;
}

/** `<service>_timeout` keys of older clients become `api_timeout`. */
function foldTimeouts(config: Dict): void {
  let serviceTimeout: unknown;
  for (const key of Object.keys(config)) {
    if (key.endsWith('timeout') && key !== 'timeout' && key !== 'api_timeout') serviceTimeout = pop(config, key);
  }
  if (serviceTimeout !== undefined && serviceTimeout !== null) config['api_timeout'] = serviceTimeout;
}

/** `auth_plugin` is the older name of `auth_type`. */
function foldAuthPlugin(config: Dict): void {
  let target: unknown = null;
  for (const key of ['auth_plugin', 'auth_type']) if (key in config) target = pop(config, key);
  config['auth_type'] = target;
}

const PROJECT_MAPPINGS: Record<string, string[]> = {
  domain_id: ['domain_id', 'domain-id'],
  domain_name: ['domain_name', 'domain-name'],
  user_domain_id: ['user_domain_id', 'user-domain-id'],
  user_domain_name: ['user_domain_name', 'user-domain-name'],
  project_domain_id: ['project_domain_id', 'project-domain-id'],
  project_domain_name: ['project_domain_name', 'project-domain-name'],
  token: ['auth-token', 'auth_token', 'token'],
  // Later names win: project_* over the older tenant_*.
  project_id: ['tenant_id', 'tenant-id', 'project_id', 'project-id'],
  project_name: ['tenant_name', 'tenant-name', 'project_name', 'project-name'],
};

/** Project, domain and token keys, written beside `auth:` or in it, in any spelling, move into `auth:` (as strings). */
function foldProjectKeys(config: Dict, auth: Dict): void {
  for (const [target, spellings] of Object.entries(PROJECT_MAPPINGS)) {
    let value: string | undefined;
    for (const key of spellings) {
      if (key in config) value = pyStr(pop(config, key));
      if (key in auth) value = pyStr(pop(auth, key));
    }
    if (value) auth[target] = value;
  }
}

/** `<service>_endpoint_type` is the older name of `<service>_interface`. */
function renameEndpointTypes(config: Dict): Dict {
  const renamed: Dict = {};
  for (const [key, value] of Object.entries(config)) {
    renamed[key.endsWith('endpoint_type') ? key.replaceAll('endpoint_type', 'interface') : key] = value;
  }
  return renamed;
}

const projectScoped = (config: Dict, auth: Dict): boolean => 'project_id' in config || 'project_name' in config || 'project_id' in auth || 'project_name' in auth;

/**
 * `domain_id` / `domain_name` with a project: the shorthand for the user's and the project's domain
 * (each unless given); without a project: the domain to scope to.
 */
function handleDomainShorthand(config: Dict, auth: Dict): void {
  const shorthands: Record<string, [string, string]> = {
    domain_id: ['user_domain_id', 'project_domain_id'],
    domain_name: ['user_domain_name', 'project_domain_name'],
  };
  for (const [shorthand, expanded] of Object.entries(shorthands)) {
    if (!projectScoped(config, auth)) {
      if (shorthand in config && !(shorthand in auth)) auth[shorthand] = pop(config, shorthand);
      continue;
    }
    for (const key of expanded) if (shorthand in auth && !(key in auth)) auth[key] = auth[shorthand];
    delete config[shorthand];
    delete auth[shorthand];
  }
}

/** Applies the fixes to a cloud's merged settings (which must hold an `auth:` mapping); returns the fixed settings. */
export function magicFixes(input: Dict, where: string): Dict {
  let config = input;
  const auth = config['auth'] as Dict;
  foldTokenAndPasscode(config, auth);
  foldTimeouts(config);
  if ('endpoint_type' in config) config['interface'] = pop(config, 'endpoint_type');
  foldAuthPlugin(config);
  foldProjectKeys(config, auth);
  config = renameEndpointTypes(config);
  handleDomainShorthand(config, auth);
  for (const key of ['insecure', 'cache']) if (key in config && typeof config[key] !== 'boolean') config[key] = getBoolean(config[key]);
  if (isDict(config['auth']) && typeof auth['auth_url'] === 'string') auth['auth_url'] = pythonFormat(auth['auth_url'], config, `${CONFIG_PREFIX} ${where}: auth.auth_url`);
  return config;
}
