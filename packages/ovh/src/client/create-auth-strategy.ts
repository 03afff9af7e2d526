import type { AuthStrategy, TransportOptions } from '@stratus/core';
import { createOvhAccessTokenAuth } from '../auth/create-ovh-access-token-auth.js';
import type { OvhClock } from '../auth/create-ovh-clock.js';
import { createOvhOAuth2Auth } from '../auth/create-ovh-oauth2-auth.js';
import { createOvhSignatureAuth } from '../auth/create-ovh-signature-auth.js';
import type { ResolvedOvhEndpoint } from '../endpoints/resolve-endpoint.js';
import { OVH_ENDPOINTS } from '../endpoints/ovh-endpoints.js';
import { InvalidConfigurationError } from '../errors/configuration-errors.js';
import type { OvhAuthMethod } from './select-auth-method.js';

export interface AuthStrategyContext {
  endpoint: ResolvedOvhEndpoint;
  /** Overrides the endpoint's OAuth2 token URL (needed for base-URL endpoints). */
  oauth2TokenUrl?: string | undefined;
  /** Clock for signed requests, synced on the client's own transport. */
  clock: OvhClock;
  /** Used for the OAuth2 token request. */
  transport: Omit<TransportOptions, 'auth'>;
}

/** The core AuthStrategy for the selected credentials. */
export function createAuthStrategy(method: OvhAuthMethod, context: AuthStrategyContext): AuthStrategy {
  switch (method.type) {
    case 'application-key':
      return createOvhSignatureAuth({ ...method, clock: context.clock });
    case 'access-token':
      return createOvhAccessTokenAuth({ accessToken: method.accessToken });
    case 'oauth2': {
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
      return createOvhOAuth2Auth({ clientId: method.clientId, clientSecret: method.clientSecret, tokenUrl, transport: context.transport });
    }
  }
}
