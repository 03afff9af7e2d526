import { InvalidConfigurationError, redactUrl } from '@stratus/core';
import type { OpenStackClientOptions } from '../cloud/openstack-client-options.js';
import { SERVICE_NAMES, serviceFacts, type MicroversionPins, type ServiceName } from '../cloud/services.js';
import type { KeystoneAuthType } from '../keystone/keystone-auth-options.js';
import { resolveAuthMethod } from '../keystone/resolve-auth-method.js';
import { CONFIG_PREFIX } from './cloud-set.js';
import { pyStr, pyTruthy, type Dict } from './python-values.js';
import type { ResolvedCloud } from './resolve-cloud.js';
import { serviceSettings } from './service-settings.js';

/** The major API version each Stratus service package speaks (its `<service>_api_version` must agree). */
export const API_MAJOR_VERSIONS: Readonly<Record<ServiceName, string>> = {
  compute: '2',
  identity: '3',
  image: '2',
  network: '2',
  blockStorage: '3',
  objectStore: '1',
  placement: '1',
  loadBalancer: '2',
  dns: '2',
  sharedFileSystem: '2',
  containerInfra: '1',
  baremetal: '1',
  iot: '1',
};

const CREDENTIAL_KEYS = {
  auth_url: 'authUrl',
  username: 'username',
  user_id: 'userId',
  password: 'password',
  user_domain_name: 'userDomainName',
  user_domain_id: 'userDomainId',
  project_name: 'projectName',
  project_id: 'projectId',
  project_domain_name: 'projectDomainName',
  project_domain_id: 'projectDomainId',
  domain_name: 'domainName',
  domain_id: 'domainId',
  token: 'token',
  passcode: 'passcode',
  application_credential_id: 'applicationCredentialId',
  application_credential_name: 'applicationCredentialName',
  application_credential_secret: 'applicationCredentialSecret',
} as const;

const text = (value: unknown): string | undefined => (pyTruthy(value) ? pyStr(value) : undefined);

type Fail = (message: string) => never;

/** The service settings of a cloud → createOpenStackClient()'s per-service options; refuses versions Stratus cannot speak. */
function serviceOptions(resolved: ResolvedCloud, fail: Fail): Pick<OpenStackClientOptions, 'endpoints' | 'microversions' | 'interfaces' | 'regionNames'> {
  const { config } = resolved;
  const endpoints: Partial<Record<ServiceName, string>> = {};
  const microversions: Record<string, string> = {};
  const interfaces: Partial<Record<ServiceName, string>> = {};
  const regionNames: Partial<Record<ServiceName, string>> = {};
  const cloudInterface = text(config['interface']);
  const cloudRegion = text(config['region_name']);
  for (const name of SERVICE_NAMES) {
    const settings = serviceSettings(config, name);
    const { serviceType, hasMicroversions } = serviceFacts(name);
    const key = `${serviceType.replaceAll('-', '_')}_api_version`;
    if (settings.endpointOverride !== undefined) endpoints[name] = settings.endpointOverride;
    if (settings.interface !== undefined && settings.interface !== cloudInterface) interfaces[name] = settings.interface;
    if (settings.regionName !== undefined && settings.regionName !== cloudRegion) regionNames[name] = settings.regionName;
    if (settings.apiVersion === undefined) continue;
    const [major, minor] = settings.apiVersion.trim().replace(/^v/i, '').split('.');
    if (major !== API_MAJOR_VERSIONS[name]) {
      fail(`${key} (or an alias) is ${settings.apiVersion}, but @stratus/openstack speaks ${serviceType} v${API_MAJOR_VERSIONS[name]} only: remove the setting or set it to ${API_MAJOR_VERSIONS[name]}`);
    }
    // openstacksdk's implied microversion: "2.79" asks for 2.79; "2" and "2.0" for none.
    if (minor === undefined || minor === '0') continue;
    if (!hasMicroversions) fail(`${key} is ${settings.apiVersion}, but ${serviceType} has no microversions: set it to ${API_MAJOR_VERSIONS[name]}`);
    microversions[name] = `${major}.${minor}`;
  }
  return {
    ...(Object.keys(endpoints).length > 0 ? { endpoints } : {}),
    ...(Object.keys(microversions).length > 0 ? { microversions: microversions as MicroversionPins } : {}),
    ...(Object.keys(interfaces).length > 0 ? { interfaces } : {}),
    ...(Object.keys(regionNames).length > 0 ? { regionNames } : {}),
  };
}

/** Direct mode (`admin_token`, openstacksdk's `token_endpoint`): the token goes as is to the endpoints. */
function directOptions(resolved: ResolvedCloud, services: Pick<OpenStackClientOptions, 'endpoints'>, fail: Fail): OpenStackClientOptions {
  const auth = resolved.config['auth'] as Dict;
  const token = text(auth['token']);
  if (token === undefined) fail(`the ${pyStr(resolved.config['auth_type'])} auth type needs a token (${resolved.hint('token')})`);
  const endpoint = text(auth['endpoint']);
  // keystoneauth's admin_token plugin answers `endpoint` for every service without an override.
  const endpoints = { ...(endpoint === undefined ? {} : Object.fromEntries(SERVICE_NAMES.map((name) => [name, endpoint]))), ...services.endpoints };
  if (Object.keys(endpoints).length === 0) fail(`the ${pyStr(resolved.config['auth_type'])} auth type needs an endpoint (${resolved.hint('endpoint')}) or <service>_endpoint_override settings`);
  return { token, endpoints };
}

