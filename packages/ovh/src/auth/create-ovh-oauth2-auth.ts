import { createTransport, StratusError, type AuthStrategy, type SendRequest, type TransportOptions } from '@stratus/core';
import { fetchOAuth2Token, type OAuth2Token } from './fetch-oauth2-token.js';
import { takeUnsignedMarker } from './need-auth-marker.js';
import { toReplayableRequest } from './replayable-request.js';

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
  /** Options of the transport used for the token request (fetch, timeouts, user agent…). */
  transport?: Omit<TransportOptions, 'auth'>;
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

/**
 * OAuth2 client credentials (OVHcloud service accounts) on core's AuthStrategy contract. The token is
 * fetched lazily, shared by concurrent requests (one token call in flight), renewed shortly before it
 * expires, and sent as `Authorization: Bearer`. A 401 drops the token and retries once with a new one.
 */
export function createOvhOAuth2Auth(options: OvhOAuth2AuthOptions): AuthStrategy<OvhOAuth2Authentication> {
  const { clientId, clientSecret, tokenUrl } = options;
  for (const [name, value] of [['clientId', clientId], ['clientSecret', clientSecret], ['tokenUrl', tokenUrl]] as const) {
    if (typeof value !== 'string' || value.trim() === '') throw new StratusError(`[@stratus/ovh] createOvhOAuth2Auth: ${name} is required`);
  }
  const now = options.now ?? (() => Date.now());
  const refreshMarginMs = options.refreshMarginMs ?? DEFAULT_REFRESH_MARGIN_MS;
  // Replaying a client-credentials grant is harmless, so the token request is retried like a GET.
  const transport = createTransport({ ...options.transport, retryNonIdempotent: true });

  type CachedToken = { token: string; expiresAt: number | undefined; renewAt: number | undefined };
  let cached: CachedToken | undefined;
  let pending: Promise<CachedToken> | undefined;

  const isFresh = (entry: CachedToken | undefined): entry is CachedToken => entry !== undefined && (entry.renewAt === undefined || now() < entry.renewAt);
  const toCached = (token: OAuth2Token): CachedToken => {
    if (token.expiresIn === undefined) return { token: token.accessToken, expiresAt: undefined, renewAt: undefined };
    const lifetimeMs = token.expiresIn * 1000;
    const fetchedAt = now();
    // The margin never eats more than half of a short-lived token's lifetime.
    return { token: token.accessToken, expiresAt: fetchedAt + lifetimeMs, renewAt: fetchedAt + lifetimeMs - Math.min(refreshMarginMs, lifetimeMs / 2) };
  };

  const currentToken = async () => {
    if (isFresh(cached)) return cached;
    pending ??= fetchOAuth2Token({ clientId, clientSecret, tokenUrl, transport })
      .then((token) => (cached = toCached(token)))
      .finally(() => {
        pending = undefined;
      });
    return pending;
  };

  const authenticate = async (): Promise<OvhOAuth2Authentication> => {
    const { token, expiresAt } = await currentToken();
    return { type: 'oauth2', tokenType: 'Bearer', token, expiresAt };
  };

  return Object.assign(authenticate, {
    hook: async (incoming: Request, next: SendRequest): Promise<Response> => {
      const { request, needAuth } = takeUnsignedMarker(incoming);
      if (!needAuth) return next(request);
      const replayable = await toReplayableRequest(request);
      const used = await currentToken();
      const response = await next(replayable.build({ Authorization: `Bearer ${used.token}` }));
      if (response.status !== 401) return response;
      // The token may have been revoked or expired early: drop it (unless already replaced) and retry once.
      response.body?.cancel().catch(() => {});
      if (cached === used) cached = undefined;
      const renewed = await currentToken();
      return next(replayable.build({ Authorization: `Bearer ${renewed.token}` }));
    },
  });
}
