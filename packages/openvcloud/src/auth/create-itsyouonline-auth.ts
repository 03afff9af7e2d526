import { withHeaders, type AuthStrategy, type FetchLike, type StreamingHttpResponse } from '@stratus/core';
import { createTokenCache, createTokenReplay, createTransportPipeline, type CachedToken } from '@stratus/core/internal';
import { createOpenvCloudApiError, OpenvCloudAuthError } from '../errors/openvcloud-errors.js';
import { InvalidConfigurationError } from '@stratus/core';
import { decodeJwtClaims, type ItsYouOnlineClaims } from './decode-jwt.js';
import { isSuccess, parseMaybeJson, readText, scrub } from './read-body.js';

export const DEFAULT_IYO_URL = 'https://itsyou.online';
/** ovc-sdk-go refreshes when less than 5 minutes are left. */
export const DEFAULT_IYO_REFRESH_MARGIN_MS = 5 * 60_000;

export interface ItsYouOnlineAuthOptions {
  /** ItsYou.online API key: application id (client id)… */
  applicationId?: string;
  /** …and its secret. With them, a new JWT can always be fetched. */
  secret?: string;
  /** A JWT obtained elsewhere (Jumpscale's `jwt_`). Without credentials it must be refreshable to outlive its `exp`. */
  jwt?: string;
  /** Default https://itsyou.online. */
  iyoUrl?: string;
  /** Requested scope. Default `offline_access` (makes the JWT refreshable). */
  scope?: string;
  /** Requested JWT validity in seconds (IYO default applies when unset). */
  validity?: number;
  /** Refresh this long before `exp` (the option Keystone and OVH OAuth2 auth call the same). Default 5 minutes. */
  refreshMarginMs?: number;
  fetch?: FetchLike;
  /** Clock, for tests. Default Date.now. */
  now?: () => number;
}

export interface ItsYouOnlineAuthentication {
  type: 'itsyouonline';
  /** The JWT (send as `Authorization: bearer <jwt>`). */
  jwt: string;
  /** Expiry in ms since the epoch, when the JWT has an `exp`. */
  expiresAt: number | undefined;
  /** `<username>@<iss>`, the portal's user name for this identity (e.g. `alice@itsyouonline`). */
  login: string | undefined;
}

const NAME = 'createItsYouOnlineAuth';

/**
 * ItsYou.online JWT auth: client credentials → JWT (`POST /v1/oauth/access_token?response_type=id_token`,
 * credentials in a form body), sent as `Authorization: bearer <jwt>`; refreshed through
 * `GET /v1/oauth/jwt/refresh` ahead of `exp` (one refresh for any number of concurrent calls), or
 * fetched anew from the credentials. A JWT that expired and can be neither refreshed nor re-fetched
 * is a clear OpenvCloudAuthError.
 */
