import { createTokenAuth, type AuthStrategy, type SendRequest, type TokenAuthentication, type TokenSource } from '@stratus/core';
import { takeUnsignedMarker } from './need-auth-marker.js';

export interface OvhAccessTokenAuthOptions {
  /** A raw OAuth2 access token, or a getter called per attempt (for tokens rotated elsewhere). */
  accessToken: TokenSource;
}

/**
 * A ready-made bearer token (go-ovh `NewAccessTokenClient`): core's createTokenAuth with the Bearer
 * scheme, except that requests marked unsigned (`noAuthentication` operations) go out without it.
 */
export function createOvhAccessTokenAuth(options: OvhAccessTokenAuthOptions): AuthStrategy<TokenAuthentication> {
  const bearer = createTokenAuth({ token: options.accessToken, scheme: 'Bearer' });
  return Object.assign(async () => bearer(), {
    hook: async (incoming: Request, next: SendRequest): Promise<Response> => {
      const { request, needAuth } = takeUnsignedMarker(incoming);
      return needAuth ? bearer.hook(request, next) : next(request);
    },
  });
}
