import { StratusError, withHeaders, type AuthStrategy, type TokenAuthentication, type TokenSource } from '@stratus/core';
import type { OvhAuthHook } from './ovh-auth-hook.js';
import { toAuthStrategy } from './to-auth-strategy.js';

export interface OvhAccessTokenAuthOptions {
  /** A raw OAuth2 access token, or a getter called per attempt (for tokens rotated elsewhere). */
  accessToken: TokenSource;
}

// The token is never echoed: fetch's own header check would put it in its error message.
const bearerOf = async (accessToken: TokenSource) => {
  const raw: unknown = typeof accessToken === 'function' ? await accessToken() : accessToken;
  const token = typeof raw === 'string' ? raw.trim() : '';
  if (token === '' || /[^\t\x20-\x7e\x80-\xff]/.test(token)) throw new StratusError('[@stratus/ovh] accessToken must be a non-empty string of header-safe characters');
  return /^bearer /i.test(token) ? token : `Bearer ${token}`;
};

/** A ready-made bearer token (go-ovh `NewAccessTokenClient`), left off `noAuthentication` operations. */
export function createOvhAccessTokenHook(options: OvhAccessTokenAuthOptions): OvhAuthHook {
  return async (request, send, needAuth) => send(needAuth ? withHeaders(request, { authorization: await bearerOf(options.accessToken) }) : request);
}

/** createOvhAccessTokenHook as a core AuthStrategy. */
export function createOvhAccessTokenAuth(options: OvhAccessTokenAuthOptions): AuthStrategy<TokenAuthentication> {
  return toAuthStrategy(async () => ({ type: 'token', headerName: 'Authorization', token: await bearerOf(options.accessToken) }), createOvhAccessTokenHook(options));
}
