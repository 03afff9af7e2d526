import { inspect } from 'node:util';
import { http, HttpResponse, delay } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { createOvhOAuth2Auth } from '../src/auth/create-ovh-oauth2-auth.js';
import { createOvhClient } from '../src/client/create-ovh-client.js';
import { OAuth2FailureError } from '../src/errors/oauth2-failure-error.js';
import { OvhApiError } from '../src/errors/ovh-api-error.js';

const TOKEN_URL = 'https://www.ovh.com/auth/oauth2/token';
const CLIENT_ID = 'EU.1234567890abcdef';
const CLIENT_SECRET = 'super-secret-client-secret-value';

let tokenCalls: Request[] = [];
let apiCalls: Request[] = [];
let issued = 0;
let expiresIn = 3600;
let tokenFailure: { status: number; body: unknown } | undefined;
let revokeFirstToken = false;
let tokenOutages = 0;

const server = setupServer(
  http.post(TOKEN_URL, async ({ request }) => {
    tokenCalls.push(request.clone());
    await delay(20);
    if (tokenOutages > 0) {
      tokenOutages -= 1;
      return HttpResponse.json({ message: 'Service temporarily unavailable' }, { status: 503 });
    }
    if (tokenFailure) return HttpResponse.json(tokenFailure.body as Record<string, unknown>, { status: tokenFailure.status });
    issued += 1;
    return HttpResponse.json({ access_token: `MTQ0NjJkZmQ5OTM2NDE1ZTZjNGZmZjI3-${issued}`, token_type: 'Bearer', expires_in: expiresIn, scope: 'all' });
  }),
  http.get('https://eu.api.ovh.com/1.0/me', ({ request }) => {
    apiCalls.push(request.clone());
    if (revokeFirstToken && request.headers.get('authorization')?.endsWith('-1')) {
      return HttpResponse.json({ message: 'token revoked' }, { status: 401 });
    }
    return HttpResponse.json({ nichandle: 'xx1234-ovh' });
  }),
  http.get('https://eu.api.ovh.com/1.0/auth/time', ({ request }) => {
    apiCalls.push(request.clone());
    return HttpResponse.json(1_700_000_000);
  }),
);
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  tokenCalls = [];
  apiCalls = [];
  issued = 0;
  expiresIn = 3600;
  tokenFailure = undefined;
  revokeFirstToken = false;
  tokenOutages = 0;
  vi.restoreAllMocks();
});
afterAll(() => server.close());

const newClient = () => createOvhClient({ clientId: CLIENT_ID, clientSecret: CLIENT_SECRET, retryDelay: { baseMs: 1, maxMs: 2 } });

