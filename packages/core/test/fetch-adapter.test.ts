/**
 * The fetch adapter (createTransport): a `Request` or `(url, init)` becomes one plain-object message
 * that every attempt re-sends (no clone per attempt), the caller's Request is never changed, and JSON
 * bodies are parsed once.
 */
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { AuthStrategy } from '../src/auth/auth-strategy.js';
import { createTokenAuth } from '../src/auth/create-token-auth.js';
import { AbortError, TimeoutError } from '../src/errors/transport-errors.js';
import * as internal from '../src/internal.js';
import { createTransport } from '../src/transport/create-transport.js';
import type { SendStreamingHttp, StreamingHttpRequest } from '../src/pipeline/http-message.js';
import { getParsedJson } from '../src/pipeline/parsed-json.js';
import { withHeaders } from '../src/pipeline/with-headers.js';
import { STRATUS_VERSION } from '../src/version.js';

const fast = { retryDelay: { baseMs: 1, maxMs: 2 } };
type Seen = { method: string; headers: Record<string, string>; body: string | null };
let seen: Seen[] = [];
let attempts = 0;

const server = setupServer(
  // 503 on the first attempt, then echoes; records what each attempt carried.
  http.all('https://api.test/flaky', async ({ request }) => {
    seen.push({ method: request.method, headers: Object.fromEntries(request.headers), body: request.body ? await request.text() : null });
    return ++attempts === 1 ? new HttpResponse('down', { status: 503 }) : HttpResponse.json({ attempt: attempts });
  }),
  http.get('https://api.test/hang', () => new Promise<never>(() => {})),
);
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  seen = [];
  attempts = 0;
});
afterAll(() => server.close());

/** Signs each attempt with a fresh nonce, and records the request objects. */
function nonceAuth(): AuthStrategy & { requests: StreamingHttpRequest[] } {
  const requests: StreamingHttpRequest[] = [];
  let counter = 0;
  return Object.assign(async () => ({}), {
    requests,
    hook: (request: StreamingHttpRequest, next: SendStreamingHttp) => {
      requests.push(request);
      return next(withHeaders(request, { 'x-signature': `sig-${++counter}` }));
    },
  });
}

describe('getParsedJson', () => {
  const run = (response: Response, method = 'GET') => createTransport({ maxRetries: 0, fetch: async () => response })('https://h/', { method });

  it('is exported from the internal entry', () => {
    expect(internal.getParsedJson).toBe(getParsedJson);
  });

  it('keeps the value the json policy parsed, and the body stays readable', async () => {
    const response = await run(Response.json({ a: [1, 2] }));
    expect(getParsedJson(response)).toEqual({ value: { a: [1, 2] } });
    expect(await response.json()).toEqual({ a: [1, 2] });
  });

  it('gives { value: undefined } for an empty JSON body and undefined when nothing was parsed', async () => {
    expect(getParsedJson(await run(new Response('  ', { headers: { 'content-type': 'application/json' } })))).toEqual({ value: undefined });
    expect(getParsedJson(await run(Response.json({ error: 'x' }, { status: 500 })))).toBeUndefined();
    expect(getParsedJson(await run(new Response('text')))).toBeUndefined();
    expect(getParsedJson(await run(Response.json({ a: 1 }), 'HEAD'))).toBeUndefined();
    expect(getParsedJson(Response.json({ a: 1 }))).toBeUndefined();
  });
});

describe('createTransport re-sends one message per call', () => {
  it('re-sends a body-less GET after a 503 with a fresh signature and the right headers', async () => {
    const auth = nonceAuth();
    const response = await createTransport({ ...fast, auth })('https://api.test/flaky', { headers: { 'x-custom': 'c' } });
    expect(await response.json()).toEqual({ attempt: 2 });
    expect(getParsedJson(response)).toEqual({ value: { attempt: 2 } });
    expect(seen.map((s) => s.headers['x-signature'])).toEqual(['sig-1', 'sig-2']);
    for (const attempt of seen) {
      expect(attempt).toMatchObject({ method: 'GET', body: null });
      expect(attempt.headers).toMatchObject({ 'user-agent': `stratus/${STRATUS_VERSION}`, 'x-custom': 'c' });
    }
    // The same message went through both attempts: no clone, no copy.
    expect(auth.requests).toHaveLength(2);
    expect(auth.requests[0]).toBe(auth.requests[1]);
  });

  it("never mutates the caller's own Request", async () => {
    const auth = nonceAuth();
    const original = new Request('https://api.test/flaky', { headers: { 'x-custom': 'c' } });
    await createTransport({ ...fast, auth })(original);
    expect(seen.map((s) => s.headers['x-signature'])).toEqual(['sig-1', 'sig-2']);
    expect(seen[1]?.headers['user-agent']).toBe(`stratus/${STRATUS_VERSION}`);
    expect(Object.fromEntries(original.headers)).toEqual({ 'x-custom': 'c' });
  });

  it('re-sends the same body bytes when a POST is retried with retryNonIdempotent', async () => {
    const body = JSON.stringify({ name: 'café ☕', n: 1 });
    const auth = createTokenAuth({ token: 'tok', scheme: 'Bearer' });
    const response = await createTransport({ ...fast, auth, retryNonIdempotent: true })('https://api.test/flaky', {
      method: 'POST',
      body,
      headers: { 'content-type': 'application/json' },
    });
    expect(response.status).toBe(200);
    expect(seen.map((s) => s.body)).toEqual([body, body]);
    for (const attempt of seen) expect(attempt.headers).toMatchObject({ authorization: 'Bearer tok', 'content-type': 'application/json' });
  });

  it('still times out an attempt and honours a caller abort, with and without a caller signal', async () => {
    await expect(createTransport({ ...fast, maxRetries: 0, timeoutMs: 30 })('https://api.test/hang')).rejects.toBeInstanceOf(TimeoutError);
    const controller = new AbortController();
    const pending = createTransport({ ...fast, timeoutMs: 60_000 })('https://api.test/hang', { signal: controller.signal });
    setTimeout(() => controller.abort(new Error('stop')), 10);
    await expect(pending).rejects.toBeInstanceOf(AbortError);
    const viaRequest = new AbortController();
    const fromRequest = createTransport({ ...fast, maxRetries: 0, timeoutMs: 30 })(new Request('https://api.test/hang', { signal: viaRequest.signal }));
    await expect(fromRequest).rejects.toBeInstanceOf(TimeoutError);
  });

  it('gives a custom fetch a Request that carries the attempt signal', async () => {
    let signal: AbortSignal | undefined;
    const hanging = (request: Request) => {
      signal = request.signal;
      return new Promise<Response>((_resolve, reject) => request.signal.addEventListener('abort', () => reject(request.signal.reason)));
    };
    await expect(createTransport({ fetch: hanging, maxRetries: 0, timeoutMs: 20 })('https://x.test/')).rejects.toBeInstanceOf(TimeoutError);
    expect(signal?.aborted).toBe(true);
  });
});
