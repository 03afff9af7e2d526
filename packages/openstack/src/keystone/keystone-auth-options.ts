/** A value, or a getter called at each authentication (e.g. a TOTP passcode read from a device). */
export type SecretSource = string | (() => string | Promise<string>);

/** Keystone auth types, with the openstacksdk / keystoneauth plugin names accepted as aliases. */
export type KeystoneAuthType =
  | 'password'
  | 'v3password'
  | 'token'
  | 'v3token'
  | 'application_credential'
  | 'v3applicationcredential'
  | 'totp'
  | 'v3totp';

/**
 * Credentials and scope, named like openstacksdk's `auth:` keys in camelCase
 * (`auth_url` → `authUrl`, `user_domain_name` → `userDomainName`, …).
 */
export interface KeystoneCredentials {
  /** Identity endpoint, with or without `/v3`, e.g. `https://keystone.example.com:5000/v3`. */
  authUrl: string;
  /** Default: inferred from the given credentials (application credential > token > TOTP > password). */
  authType?: KeystoneAuthType;

  userId?: string;
  username?: string;
  userDomainId?: string;
  userDomainName?: string;
  password?: SecretSource;
  /** Existing token, exchanged for a new (e.g. re-scoped) one by the token method. */
  token?: SecretSource;
  /** TOTP passcode. A passcode is single-use: pass a getter if the session must re-authenticate. */
  passcode?: SecretSource;

  applicationCredentialId?: string;
  applicationCredentialName?: string;
  applicationCredentialSecret?: SecretSource;

  projectId?: string;
  projectName?: string;
  projectDomainId?: string;
  projectDomainName?: string;
  /** Domain scope. */
  domainId?: string;
  domainName?: string;
  /** System scope; openstacksdk's `system_scope: all`. */
  systemScope?: 'all' | boolean;
  /** Used for the user and project domain when neither id nor name is given (openstacksdk `default_domain`). */
  defaultDomain?: string;
  /** Ask for an explicitly unscoped token even when scope options are present. */
  unscoped?: boolean;
}
