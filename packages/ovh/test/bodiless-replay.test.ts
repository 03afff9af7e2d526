/**
 * Retried requests are signed afresh on every attempt, over the exact body re-sent, with exactly the
 * right headers (and no credentials on unsigned calls).
 */
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { STRATUS_VERSION } from '@stratus/core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createOvhClient } from '../src/client/create-ovh-client.js';
import { createOvhFetchClient } from '../src/fetch-client/index.js';
import { signOvhRequest } from '../src/signing/sign-ovh-request.js';

const base = 'https://eu.api.ovh.com';
const CREDENTIALS = { applicationKey: 'ak-test', applicationSecret: 'as-test', consumerKey: 'ck-test' };
type Seen = { method: string; url: string; headers: Record<string, string>; body: string };
let seen: Seen[] = [];
let attempts = 0;

const server = setupServer(
  http.get(`${base}/1.0/auth/time`, () => HttpResponse.json(Math.floor(Date.now() / 1000))),
  http.all(`${base}/1.0/flaky/*`, async ({ request }) => {
    seen.push({ method: request.method, url: request.url, headers: Object.fromEntries(request.headers), body: await request.text() });
    return ++attempts === 1 ? HttpResponse.json({ message: 'Service temporarily unavailable' }, { status: 503 }) : HttpResponse.json({ attempt: attempts });
  }),
);
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  seen = [];
  attempts = 0;
});
afterAll(() => server.close());

const signedClient = (options = {}) => createOvhClient({ ...CREDENTIALS, retryDelay: { baseMs: 1, maxMs: 2 }, ...options });

async function expectValidSignature(attempt: Seen) {
  const timestamp = Number(attempt.headers['x-ovh-timestamp']);
  const expected = await signOvhRequest({ applicationSecret: CREDENTIALS.applicationSecret, consumerKey: CREDENTIALS.consumerKey, method: attempt.method, url: attempt.url, body: attempt.body, timestamp });
  expect(attempt.headers['x-ovh-signature']).toBe(expected);
}

describe('re-sent body-less requests', () => {
  it('signs a GET retried after a 503 afresh, with the right headers on every attempt', async () => {
    await expect(signedClient({ headers: { 'X-Custom': 'c' } }).get('/flaky/me', { q: 1 })).resolves.toEqual({ attempt: 2 });
    expect(seen).toHaveLength(2);
    for (const attempt of seen) {
      expect(attempt).toMatchObject({ method: 'GET', url: `${base}/1.0/flaky/me?q=1`, body: '' });
      expect(attempt.headers).toMatchObject({
        accept: 'application/json',
        'user-agent': `stratus/${STRATUS_VERSION}`,
        'x-custom': 'c',
        'x-ovh-application': CREDENTIALS.applicationKey,
        'x-ovh-consumer': CREDENTIALS.consumerKey,
      });
      await expectValidSignature(attempt);
    }
  });

  it('keeps an unsigned GET unsigned on the retry', async () => {
    await expect(signedClient().get('/flaky/public', undefined, { needAuth: false })).resolves.toEqual({ attempt: 2 });
    expect(seen).toHaveLength(2);
    for (const attempt of seen) {
      expect(Object.keys(attempt.headers).filter((name) => name.startsWith('x-'))).toEqual(['x-ovh-application']);
    }
  });

  it('re-sends and re-signs the same body bytes when a POST is retried with retryNonIdempotent', async () => {
    await expect(signedClient({ retryNonIdempotent: true }).post('/flaky/things', { name: 'café ☕', n: 1 })).resolves.toEqual({ attempt: 2 });
    expect(seen).toHaveLength(2);
    // python-ovh's bytes: json.dumps escapes non-ASCII.
    expect(seen.map((s) => s.body)).toEqual(['{"name":"caf\\u00e9 \\u2615","n":1}', '{"name":"caf\\u00e9 \\u2615","n":1}']);
    for (const attempt of seen) {
      expect(attempt.headers['content-type']).toBe('application/json');
      await expectValidSignature(attempt);
    }
  });

  it('does the same through createOvhFetchClient (openapi-fetch requests)', async () => {
    const api = { name: 'flaky', unauthenticated: [] } as never;
    const result = await createOvhFetchClient(signedClient(), api).GET('/flaky/me' as never, {} as never);
    expect(result.data).toEqual({ attempt: 2 });
    expect(seen).toHaveLength(2);
    for (const attempt of seen) await expectValidSignature(attempt);
  });
});
