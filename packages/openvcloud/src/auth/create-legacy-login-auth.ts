import type { AuthStrategy, FetchLike } from '@stratus/core';
import { createTokenCache, createTokenReplay, createTransportPipeline } from '@stratus/core/internal';
import { normalizeOpenvCloudUrl } from '../client/normalize-openvcloud-url.js';
import { createOpenvCloudApiError, OpenvCloudAuthError } from '../errors/openvcloud-errors.js';
import { InvalidConfigurationError } from '@stratus/core';
import { isSuccess, parseMaybeJson, readText, scrub } from './read-body.js';

export interface LegacyLoginAuthOptions {
  /** G8 portal URL, e.g. `https://g8.example.com` (`/restmachine` is added when missing). */
  url: string;
  login: string;
  password: string;
  fetch?: FetchLike;
}

export interface LegacyLoginAuthentication {
  type: 'authkey';
  /** The session key from `cloudapi/users/authenticate`. */
  authkey: string;
  /** The portal user name (who gets access to what the resource layer creates). */
  login: string;
}

/** HTTP 419 "Authentication Timeout": the portal's answer to an expired session. */
export const SESSION_EXPIRED_STATUS = 419;

const NAME = 'createLegacyLoginAuth';

/**
 * Username/password auth: `POST /restmachine/cloudapi/users/authenticate` returns a session key,
 * sent on every call as `Authorization: authkey <key>` (PortalServer's header form of the `authkey`
 * parameter). Logs in lazily, once for concurrent calls; on 419 logs in again and replays the
 * request once (like the Jumpscale client) — a second 419 is returned as is, never looped on.
 */
export function createLegacyLoginAuth(options: LegacyLoginAuthOptions): AuthStrategy<LegacyLoginAuthentication> {
  for (const key of ['url', 'login', 'password'] as const) {
    if (typeof options[key] !== 'string' || options[key].trim() === '') throw new InvalidConfigurationError(`[@stratus/openvcloud] ${NAME}: ${key} is missing or empty`);
  }
  const base = normalizeOpenvCloudUrl(options.url);
  const send = createTransportPipeline({ ...(options.fetch ? { fetch: options.fetch } : {}), maxRetries: 0 });

  async function login(): Promise<string> {
    const url = `${base}/cloudapi/users/authenticate`;
    const response = await send({
      method: 'POST',
      url,
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify({ username: options.login, password: options.password }),
    });
    const body = parseMaybeJson(scrub(await readText(response), [options.password]));
    if (!isSuccess(response)) {
      const cause = createOpenvCloudApiError(response, body, 'POST', url);
      throw new OpenvCloudAuthError(`[@stratus/openvcloud] login as ${JSON.stringify(options.login)} failed: ${cause.status}`, { cause });
    }
    if (typeof body !== 'string' || body.trim() === '') throw new OpenvCloudAuthError(`[@stratus/openvcloud] login as ${JSON.stringify(options.login)} returned no session key`);
    return body.trim();
  }

  // A session key carries no expiry: it is kept until a 419 proves it dead.
  const sessions = createTokenCache({ fetchToken: async () => ({ token: await login(), expiresAtMs: undefined }) });
  const sessionKey = async (): Promise<string> => (await sessions.get()).token;

  const authenticate = async (): Promise<LegacyLoginAuthentication> => ({ type: 'authkey', authkey: await sessionKey(), login: options.login.trim() });

  // On a 419 the session key is dropped, a new one obtained (one login for concurrent calls) and the
  // request replayed once; a second 419 is returned as is.
  const hook: AuthStrategy['hook'] = createTokenReplay({ cache: sessions, headersOf: ({ token }) => ({ authorization: `authkey ${token}` }), rejectedStatus: SESSION_EXPIRED_STATUS });
  return Object.assign(authenticate, { hook });
}
