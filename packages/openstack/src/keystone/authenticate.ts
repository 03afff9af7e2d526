import { createApiError, StratusError, type Transport } from '@stratus/core';
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
export async function authenticate(transport: Transport, credentials: KeystoneCredentials): Promise<IssuedToken> {
  const url = authTokensUrl(credentials.authUrl);
  const body = await buildAuthRequestBody(credentials);
  const response = await transport(url, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
    body: JSON.stringify(body),
  });
  const text = await response.text();
  let parsed: unknown;
  try {
    parsed = text === '' ? undefined : JSON.parse(text);
  } catch {
    parsed = text;
  }
  if (!response.ok) throw createApiError({ response, body: parsed, method: 'POST', url, provider: PROVIDER });

  const token = response.headers.get('X-Subject-Token');
  const info = (parsed as { token?: KeystoneTokenInfo } | undefined)?.token;
  if (!token || !info || typeof info !== 'object') {
    throw new StratusError(`[@stratus/openstack] Keystone: POST ${url} returned ${response.status} without ${token ? 'a token body' : 'an X-Subject-Token header'}`);
  }
  return { token, expiresAtMs: parseExpiry(info.expires_at), info };
}

/** `expires_at` → epoch ms; null/absent = never expires (Keystone's documented meaning of null). */
export function parseExpiry(expiresAt: string | null | undefined): number | undefined {
  if (expiresAt === null || expiresAt === undefined) return undefined;
  const ms = Date.parse(expiresAt);
  if (Number.isNaN(ms)) throw new StratusError(`[@stratus/openstack] Keystone: unparseable expires_at "${expiresAt}"`);
  return ms;
}
