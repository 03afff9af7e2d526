import { InvalidConfigurationError } from '@stratus/core';
import { AUTH_PLUGINS, optionNames, UNSUPPORTED_AUTH_PLUGINS, type AuthPlugin, type PluginOption } from './auth-plugins.js';
import { CONFIG_PREFIX } from './cloud-set.js';
import { pyStr, pyTruthy, type Dict } from './python-values.js';

function findValue(option: PluginOption, dict: Dict): unknown {
  for (const name of optionNames(option)) if (name in dict) return dict[name];
  return undefined;
}

const present = (config: Dict, auth: Dict, key: string): boolean => pyTruthy(auth[key]) || pyTruthy(config[key]);

/**
 * Stratus differs here on purpose: without an explicit `auth_type`, openstacksdk 0.101 loads the
 * password plugin, which fails on a token or an application credential (or sends `password: null`).
 * Stratus takes the auth type the credentials given call for: an application credential, a token
 * (direct mode when there is no auth URL but endpoints), a TOTP passcode.
 */
export function inferAuthType(config: Dict, auth: Dict): string | undefined {
  if (['application_credential_id', 'application_credential_name', 'application_credential_secret'].some((key) => present(config, auth, key))) {
    return 'v3applicationcredential';
  }
  if (present(config, auth, 'password')) return undefined;
  // A token without an auth URL, beside endpoints: Stratus direct mode (iotronicclient's os_auth_token + iotronic_url).
  const hasEndpoints = Object.keys(config).some((key) => /_endpoint(_override)?$/.test(key) && pyTruthy(config[key])) || present(config, auth, 'endpoint');
  if (present(config, auth, 'token') && !present(config, auth, 'auth_url') && hasEndpoints) return 'admin_token';
  if (present(config, auth, 'token')) return 'token';
  if (present(config, auth, 'passcode')) return 'v3totp';
  return undefined;
}

/** The plugin openstacksdk's `_get_auth_loader` picks for `auth_type` (which it rewrites in place). */
export function authPluginFor(config: Dict, where: string): AuthPlugin {
  const raw = config['auth_type'];
  if (raw === null || raw === undefined || raw === 'None' || raw === '') config['auth_type'] = 'none';
  else if (raw === 'token_endpoint') config['auth_type'] = 'admin_token';
  const authType = pyStr(config['auth_type']);
  const plugin = AUTH_PLUGINS[authType];
  if (plugin) return plugin;
  const reason = UNSUPPORTED_AUTH_PLUGINS[authType];
  const supported = Object.keys(AUTH_PLUGINS).join(', ');
  if (reason) throw new InvalidConfigurationError(`${CONFIG_PREFIX} ${where}: auth_type "${authType}" is not supported by Stratus: ${reason} (supported: ${supported})`);
  throw new InvalidConfigurationError(`${CONFIG_PREFIX} ${where}: auth_type "${authType}" is not a keystoneauth auth type (supported by Stratus: ${supported})`);
}

/**
 * openstacksdk's `_validate_auth` and keystoneauth's `load_from_options`: each option of the plugin is
 * taken from `auth:` (or, failing that, from beside it) and written into `auth:` under its current name;
 * a required option must be there, and `auth:` may hold nothing the plugin does not take.
 */
export function validateAuth(config: Dict, plugin: AuthPlugin, where: string, hint: (key: string) => string, profileNote = ''): void {
  const auth = config['auth'] as Dict;
  for (const option of plugin.options) {
    let winning = findValue(option, auth);
    if (!pyTruthy(winning)) winning = findValue(option, config);
    for (const name of optionNames(option)) {
      delete config[name];
      delete auth[name];
    }
    if (pyTruthy(winning)) auth[option.name] = winning;
  }
  const authType = pyStr(config['auth_type']);
  const missing = plugin.options.filter((option) => option.required && (auth[option.name] === undefined || auth[option.name] === null));
  if (missing.some((option) => option.name === 'auth_url')) {
    throw new InvalidConfigurationError(`${CONFIG_PREFIX} ${where}: no auth URL: set ${hint('auth_url')}${profileNote}`);
  }
  if (missing.length > 0) {
    throw new InvalidConfigurationError(`${CONFIG_PREFIX} ${where}: the ${authType} auth type needs ${missing.map((option) => `${option.name} (${hint(option.name)})`).join(', ')}`);
  }
  const accepted = new Set([...plugin.options.map((option) => option.name), ...plugin.extraArguments]);
  const unexpected = Object.keys(auth).filter((key) => !accepted.has(key));
  if (unexpected.length > 0) {
    throw new InvalidConfigurationError(
      `${CONFIG_PREFIX} ${where}: auth.${unexpected.join(', auth.')} ${unexpected.length > 1 ? 'are not options' : 'is not an option'} of the ${authType} auth type (its options: ${plugin.options.map((option) => option.name).join(', ')}); set auth_type for the credentials given, or remove ${unexpected.length > 1 ? 'them' : 'it'}`,
    );
  }
}