describe('OAuth2 client credentials', () => {
  it('fetches one token for 50 concurrent calls and sends it as a bearer, without X-Ovh-* headers', async () => {
    const client = newClient();
    const results = await Promise.all(Array.from({ length: 50 }, () => client.get('/me')));
    expect(results).toHaveLength(50);
    expect(tokenCalls).toHaveLength(1);
    expect(apiCalls).toHaveLength(50);
    for (const call of apiCalls) {
      expect(call.headers.get('authorization')).toBe('Bearer MTQ0NjJkZmQ5OTM2NDE1ZTZjNGZmZjI3-1');
      expect([...call.headers.keys()].filter((name) => name.startsWith('x-ovh'))).toEqual([]);
    }
  });

  it('posts the python-ovh token request: Basic client auth, form body, Accept json', async () => {
    await newClient().get('/me');
    const [tokenRequest] = tokenCalls;
    expect(tokenRequest?.headers.get('authorization')).toBe(`Basic ${btoa(`${CLIENT_ID}:${CLIENT_SECRET}`)}`);
    expect(tokenRequest?.headers.get('content-type')).toBe('application/x-www-form-urlencoded');
    expect(tokenRequest?.headers.get('accept')).toBe('application/json');
    await expect(tokenRequest?.text()).resolves.toBe('grant_type=client_credentials&scope=all');
  });

  it('renews the token ahead of expires_in', async () => {
    expiresIn = 3; // as in python-ovh's test
    const realNow = Date.now.bind(Date);
    let skewMs = 0;
    vi.spyOn(Date, 'now').mockImplementation(() => realNow() + skewMs);
    const client = newClient();
    await client.get('/me');
    await client.get('/me');
    expect(tokenCalls).toHaveLength(1);
    skewMs = 1600; // past the renewal point (3 s minus a margin capped at half the lifetime)
    await client.get('/me');
    expect(tokenCalls).toHaveLength(2);
    expect(apiCalls.at(-1)?.headers.get('authorization')).toBe('Bearer MTQ0NjJkZmQ5OTM2NDE1ZTZjNGZmZjI3-2');
  });

  it('renews a token the API rejects with 401 and retries the call once', async () => {
    revokeFirstToken = true;
    await expect(newClient().get('/me')).resolves.toEqual({ nichandle: 'xx1234-ovh' });
    expect(tokenCalls).toHaveLength(2);
    expect(apiCalls.map((call) => call.headers.get('authorization')?.slice(-2))).toEqual(['-1', '-2']);
  });

  it('skips the token for noAuthentication operations', async () => {
    await newClient().request('GET', '/auth/time');
    expect(tokenCalls).toHaveLength(0);
    expect(apiCalls[0]?.headers.get('authorization')).toBeNull();
  });

  it('turns a refused token request into OAuth2FailureError without the secret', async () => {
    tokenFailure = {
      status: 401,
      body: { error: 'invalid_client', error_description: 'ovhcloud oauth2 client does not exists', client_secret: CLIENT_SECRET },
    };
    const error = (await newClient().get('/me').catch((caught: unknown) => caught)) as OAuth2FailureError;
    expect(error).toBeInstanceOf(OAuth2FailureError);
    expect(error).toBeInstanceOf(OvhApiError);
    expect(error.message).toBe(`OAuth2 failure: (invalid_client) ovhcloud oauth2 client does not exists — 401 from POST ${TOKEN_URL}`);
    expect(error.code).toBe('invalid_client');
    expect(error.status).toBe(401);
    for (const rendered of [error.message, JSON.stringify(error), inspect(error), String(error), error.stack ?? '']) {
      expect(rendered).not.toContain(CLIENT_SECRET);
      expect(rendered).not.toContain(btoa(`${CLIENT_ID}:${CLIENT_SECRET}`));
    }
    expect(apiCalls).toHaveLength(0);
  });

  it('reports a token response without access_token', async () => {
    tokenFailure = { status: 200, body: { token_type: 'Bearer' } };
    await expect(newClient().get('/me')).rejects.toThrow('OAuth2 failure: the token response has no access_token');
  });

  it('retries the token request after a 503', async () => {
    tokenOutages = 1;
    await expect(newClient().get('/me')).resolves.toEqual({ nichandle: 'xx1234-ovh' });
    expect(tokenCalls).toHaveLength(2);
  });
});

describe('createOvhOAuth2Auth', () => {
  it('exposes the token and its expiry, refreshing with an injected clock', async () => {
    let nowMs = 1_000_000;
    const auth = createOvhOAuth2Auth({ clientId: CLIENT_ID, clientSecret: CLIENT_SECRET, tokenUrl: TOKEN_URL, now: () => nowMs });
    await expect(auth()).resolves.toEqual({ type: 'oauth2', tokenType: 'Bearer', token: 'MTQ0NjJkZmQ5OTM2NDE1ZTZjNGZmZjI3-1', expiresAt: 1_000_000 + 3_600_000 });
    nowMs += 3_600_000 - 10_001;
    await expect(auth()).resolves.toMatchObject({ token: 'MTQ0NjJkZmQ5OTM2NDE1ZTZjNGZmZjI3-1' });
    nowMs += 2;
    await expect(auth()).resolves.toMatchObject({ token: 'MTQ0NjJkZmQ5OTM2NDE1ZTZjNGZmZjI3-2' });
  });

  it('validates its options without echoing them', () => {
    expect(() => createOvhOAuth2Auth({ clientId: CLIENT_ID, clientSecret: '', tokenUrl: TOKEN_URL })).toThrow('createOvhOAuth2Auth: clientSecret is required');
  });
});
