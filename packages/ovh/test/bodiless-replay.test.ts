/**
 * Body-less requests are re-sent as is by the transport (no clone per attempt) and signed in place:
 * every attempt must still carry a fresh, valid signature and exactly the right headers.
 */
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { jsonBodyPolicy, STRATUS_VERSION } from '@stratus/core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { takeUnsignedMarker, UNSIGNED_MARKER_HEADER } from '../src/auth/need-auth-marker.js';
import { toReplayableRequest } from '../src/auth/replayable-request.js';
import { createOvhClient } from '../src/client/create-ovh-client.js';
import { createOvhFetchClient } from '../src/fetch-client/index.js';
import { parseOvhResponse } from '../src/client/parse-ovh-response.js';
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
      expect(attempt.headers[UNSIGNED_MARKER_HEADER]).toBeUndefined();
      await expectValidSignature(attempt);
    }
  });

  it('keeps an unsigned GET unsigned on the retry, without leaking the marker', async () => {
    await expect(signedClient().get('/flaky/public', undefined, { needAuth: false })).resolves.toEqual({ attempt: 2 });
    expect(seen).toHaveLength(2);
    for (const attempt of seen) {
      expect(attempt.headers['x-ovh-application']).toBe(CREDENTIALS.applicationKey);
      expect(attempt.headers['x-ovh-signature']).toBeUndefined();
      expect(attempt.headers['x-ovh-consumer']).toBeUndefined();
      expect(attempt.headers[UNSIGNED_MARKER_HEADER]).toBeUndefined();
    }
  });

  it('re-sends and re-signs the same body bytes when a POST is retried with retryNonIdempotent', async () => {
    await expect(signedClient({ retryNonIdempotent: true }).post('/flaky/things', { name: 'café ☕', n: 1 })).resolves.toEqual({ attempt: 2 });
    expect(seen).toHaveLength(2);
    expect(seen.map((s) => s.body)).toEqual(['{"name":"café ☕","n":1}', '{"name":"café ☕","n":1}']);
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

describe('helpers', () => {
  it("takeUnsignedMarker leaves a caller's request untouched and remembers the decision", () => {
    const original = new Request(`${base}/1.0/x`, { headers: { [UNSIGNED_MARKER_HEADER]: '1', a: 'b' } });
    const { request, needAuth } = takeUnsignedMarker(original);
    expect(needAuth).toBe(false);
    expect(request).not.toBe(original);
    expect(request.headers.has(UNSIGNED_MARKER_HEADER)).toBe(false);
    expect(request.headers.get('a')).toBe('b');
    expect(original.headers.has(UNSIGNED_MARKER_HEADER)).toBe(true);
    expect(takeUnsignedMarker(request)).toEqual({ request, needAuth: false });
    expect(takeUnsignedMarker(new Request(`${base}/1.0/x`)).needAuth).toBe(true);
  });

  it('toReplayableRequest does not read a GET and keeps the body of a POST replayable', async () => {
    const get = new Request(`${base}/1.0/x`, { headers: { a: 'b' } });
    const replayableGet = await toReplayableRequest(get);
    expect(replayableGet.body).toEqual(new Uint8Array(0));
    const built = replayableGet.build({ c: 'd' });
    expect(Object.fromEntries(built.headers)).toEqual({ a: 'b', c: 'd' });
    expect(Object.fromEntries(get.headers)).toEqual({ a: 'b' });

    const post = await toReplayableRequest(new Request(`${base}/1.0/x`, { method: 'POST', body: 'payload' }));
    expect(await post.build({ x: '1' }).text()).toBe('payload');
    expect(await post.build({ x: '2' }).text()).toBe('payload');
    const emptyDelete = await toReplayableRequest(new Request(`${base}/1.0/x`, { method: 'DELETE' }));
    expect(emptyDelete.body).toEqual(new Uint8Array(0));
  });

  it("parseOvhResponse reuses the transport's parsed JSON instead of parsing again", async () => {
    const response = await jsonBodyPolicy()(new Request(`${base}/1.0/x`), async () => Response.json({ a: { b: 1 } }));
    const first = await parseOvhResponse(response, { method: 'GET', url: `${base}/1.0/x` });
    expect(first).toEqual({ a: { b: 1 } });
    // Same object as the one the policy parsed: not a second JSON.parse.
    expect(await parseOvhResponse(response, { method: 'GET', url: `${base}/1.0/x` })).toBe(first);
    expect(await parseOvhResponse(Response.json([1]), { method: 'GET', url: `${base}/1.0/x` })).toEqual([1]);
  });
});
