import { createOvhAccessTokenHook } from '../auth/create-ovh-access-token-auth.js';
import type { OvhClock } from '../auth/create-ovh-clock.js';
import { createOvhOAuth2Session } from '../auth/create-ovh-oauth2-auth.js';
import { createOvhSignatureHook } from '../auth/create-ovh-signature-auth.js';
import type { OvhAuthHook } from '../auth/ovh-auth-hook.js';
import { OVH_ENDPOINTS } from '../endpoints/ovh-endpoints.js';
import type { ResolvedOvhEndpoint } from '../endpoints/resolve-endpoint.js';
import { InvalidConfigurationError, type SendHttp } from '@stratus/core';
import type { OvhAuthMethod } from './select-auth-method.js';

export interface AuthHookContext {
  endpoint: ResolvedOvhEndpoint;
  /** Overrides the endpoint's OAuth2 token URL (needed for base-URL endpoints). */
  oauth2TokenUrl?: string | undefined;
  /** Clock for signed requests, synced through the client. */
  clock: OvhClock;
  /** Sends the OAuth2 token request (the client's fetch, timeouts and retries). */
  sendTokenRequest: SendHttp;
}

/** The auth hook for the selected credentials. */
export function selectAuthHook(method: OvhAuthMethod, context: AuthHookContext): OvhAuthHook {
  if (method.type === 'application-key') return createOvhSignatureHook({ ...method, clock: context.clock });
  if (method.type === 'access-token') return createOvhAccessTokenHook(method);
  const tokenUrl = context.oauth2TokenUrl ?? context.endpoint.oauth2TokenUrl;
  if (tokenUrl === undefined) {
    const supported = Object.entries(OVH_ENDPOINTS)
      .filter(([, endpoint]) => 'oauth2TokenUrl' in endpoint)
      .map(([name]) => name)
      .join(', ');
    const where = context.endpoint.name ?? context.endpoint.baseUrl;
    throw new InvalidConfigurationError(
      `[@stratus/ovh] Endpoint ${where} does not support OAuth2 authentication (supported: ${supported}` +
        `${context.endpoint.name === undefined ? '; for a base-URL endpoint pass oauth2TokenUrl' : ''}); use applicationKey/applicationSecret/consumerKey instead`,
    );
  }
  return createOvhOAuth2Session({ clientId: method.clientId, clientSecret: method.clientSecret, tokenUrl, sendTokenRequest: context.sendTokenRequest }).hook;
}