/** The checks where Stratus refuses what openstacksdk would send to Keystone anyway (each would fail there, or leak nothing useful). */
function checkCredentials(resolved: ResolvedCloud, options: OpenStackClientOptions, method: string, fail: Fail): void {
  const { hint } = resolved;
  const auth = resolved.config['auth'] as Dict;
  if (options.authUrl !== undefined && /\/v2\.0\/?$/.test(options.authUrl.split(/[?#]/)[0]!)) {
    fail(`${hint('auth_url')} ${redactUrl(options.authUrl)} is a Keystone v2.0 endpoint: Stratus speaks Keystone v3 only (use the URL without /v2.0, or with /v3)`);
  }
  if (text(auth['trust_id']) !== undefined) fail(`auth.trust_id: trust scope is not supported by Stratus`);
  if (auth['include_catalog'] !== undefined && !pyTruthy(auth['include_catalog'])) fail('auth.include_catalog: false is not supported by Stratus (it needs the catalog)');
  const needsUser = method === 'password' || method === 'totp' || (method === 'application_credential' && options.applicationCredentialId === undefined);
  if (needsUser) {
    if (options.userId === undefined && options.username === undefined) fail(`the ${pyStr(resolved.config['auth_type'])} auth type needs a user: set ${hint('username')} (or ${hint('user_id')})`);
    if (options.userId === undefined && options.userDomainId === undefined && options.userDomainName === undefined) {
      fail(`user "${options.username}" needs its domain: set ${hint('user_domain_name')} or ${hint('user_domain_id')} (or domain_name for the user's and the project's)`);
    }
  }
  if (method === 'password' && options.password === undefined) {
    fail(`the password auth type needs a password in {where}: set ${hint('password')}${resolved.fromEnvironment ? '' : ' (in secure.yaml, for instance)'}`);
  }
  if (method === 'token' && options.token === undefined) fail(`the ${pyStr(resolved.config['auth_type'])} auth type needs a token: set ${hint('token')}`);
  if (method === 'totp' && options.passcode === undefined) fail(`the v3totp auth type needs a passcode: set ${hint('passcode')}`);
  if (method === 'application_credential') {
    if (options.applicationCredentialId === undefined && options.applicationCredentialName === undefined) {
      fail(`the v3applicationcredential auth type needs ${hint('application_credential_id')} (or ${hint('application_credential_name')} with a user)`);
    }
    const scope = ['project_id', 'project_name', 'domain_id', 'domain_name', 'system_scope'].filter((key) => text(auth[key]) !== undefined);
    if (scope.length > 0) {
      fail(`${scope.map(hint).join(', ')}: an application credential carries its own scope, and Keystone refuses one in the request: remove ${scope.length > 1 ? 'them' : 'it'}`);
    }
  } else if (options.projectName !== undefined && options.projectId === undefined && options.projectDomainId === undefined && options.projectDomainName === undefined) {
    fail(`project "${options.projectName}" needs its domain: set ${hint('project_domain_name')} or ${hint('project_domain_id')} (or domain_name for the user's and the project's)`);
  }
}

/** A cloud resolved like openstacksdk → the options of createOpenStackClient(); refuses, with the cloud and the key named, what Stratus deliberately does not do. */
export function toOpenStackClientOptions(resolved: ResolvedCloud): OpenStackClientOptions {
  // "{where}" places the cloud inside the sentence; otherwise it leads.
  const fail: Fail = (message) => {
    throw new InvalidConfigurationError(`${CONFIG_PREFIX} ${message.includes('{where}') ? message.replace('{where}', resolved.where) : `${resolved.where}: ${message}`}`);
  };
  const { config, plugin } = resolved;
  const services = serviceOptions(resolved, fail);
  if (plugin.stratus === 'direct') return { ...directOptions(resolved, services, fail), ...(services.microversions ? { microversions: services.microversions } : {}) };

  const auth = config['auth'] as Dict;
  const options: OpenStackClientOptions = { authType: plugin.stratus as KeystoneAuthType };
  for (const [key, option] of Object.entries(CREDENTIAL_KEYS)) {
    // A getter (a secret given in `overrides`) is passed on as it is.
    const value = typeof auth[key] === 'function' ? (auth[key] as () => string) : text(auth[key]);
    if (value !== undefined) options[option] = value as string;
  }
  if (plugin.generic) {
    // keystoneauth's generic plugins: default_domain_* stands for the user's and the project's domain.
    options.userDomainId ??= text(auth['default_domain_id']);
    options.userDomainName ??= text(auth['default_domain_name']);
    options.projectDomainId ??= text(auth['default_domain_id']);
    options.projectDomainName ??= text(auth['default_domain_name']);
    for (const key of ['userDomainId', 'userDomainName', 'projectDomainId', 'projectDomainName'] as const) if (options[key] === undefined) delete options[key];
  }
  // keystoneauth asks for system scope only for "all".
  if (auth['system_scope'] === 'all') options.systemScope = 'all';
  if (pyTruthy(auth['unscoped'])) options.unscoped = true;
  const method = resolveAuthMethod({ authUrl: '', authType: options.authType });
  checkCredentials(resolved, options, method, fail);

  const regionName = text(config['region_name']);
  const endpointInterface = text(config['interface']);
  return { ...options, ...(regionName ? { regionName } : {}), ...(endpointInterface ? { interface: endpointInterface } : {}), ...services };
}
