import { OAuth2FailureError } from '../errors/oauth2-failure-error.js';
import type { SendHttp } from '@stratus/core';

export interface OAuth2Token {
  accessToken: string;
  /** Seconds of validity announced by the server, if any. */
  expiresIn: number | undefined;
}

export interface FetchOAuth2TokenOptions {
  clientId: string;
  clientSecret: string;
  tokenUrl: string;
  /** Sends the token request (with retries: replaying a client-credentials grant is harmless). */
  send: SendHttp;
}

/**
 * OAuth2 client-credentials grant as python-ovh / go-ovh do it: POST `grant_type=client_credentials&scope=all`,
 * form-encoded, `Accept: application/json`, client authenticated with HTTP Basic (RFC 6749 §2.3.1).
 */
export async function fetchOAuth2Token(options: FetchOAuth2TokenOptions): Promise<OAuth2Token> {
  const { tokenUrl } = options;
  const response = await options.send({
    method: 'POST',
    url: tokenUrl,
    headers: {
      Authorization: `Basic ${basicCredentials(options.clientId, options.clientSecret)}`,
      'Content-Type': 'application/x-www-form-urlencoded',
      Accept: 'application/json',
    },
    body: 'grant_type=client_credentials&scope=all',
  });
  const body = parseJson(response.body);
  const failure = (reason: string) => {
    const oauthError = typeof body?.['error'] === 'string' ? body['error'] : undefined;
    const description = typeof body?.['error_description'] === 'string' ? body['error_description'] : undefined;
    const detail = oauthError ? `(${oauthError}) ${description ?? ''}`.trim() : reason;
    const headers: Record<string, string> = {};
    response.headers.forEach((value, name) => (headers[name] = value));
    return new OAuth2FailureError({
      message: `OAuth2 failure: ${detail} — ${response.status} from POST ${tokenUrl}`,
      status: response.status,
      method: 'POST',
      url: tokenUrl,
      code: oauthError,
      headers,
      bodyExcerpt: response.body,
      provider: 'ovhcloud',
      queryId: response.headers.get('x-ovh-queryid') || undefined,
    });
  };

  if (response.status < 200 || response.status > 299) throw failure('the token endpoint refused the client credentials');
  const accessToken = body?.['access_token'];
  if (typeof accessToken !== 'string' || accessToken === '') throw failure('the token response has no access_token');
  const expiresIn = Number(body?.['expires_in']);
  return { accessToken, expiresIn: Number.isFinite(expiresIn) && expiresIn > 0 ? expiresIn : undefined };
}

// RFC 6749 §2.3.1: id and secret are form-urlencoded before Basic encoding; then UTF-8 → base64.
function basicCredentials(clientId: string, clientSecret: string): string {
  const formEncode = (value: string) => encodeURIComponent(value).replace(/%20/g, '+');
  let binary = '';
  for (const byte of new TextEncoder().encode(`${formEncode(clientId)}:${formEncode(clientSecret)}`)) binary += String.fromCharCode(byte);
  return btoa(binary);
}

function parseJson(text: string): Record<string, unknown> | undefined {
  try {
    const value = JSON.parse(text) as unknown;
    return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}
