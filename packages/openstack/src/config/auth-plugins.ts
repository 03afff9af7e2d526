import type { KeystoneAuthType } from '../keystone/keystone-auth-options.js';

/** One option of a keystoneauth plugin: its key in `auth:`, older names it still takes, and whether it is required. */
export interface PluginOption {
  name: string;
  deprecated?: readonly string[];
  required?: boolean;
}

/** What openstacksdk does with an `auth_type` through keystoneauth: the options it moves into `auth:`, the keys the plugin accepts. */
export interface AuthPlugin {
  options: readonly PluginOption[];
  /** Keyword arguments the plugin accepts besides its options; any other key in `auth:` makes it fail. */
  extraArguments: readonly string[];
  /** The Stratus auth type, or undefined for Stratus direct mode (token sent to the endpoints as is). */
  stratus: KeystoneAuthType | 'direct';
  /** The generic plugins apply `default_domain_id` / `default_domain_name` to the user and the project. */
  generic?: boolean;
}

const SCOPE: PluginOption[] = [
  { name: 'auth_url', required: true },
  { name: 'system_scope' },
  { name: 'domain_id' },
  { name: 'domain_name' },
  { name: 'project_id' },
  { name: 'project_name' },
  { name: 'project_domain_id' },
  { name: 'project_domain_name' },
  { name: 'trust_id' },
];
const GENERIC_SCOPE: PluginOption[] = [
  ...SCOPE.map((option) =>
    option.name === 'project_id' ? { ...option, deprecated: ['tenant_id'] } : option.name === 'project_name' ? { ...option, deprecated: ['tenant_name'] } : option,
  ),
  { name: 'default_domain_id' },
  { name: 'default_domain_name' },
];
const USER: PluginOption[] = [{ name: 'user_id' }, { name: 'username', deprecated: ['user_name'] }, { name: 'user_domain_id' }, { name: 'user_domain_name' }];
const GENERIC_EXTRA = ['tenant_id', 'tenant_name', 'reauthenticate'];
const V3_EXTRA = ['unscoped', 'reauthenticate', 'include_catalog'];

/** The keystoneauth plugins Stratus speaks (keystoneauth 5.0's option lists, which openstacksdk 0.101 uses). */
export const AUTH_PLUGINS: Readonly<Record<string, AuthPlugin>> = {
  password: { options: [...GENERIC_SCOPE, ...USER, { name: 'password' }], extraArguments: GENERIC_EXTRA, stratus: 'password', generic: true },
  v3password: { options: [...SCOPE, ...USER, { name: 'password' }], extraArguments: V3_EXTRA, stratus: 'v3password' },
  token: { options: [...GENERIC_SCOPE, { name: 'token' }], extraArguments: GENERIC_EXTRA, stratus: 'token', generic: true },
  v3token: { options: [...SCOPE, { name: 'token' }], extraArguments: V3_EXTRA, stratus: 'v3token' },
  v3applicationcredential: {
    options: [
      ...SCOPE,
      ...USER,
      { name: 'application_credential_secret', required: true },
      { name: 'application_credential_id' },
      { name: 'application_credential_name' },
    ],
    extraArguments: V3_EXTRA,
    stratus: 'v3applicationcredential',
  },
  v3totp: { options: [...SCOPE, ...USER, { name: 'passcode' }], extraArguments: V3_EXTRA, stratus: 'v3totp' },
  // `token_endpoint` is openstacksdk's old name for it: a token sent as is to one endpoint.
  admin_token: { options: [{ name: 'endpoint', deprecated: ['url'] }, { name: 'token' }], extraArguments: [], stratus: 'direct' },
};

/** keystoneauth plugins openstacksdk can load that Stratus does not speak; naming one is an error that says so. */
export const UNSUPPORTED_AUTH_PLUGINS: Readonly<Record<string, string>> = {
  none: 'it sends no token at all (Stratus direct mode sends a token: use auth_type admin_token with auth.token and auth.endpoint)',
  noauth: 'it sends no token at all',
  http_basic: 'HTTP Basic authentication is not implemented',
  v1password: 'Swift v1 authentication is not implemented',
  v2password: 'Keystone v2.0 is not implemented (use password, which speaks v3)',
  v2token: 'Keystone v2.0 is not implemented (use token, which speaks v3)',
  v3adfspassword: 'federated (ADFS) authentication is not implemented',
  v3samlpassword: 'federated (SAML) authentication is not implemented',
  v3oidcpassword: 'OpenID Connect authentication is not implemented',
  v3oidcaccesstoken: 'OpenID Connect authentication is not implemented',
  v3oidcauthcode: 'OpenID Connect authentication is not implemented',
  v3oidcclientcredentials: 'OpenID Connect authentication is not implemented',
  v3oauth1: 'OAuth 1.0a authentication is not implemented',
  v3multifactor: 'multi-method authentication is not implemented',
  v3tokenlessauth: 'tokenless (X.509) authentication is not implemented',
};

/** Python-style names: an option's key in `auth:` and the ones it replaced. */
export const optionNames = (option: PluginOption): string[] => [option.name, ...(option.deprecated ?? [])];