export function createItsYouOnlineAuth(options: ItsYouOnlineAuthOptions): AuthStrategy<ItsYouOnlineAuthentication> {
  const hasCredentials = options.applicationId !== undefined || options.secret !== undefined;
  if (hasCredentials && (!nonEmpty(options.applicationId) || !nonEmpty(options.secret))) {
    throw new InvalidConfigurationError(`[@stratus/openvcloud] ${NAME}: ${nonEmpty(options.applicationId) ? 'secret' : 'applicationId'} is missing or empty`);
  }
  if (!hasCredentials && !nonEmpty(options.jwt)) throw new InvalidConfigurationError(`[@stratus/openvcloud] ${NAME}: pass applicationId and secret, or a jwt`);
  const iyoUrl = (options.iyoUrl ?? DEFAULT_IYO_URL).replace(/\/+$/, '');
  const refreshMarginMs = options.refreshMarginMs ?? DEFAULT_IYO_REFRESH_MARGIN_MS;
  const now = options.now ?? Date.now;
  const send = createTransportPipeline({ ...(options.fetch ? { fetch: options.fetch } : {}), maxRetries: 1 });

  // Values ItsYou.online might echo back in an error body; scrubbed from every error built here.
  const secrets = [options.secret, options.jwt].filter(nonEmpty);

  async function fetchWithCredentials(): Promise<string> {
    const url = new URL(`${iyoUrl}/v1/oauth/access_token`);
    url.searchParams.set('response_type', 'id_token');
    const form = new URLSearchParams({ grant_type: 'client_credentials', client_id: options.applicationId!, client_secret: options.secret! });
    if (options.scope !== '') form.set('scope', options.scope ?? 'offline_access');
    if (options.validity !== undefined) form.set('validity', String(options.validity));
    const response = await send({ method: 'POST', url: url.toString(), headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'text/plain, application/json' }, body: form.toString() });
    return jwtFrom(response, 'POST', url.toString(), secrets, 'fetching an ItsYou.online JWT with the client credentials failed');
  }

  // Like the Jumpscale client: GET /v1/oauth/jwt/refresh presenting the old JWT as bearer.
  async function refresh(expiring: CachedJwt): Promise<CachedJwt> {
    // The cache surfaces this only once the JWT has expired and there are no credentials to fall back on.
    if (typeof expiring.claims?.refresh_token !== 'string' || expiring.claims.refresh_token === '') {
      const at = expiring.expiresAtMs;
      throw new OpenvCloudAuthError(
        `[@stratus/openvcloud] the ItsYou.online JWT expired${at !== undefined ? ` at ${new Date(at).toISOString()}` : ''} and cannot be refreshed (it has no refresh_token claim: request it with scope offline_access); pass applicationId and secret, or a new JWT`,
      );
    }
    const url = new URL(`${iyoUrl}/v1/oauth/jwt/refresh`);
    if (options.validity !== undefined) url.searchParams.set('validity', String(options.validity));
    const response = await send({ method: 'GET', url: url.toString(), headers: { authorization: `bearer ${expiring.token}`, accept: 'text/plain, application/json' } });
    return cachedJwt(await jwtFrom(response, 'GET', url.toString(), [...secrets, expiring.token], 'refreshing the ItsYou.online JWT failed'));
  }

  // Refresh first; then the credentials; without them, a JWT that failed to refresh is used until its exp.
  const cache = createTokenCache<CachedJwt>({
    ...(nonEmpty(options.jwt) ? { initial: cachedJwt(options.jwt.trim()) } : {}),
    ...(hasCredentials ? { fetchToken: async () => cachedJwt(await fetchWithCredentials()) } : {}),
    refreshToken: refresh,
    refreshMarginMs,
    now,
  });
  const getJwt = async (): Promise<string> => (await cache.get()).token;

  const authenticate = async (): Promise<ItsYouOnlineAuthentication> => {
    const { token: jwt, expiresAtMs, claims } = await cache.get();
    return { type: 'itsyouonline', jwt, expiresAt: expiresAtMs, login: claims?.username ? `${claims.username}@${claims.iss ?? 'itsyouonline'}` : undefined };
  };

  // With credentials, a 401 (JWT revoked) drops the JWT, fetches a new one and replays the request once;
  // a JWT given alone cannot be replaced, so its 401 is returned as is.
  const hook: AuthStrategy['hook'] = hasCredentials
    ? createTokenReplay({ cache, headersOf: ({ token }) => ({ authorization: `bearer ${token}` }) })
    : async (request, next) => next(withHeaders(request, { authorization: `bearer ${await getJwt()}` }));
  return Object.assign(authenticate, { hook });
}

interface CachedJwt extends CachedToken {
  claims: ItsYouOnlineClaims | undefined;
}

function cachedJwt(jwt: string): CachedJwt {
  const claims = decodeJwtClaims(jwt);
  return { token: jwt, expiresAtMs: typeof claims?.exp === 'number' ? claims.exp * 1000 : undefined, claims };
}

async function jwtFrom(response: StreamingHttpResponse, method: string, url: string, secrets: readonly string[], what: string): Promise<string> {
  const text = await readText(response);
  if (!isSuccess(response)) {
    const cause = createOpenvCloudApiError(response, parseMaybeJson(scrub(text, secrets)), method, url);
    throw new OpenvCloudAuthError(`[@stratus/openvcloud] ${what}: ${cause.status}`, { cause });
  }
  // The body is the raw JWT; tolerate a JSON-quoted string.
  const parsed = parseMaybeJson(text);
  const jwt = (typeof parsed === 'string' ? parsed : text ?? '').trim();
  if (!decodeJwtClaims(jwt)) throw new OpenvCloudAuthError(`[@stratus/openvcloud] ${what}: the response is not a JWT`);
  return jwt;
}

function nonEmpty(value: string | undefined): value is string {
  return typeof value === 'string' && value.trim() !== '';
}
