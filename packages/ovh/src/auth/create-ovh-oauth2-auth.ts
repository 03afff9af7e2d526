import { type AuthStrategy, type HttpFetch, retryPolicy, type SendHttp, StratusError } from '@stratus/core';
import { createHttpFetchSender, createTokenCache, createTokenReplay, type CachedToken } from '@stratus/core/internal';
import { fetchOAuth2Token, type OAuth2Token } from './fetch-oauth2-token.js';
import type { OvhAuthHook } from './ovh-auth-hook.js';
import { toAuthStrategy } from './to-auth-strategy.js';

export interface OvhOAuth2AuthOptions {
  clientId: string;
  clientSecret: string;
  /** e.g. `OVH_ENDPOINTS['ovh-eu'].oauth2TokenUrl`. */
  tokenUrl: string;
  /**
   * Renew this long before `expires_in` runs out (at most half the lifetime). Default 10 000 ms, as
   * node-ovh's `expired(10)`.
   */
  refreshMarginMs?: number;
  /** Fetch used for the token request; default the global fetch. */
  fetch?: HttpFetch;
  /** Local time in ms; default Date.now. */
  now?: () => number;
}

export interface OvhOAuth2Authentication {
  type: 'oauth2';
  tokenType: 'Bearer';
  token: string;
  /** Epoch ms after which the token is renewed; undefined if the server gave no lifetime. */
  expiresAt: number | undefined;
}

const DEFAULT_REFRESH_MARGIN_MS = 10_000;

interface OvhOAuth2Session {
  authenticate(): Promise<OvhOAuth2Authentication>;
  hook: OvhAuthHook;
}

/**
 * OAuth2 client credentials (OVHcloud service accounts). The token is fetched lazily through
 * `sendTokenRequest`, shared by concurrent requests (one token call in flight), renewed shortly
 * before it expires, and sent as `Authorization: Bearer`. A 401 drops the token and retries once
 * with a new one.
 */
export function createOvhOAuth2Session(options: Omit<OvhOAuth2AuthOptions, 'fetch'> & { sendTokenRequest: SendHttp }): OvhOAuth2Session {
  const { clientId, clientSecret, tokenUrl } = options;
  for (const [name, value] of [['clientId', clientId], ['clientSecret', clientSecret], ['tokenUrl', tokenUrl]] as const) {
    if (typeof value !== 'string' || value.trim() === '') throw new StratusError(`[@stratus/ovh] createOvhOAuth2Auth: ${name} is required`);
  }
  const now = options.now ?? (() => Date.now());
  const refreshMarginMs = options.refreshMarginMs ?? DEFAULT_REFRESH_MARGIN_MS;

  const toCached = (token: OAuth2Token): CachedToken => {
    if (token.expiresIn === undefined) return { token: token.accessToken, expiresAtMs: undefined };
    const lifetimeMs = token.expiresIn * 1000;
    const fetchedAt = now();
    // The margin never eats more than half of a short-lived token's lifetime.
    return { token: token.accessToken, expiresAtMs: fetchedAt + lifetimeMs, renewAtMs: fetchedAt + lifetimeMs - Math.min(refreshMarginMs, lifetimeMs / 2) };
  };
  const cache = createTokenCache({
    fetchToken: () => fetchOAuth2Token({ clientId, clientSecret, tokenUrl, send: options.sendTokenRequest }).then(toCached),
    refreshMarginMs,
    now,
  });

  const sendWithToken = createTokenReplay({ cache, headersOf: ({ token }) => ({ authorization: `Bearer ${token}` }) });

  return {
    async authenticate() {
      const { token, expiresAtMs } = await cache.get();
      return { type: 'oauth2', tokenType: 'Bearer', token, expiresAt: expiresAtMs };
    },
    // A 401 (token revoked or expired early) drops the token, fetches a new one and replays once.
    hook: (request, send, needAuth) => (needAuth ? sendWithToken(request, send) : send(request)),
  };
}

/** OAuth2 client credentials as a core AuthStrategy; the token request is retried like a GET. */
export function createOvhOAuth2Auth(options: OvhOAuth2AuthOptions): AuthStrategy<OvhOAuth2Authentication> {
  const send = createHttpFetchSender(options.fetch);
  const retry = retryPolicy({ retryNonIdempotent: true });
  const session = createOvhOAuth2Session({
    ...options,
    sendTokenRequest: (request) => retry.send(request, send),
  });
  return toAuthStrategy(session.authenticate, session.hook);
}
