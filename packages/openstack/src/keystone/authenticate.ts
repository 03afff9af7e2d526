import { createApiError, StratusError, type SendStreamingHttp } from '@stratus/core';
import { readBodyText } from '@stratus/core/internal';
import { buildAuthRequestBody } from './build-auth-request-body.js';
import { authTokensUrl } from './identity-urls.js';
import type { KeystoneCredentials } from './keystone-auth-options.js';
import type { KeystoneTokenInfo } from './types.js';

export interface IssuedToken {
  token: string;
  expiresAtMs: number | undefined;
  info: KeystoneTokenInfo;
}

const PROVIDER = 'openstack-identity';

/** One `POST /v3/auth/tokens` round trip. Errors carry Keystone's message, never the request body. */
export async function authenticate(send: SendStreamingHttp, credentials: KeystoneCredentials): Promise<IssuedToken> {
  const url = authTokensUrl(credentials.authUrl);
  const body = await buildAuthRequestBody(credentials);
  const response = await send({
    method: 'POST',
    url,
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify(body),
  });
  // A successful JSON answer was parsed by the pipeline's `json` policy; anything else is read here.
  const parsed = response.json ? response.json.value : parseOrText(await readBodyText(response));
  if (response.status < 200 || response.status > 299) throw createApiError({ response, body: parsed, method: 'POST', url, provider: PROVIDER });

  const token = response.headers.get('X-Subject-Token');
  const info = (parsed as { token?: KeystoneTokenInfo } | undefined)?.token;
  if (!token || !info || typeof info !== 'object') {
    throw new StratusError(`[@stratus/openstack] Keystone: POST ${url} returned ${response.status} without ${token ? 'a token body' : 'an X-Subject-Token header'}`);
  }
  return { token, expiresAtMs: parseExpiry(info.expires_at), info };
}

function parseOrText(text: string): unknown {
  try {
    return text === '' ? undefined : (JSON.parse(text) as unknown);
  } catch {
    return text;
  }
}

/** `expires_at` → epoch ms; null/absent = never expires (Keystone's documented meaning of null). */
export function parseExpiry(expiresAt: string | null | undefined): number | undefined {
  if (expiresAt === null || expiresAt === undefined) return undefined;
  const ms = Date.parse(expiresAt);
  if (Number.isNaN(ms)) throw new StratusError(`[@stratus/openstack] Keystone: unparseable expires_at "${expiresAt}"`);
  return ms;
}
