import { StratusError } from '@stratus/core';
import type { KeystoneAuthType, KeystoneCredentials } from './keystone-auth-options.js';

export type KeystoneAuthMethod = 'password' | 'token' | 'application_credential' | 'totp';

const BY_TYPE: Record<KeystoneAuthType, KeystoneAuthMethod> = {
  password: 'password',
  v3password: 'password',
  token: 'token',
  v3token: 'token',
  application_credential: 'application_credential',
  v3applicationcredential: 'application_credential',
  totp: 'totp',
  v3totp: 'totp',
};

/** The Keystone identity method for these credentials: the explicit `authType`, else inferred from what is set. */
export function resolveAuthMethod(credentials: KeystoneCredentials): KeystoneAuthMethod {
  const { authType } = credentials;
  if (authType !== undefined) {
    const method = BY_TYPE[authType];
    if (!method) throw new StratusError(`[@stratus/openstack] unsupported auth type "${String(authType)}" (supported: ${Object.keys(BY_TYPE).join(', ')})`);
    return method;
  }
  if (credentials.applicationCredentialId !== undefined || credentials.applicationCredentialName !== undefined) return 'application_credential';
  if (credentials.password !== undefined) return 'password';
  if (credentials.token !== undefined) return 'token';
  if (credentials.passcode !== undefined) return 'totp';
  return 'password';
}
