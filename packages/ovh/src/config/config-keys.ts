import type { OvhCredentials } from '../client/select-auth-method.js';

export type CredentialName = keyof OvhCredentials;

/** Option name → INI key (python-ovh / go-ovh) and environment variable. */
export const CONFIG_KEYS: Readonly<Record<CredentialName, { ini: string; env: string; secret: boolean }>> = {
  applicationKey: { ini: 'application_key', env: 'OVH_APPLICATION_KEY', secret: false },
  applicationSecret: { ini: 'application_secret', env: 'OVH_APPLICATION_SECRET', secret: true },
  consumerKey: { ini: 'consumer_key', env: 'OVH_CONSUMER_KEY', secret: true },
  clientId: { ini: 'client_id', env: 'OVH_CLIENT_ID', secret: false },
  clientSecret: { ini: 'client_secret', env: 'OVH_CLIENT_SECRET', secret: true },
  accessToken: { ini: 'access_token', env: 'OVH_ACCESS_TOKEN', secret: true },
};

export const CREDENTIAL_NAMES = Object.keys(CONFIG_KEYS) as CredentialName[];
