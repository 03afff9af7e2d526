import type { AuthStrategy, TransportOptions } from '@stratus/core';
import { createTokenCache, createTokenReplay, createTransportPipeline, isReadableStream } from '@stratus/core/internal';
import { authenticate, type IssuedToken } from './authenticate.js';
import { identityV3Url } from './identity-urls.js';
import type { KeystoneCredentials } from './keystone-auth-options.js';
import type { KeystoneAuthentication } from './types.js';

export interface KeystoneAuthOptions extends KeystoneCredentials, Pick<TransportOptions, 'fetch' | 'timeoutMs' | 'userAgent' | 'maxRetries' | 'retryDelay' | 'onRetry'> {
  /** Re-authenticate this long before `expires_at`. Default 60 000 ms. */
  refreshMarginMs?: number;
  /** Clock, for tests. Default `Date.now`. */
  now?: () => number;
}

export interface KeystoneAuth extends AuthStrategy<KeystoneAuthentication> {
  /** Forgets the cached token (nothing is sent to Keystone). The next call authenticates again. */
  forget(): void;
  /** Revokes the cached token (`DELETE /v3/auth/tokens`), then forgets it. No-op without a token. */
  revoke(): Promise<void>;
  /**
   * The token response currently in use (the one a 401 re-authentication obtained, if any), without
   * authenticating; undefined before the first authentication, after `forget()`, and between a 401 and its new token.
   */
  current(): KeystoneAuthentication | undefined;
}

const HEADER = 'X-Auth-Token';
// Header names are lower-case in the pipeline's requests.
const HEADER_KEY = 'x-auth-token';

/**
 * Keystone v3 authentication on core's strategy contract: `auth()` resolves the token and its
 * response (catalog, project, roles…); `hook` sends `X-Auth-Token` and, on a 401, re-authenticates
 * once and retries the call once.
 */
export function createKeystoneAuth(options: KeystoneAuthOptions): KeystoneAuth {
  const { fetch, timeoutMs, userAgent, maxRetries, retryDelay, onRetry, refreshMarginMs, now, ...credentials } = options;
  identityV3Url(credentials.authUrl); // validate early; the error names the URL, not a secret
  const send = createTransportPipeline({
    ...(fetch ? { fetch } : {}),
    ...(timeoutMs !== undefined ? { timeoutMs } : {}),
    ...(userAgent ? { userAgent } : {}),
    ...(maxRetries !== undefined ? { maxRetries } : {}),
    ...(retryDelay ? { retryDelay } : {}),
    ...(onRetry ? { onRetry } : {}),
  });
  const cache = createTokenCache<IssuedToken>({
    fetchToken: () => authenticate(send, credentials),
    ...(refreshMarginMs !== undefined ? { refreshMarginMs } : {}),
    ...(now ? { now } : {}),
  });

  // One authentication object per token, so `current()` and `auth()` hand out the same one.
  let shown: { issued: IssuedToken; authentication: KeystoneAuthentication } | undefined;
  const authenticationOf = (issued: IssuedToken): KeystoneAuthentication => {
    if (shown?.issued !== issued) shown = { issued, authentication: toAuthentication(issued) };
    return shown.authentication;
  };
  const auth = async (): Promise<KeystoneAuthentication> => authenticationOf(await cache.get());
  const current = (): KeystoneAuthentication | undefined => {
    const issued = cache.latest();
    return issued ? authenticationOf(issued) : undefined;
  };

  // A 401 means the token was revoked or expired early: it is dropped (unless a concurrent call already
  // replaced it), a new one obtained and the call replayed once. A second 401 is returned as is.
  const hook: AuthStrategy['hook'] = createTokenReplay({ cache, headersOf: ({ token }) => ({ [HEADER_KEY]: token }) });

  const revoke = async (): Promise<void> => {
    const current = cache.peek();
    cache.clear();
    if (!current) return;
    const response = await send({
      method: 'DELETE',
      url: `${identityV3Url(credentials.authUrl)}/auth/tokens`,
      headers: { [HEADER_KEY]: current.token, 'x-subject-token': current.token },
    });
    if (isReadableStream(response.body)) await response.body.cancel().catch(() => undefined);
  };

  return Object.assign(auth, { hook, forget: () => cache.clear(), revoke, current });
}

const hidden = (value: unknown): PropertyDescriptor => ({ value, enumerable: false });

/** Builds the authentication object; the token id is non-enumerable so logging or serialising it never prints it. */
export function toAuthentication(issued: IssuedToken): KeystoneAuthentication {
  const { info } = issued;
  const result = {
    type: 'token' as const,
    headerName: HEADER as typeof HEADER,
    expiresAt: issued.expiresAtMs === undefined ? undefined : new Date(issued.expiresAtMs),
    issuedAt: info.issued_at ? new Date(info.issued_at) : undefined,
    catalog: info.catalog ?? [],
    project: info.project,
    domain: info.domain,
    system: info.system,
    user: info.user,
    roles: info.roles ?? [],
    tokenInfo: info,
  };
  return Object.defineProperty(result, 'token', hidden(issued.token)) as KeystoneAuthentication;
}
