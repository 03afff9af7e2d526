import { InvalidConfigurationError } from '@stratus/core';

/** The credential options createOvhClient accepts (one method at a time). */
export interface OvhCredentials {
  /** Application key (AK), from https://eu.api.ovh.com/createApp/ or equivalent. */
  applicationKey?: string | undefined;
  /** Application secret (AS). */
  applicationSecret?: string | undefined;
  /** Consumer key (CK). May be left out until requested with requestConsumerKey. */
  consumerKey?: string | undefined;
  /** OAuth2 service-account client id (ovh-eu, ovh-ca, ovh-us only). */
  clientId?: string | undefined;
  /** OAuth2 service-account client secret. */
  clientSecret?: string | undefined;
  /** A raw OAuth2 bearer token. */
  accessToken?: string | undefined;
}

export type OvhAuthMethod =
  | { type: 'application-key'; applicationKey: string; applicationSecret: string; consumerKey: string | undefined }
  | { type: 'oauth2'; clientId: string; clientSecret: string }
  | { type: 'access-token'; accessToken: string };

type CredentialName = keyof OvhCredentials;

/**
 * Picks the authentication method from the credentials given, with python-ovh / go-ovh / node-ovh
 * validation: pairs must be complete and only one method may be used. `describe` names where a
 * value came from (e.g. "application_secret in ~/.ovh.conf [ovh-eu]") in messages; values are never echoed.
 */
export function selectAuthMethod(credentials: OvhCredentials, describe: (name: CredentialName) => string = (name) => name): OvhAuthMethod {
  const has = (name: CredentialName) => {
    const value = credentials[name];
    return typeof value === 'string' && value.trim() !== '';
  };
  const fail = (message: string) => new InvalidConfigurationError(`[@stratus/ovh] ${message}`);

  const methods = [
    has('applicationKey') || has('applicationSecret') || has('consumerKey') ? 'applicationKey/applicationSecret' : undefined,
    has('clientId') || has('clientSecret') ? 'OAuth2 clientId/clientSecret' : undefined,
    has('accessToken') ? 'accessToken' : undefined,
  ].filter((method): method is string => method !== undefined);

  if (methods.length > 1) {
    throw fail(`Can't use multiple authentication methods: ${methods.join(' and ')} were given together (${presentNames(has, describe)}); pass only one`);
  }
  if (methods.length === 0) {
    throw fail(
      'Missing authentication information: pass applicationKey + applicationSecret (+ consumerKey), ' +
        'clientId + clientSecret (OAuth2), or accessToken — or set OVH_APPLICATION_KEY/OVH_APPLICATION_SECRET/OVH_CONSUMER_KEY, ' +
        'OVH_CLIENT_ID/OVH_CLIENT_SECRET or OVH_ACCESS_TOKEN and use @stratus/ovh/config',
    );
  }

  if (has('accessToken')) return { type: 'access-token', accessToken: credentials.accessToken as string };

  if (has('clientId') || has('clientSecret')) {
    if (!has('clientId') || !has('clientSecret')) {
      const missing = has('clientId') ? 'clientSecret' : 'clientId';
      const present = missing === 'clientId' ? 'clientSecret' : 'clientId';
      throw fail(`Invalid OAuth2 config, both clientId and clientSecret must be given: ${describe(missing)} is missing (${describe(present)} is set)`);
    }
    return { type: 'oauth2', clientId: credentials.clientId as string, clientSecret: credentials.clientSecret as string };
  }

  if (!has('applicationKey') || !has('applicationSecret')) {
    const missing = (['applicationKey', 'applicationSecret'] as const).filter((name) => !has(name));
    const present = (['applicationKey', 'applicationSecret', 'consumerKey'] as const).filter((name) => has(name));
    throw fail(
      `Both applicationKey and applicationSecret must be given: ${missing.map(describe).join(' and ')} ${missing.length > 1 ? 'are' : 'is'} missing (${present.map(describe).join(', ')} ${present.length > 1 ? 'are' : 'is'} set)`,
    );
  }
  return {
    type: 'application-key',
    applicationKey: credentials.applicationKey as string,
    applicationSecret: credentials.applicationSecret as string,
    consumerKey: has('consumerKey') ? credentials.consumerKey : undefined,
  };
}

function presentNames(has: (name: CredentialName) => boolean, describe: (name: CredentialName) => string): string {
  const names: CredentialName[] = ['applicationKey', 'applicationSecret', 'consumerKey', 'clientId', 'clientSecret', 'accessToken'];
  return `${names.filter(has).map(describe).join(', ')} are set`;
}
