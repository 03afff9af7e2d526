import { StratusError } from '@stratus/core';
import type { KeystoneCredentials, SecretSource } from './keystone-auth-options.js';
import { resolveAuthMethod } from './resolve-auth-method.js';

const PREFIX = '[@stratus/openstack] Keystone';

type Json = Record<string, unknown>;

async function reveal(source: SecretSource | undefined, what: string): Promise<string> {
  const value = typeof source === 'function' ? await source() : source;
  // Only the *name* of the missing secret is reported, never a value.
  if (typeof value !== 'string' || value === '') throw new StratusError(`${PREFIX}: ${what} is missing or empty`);
  return value;
}

function domainRef(id: string | undefined, name: string | undefined, fallback: string | undefined): Json | undefined {
  if (id) return { id };
  if (name) return { name };
  // openstacksdk's default_domain is a domain id ("default").
  if (fallback) return { id: fallback };
  return undefined;
}

/** `{id}` or `{name, domain}` — the user reference shared by password, TOTP and application credentials. */
function userRef(credentials: KeystoneCredentials, method: string): Json {
  if (credentials.userId) return { id: credentials.userId };
  if (!credentials.username) {
    throw new StratusError(`${PREFIX}: the ${method} method needs a user: set userId, or username with userDomainName/userDomainId (OS_USERNAME, OS_USER_DOMAIN_NAME)`);
  }
  const domain = domainRef(credentials.userDomainId, credentials.userDomainName, credentials.defaultDomain);
  if (!domain) {
    throw new StratusError(`${PREFIX}: username "${credentials.username}" needs its domain: set userDomainName or userDomainId (OS_USER_DOMAIN_NAME)`);
  }
  return { name: credentials.username, domain };
}

/** The `scope` member, or undefined for a token scoped by Keystone's defaults. */
export function buildScope(credentials: KeystoneCredentials): Json | 'unscoped' | undefined {
  if (credentials.unscoped) return 'unscoped';
  if (credentials.projectId) return { project: { id: credentials.projectId } };
  if (credentials.projectName) {
    const domain = domainRef(credentials.projectDomainId, credentials.projectDomainName, credentials.defaultDomain);
    if (!domain) {
      throw new StratusError(`${PREFIX}: project "${credentials.projectName}" needs its domain: set projectDomainName or projectDomainId (OS_PROJECT_DOMAIN_NAME)`);
    }
    return { project: { name: credentials.projectName, domain } };
  }
  if (credentials.domainId) return { domain: { id: credentials.domainId } };
  if (credentials.domainName) return { domain: { name: credentials.domainName } };
  if (credentials.systemScope === 'all' || credentials.systemScope === true) return { system: { all: true } };
  return undefined;
}

/** The JSON body of `POST /v3/auth/tokens` for these credentials (identity method + scope). */
export async function buildAuthRequestBody(credentials: KeystoneCredentials): Promise<{ auth: Json }> {
  const method = resolveAuthMethod(credentials);
  let identity: Json;
  switch (method) {
    case 'password':
      identity = { methods: ['password'], password: { user: { ...userRef(credentials, 'password'), password: await reveal(credentials.password, 'password') } } };
      break;
    case 'token':
      identity = { methods: ['token'], token: { id: await reveal(credentials.token, 'token') } };
      break;
    case 'totp':
      identity = { methods: ['totp'], totp: { user: { ...userRef(credentials, 'totp'), passcode: await reveal(credentials.passcode, 'TOTP passcode') } } };
      break;
    case 'application_credential': {
      const secret = await reveal(credentials.applicationCredentialSecret, 'application credential secret');
      let appCred: Json;
      if (credentials.applicationCredentialId) appCred = { id: credentials.applicationCredentialId, secret };
      else if (credentials.applicationCredentialName) {
        appCred = { name: credentials.applicationCredentialName, user: userRef(credentials, 'application credential (by name)'), secret };
      } else throw new StratusError(`${PREFIX}: the application credential method needs applicationCredentialId, or applicationCredentialName and a user`);
      // Keystone rejects any scope here: it comes from the application credential itself.
      return { auth: { identity: { methods: ['application_credential'], application_credential: appCred } } };
    }
  }
  const scope = buildScope(credentials);
  return { auth: scope === undefined ? { identity } : { identity, scope } };
}
