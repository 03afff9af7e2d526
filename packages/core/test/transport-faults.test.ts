/**
 * Fault injection: the transport against msw-simulated and real (loopback) failures.
 * Delays are kept tiny with retryDelay { baseMs: 1, maxMs: 5 }; only the Retry-After tests wait ~1–2 s.
 */
import { inspect } from 'node:util';
import { delay, http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { AuthStrategy } from '../src/auth/auth-strategy.js';
import type { SendStreamingHttp, StreamingHttpRequest } from '../src/pipeline/http-message.js';
import { withHeaders } from '../src/pipeline/with-headers.js';
import { createTokenAuth } from '../src/auth/create-token-auth.js';
import { createServiceClient } from '../src/client/create-service-client.js';
import { unwrap } from '../src/client/unwrap.js';
import { RateLimitedError, UnauthorizedError } from '../src/errors/http-status-errors.js';
import { AbortError, ConnectionError, InvalidResponseError, TimeoutError } from '../src/errors/transport-errors.js';
import { createTransport, type TransportOptions } from '../src/transport/create-transport.js';
import type { RetryEvent } from '../src/transport/run-retry-loop.js';
import type { ComputeOperations } from './support/compute-paths.js';
import { readBody, startLoopbackServer, type LoopbackServer } from './support/loopback-server.js';

const fast: TransportOptions = { retryDelay: { baseMs: 1, maxMs: 5 } };
const API = 'https://api.test';

const TOKEN = 'tok-SUPER-SECRET-4242';
const PASSWORD = 'hunter2-PASSWORD';
const JWT = 'eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJzdHJhdHVzIn0.c2lnbmF0dXJlLWJ5dGVz';
const SECRETS = [TOKEN, PASSWORD, JWT];

/** Test strategy: signs each attempt with a counter + nonce, like OVH's timestamped signatures. */
function createCountingSignatureAuth(): AuthStrategy<{ nonce: string }> & { signed: string[] } {
  const signed: string[] = [];
  const authenticate = async () => ({ nonce: `${signed.length + 1}-${Math.random().toString(36).slice(2)}` });
  return Object.assign(authenticate, {
    signed,
    hook: async (request: StreamingHttpRequest, next: SendStreamingHttp) => {
      const { nonce } = await authenticate();
      const signature = `sig-${nonce}`;
      signed.push(signature);
      return next(withHeaders(request, { 'x-signature': signature }));
    },
  });
}

/** Every way an error can be rendered must be free of secrets. */
function expectNoSecrets(error: unknown): void {
  expect(error).toBeInstanceOf(Error);
  const renderings = [(error as Error).message, JSON.stringify(error), String(error), inspect(error, { depth: 10 }), (error as Error).stack ?? ''];
  for (const rendering of renderings) for (const secret of SECRETS) expect(rendering).not.toContain(secret);
}

const rejectionOf = (promise: Promise<unknown>) => promise.then(() => undefined, (error: unknown) => error);

describe('with msw', () => {
  const server = setupServer();
  beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
  afterEach(() => server.resetHandlers());
  afterAll(() => server.close());

  /** Registers a handler that answers attempt n with responders[n] (the last one repeats) and counts attempts. */
  function sequence(method: 'get' | 'post', path: string, ...responders: ((request: Request) => Response | Promise<Response>)[]) {
    const seen: { signature: string | null; body: string }[] = [];
    server.use(
      http[method](`${API}${path}`, async ({ request }) => {
        seen.push({ signature: request.headers.get('x-signature'), body: await request.clone().text() });
        const responder = responders[Math.min(seen.length - 1, responders.length - 1)];
        return responder!(request);
      }),
    );
    return seen;
  }
  const ok = () => HttpResponse.json({ ok: true });
  const status = (code: number, headers: Record<string, string> = {}) => () => new HttpResponse(null, { status: code, headers });
  const networkError = () => HttpResponse.error();

  describe('5xx', () => {
    it('a GET succeeds within the retry budget', async () => {
      const seen = sequence('get', '/r', status(500), status(503), ok);
      const response = await createTransport(fast)(`${API}/r`);
      expect(await response.json()).toEqual({ ok: true });
      expect(seen).toHaveLength(3);
    });

    it('gives the last 5xx back when the budget runs out', async () => {
      const seen = sequence('get', '/r', status(502));
      expect((await createTransport({ ...fast, maxRetries: 1 })(`${API}/r`)).status).toBe(502);
      expect(seen).toHaveLength(2);
    });

    it('a POST is sent once; twice only when opted in', async () => {
      const once = sequence('post', '/p', status(503), ok);
      expect((await createTransport(fast)(`${API}/p`, { method: 'POST', body: '{}' })).status).toBe(503);
      expect(once).toHaveLength(1);

      const optedIn = sequence('post', '/p', status(503), ok);
      expect((await createTransport({ ...fast, retryNonIdempotent: true })(`${API}/p`, { method: 'POST', body: '{}' })).status).toBe(200);
      expect(optedIn).toHaveLength(2);
    });
  });

  describe('429 with Retry-After', () => {
    it('waits the delta-seconds the server asked for', async () => {
      const seen = sequence('get', '/rl', status(429, { 'retry-after': '1' }), ok);
      const events: RetryEvent[] = [];
      const response = await createTransport({ ...fast, onRetry: (e) => events.push(e) })(`${API}/rl`);
      expect(response.status).toBe(200);
      expect(seen).toHaveLength(2);
      expect(events).toEqual([{ attempt: 1, delayMs: 1000, reason: 'HTTP 429', method: 'GET', url: `${API}/rl` }]);
    });

    it('waits until an HTTP-date', async () => {
      // The next whole second at least 1 s away (HTTP dates have 1 s resolution).
      const retryAt = new Date(Math.ceil((Date.now() + 1000) / 1000) * 1000).toUTCString();
      const seen = sequence('get', '/rl', status(429, { 'retry-after': retryAt }), ok);
      const events: RetryEvent[] = [];
      expect((await createTransport({ ...fast, onRetry: (e) => events.push(e) })(`${API}/rl`)).status).toBe(200);
      expect(seen).toHaveLength(2);
      expect(events[0]?.delayMs).toBeGreaterThan(500); // far above the 5 ms backoff: the date was honoured
      expect(events[0]?.delayMs).toBeLessThanOrEqual(2000);
    });

    it('retries at once for a date in the past', async () => {
      sequence('get', '/rl', status(429, { 'retry-after': 'Thu, 01 Jan 2015 00:00:00 GMT' }), ok);
      const events: RetryEvent[] = [];
      await createTransport({ ...fast, onRetry: (e) => events.push(e) })(`${API}/rl`);
      expect(events[0]?.delayMs).toBe(0);
    });

    it('surfaces RateLimitedError with retryAfterMs once retries are exhausted', async () => {
      sequence('get', '/servers/{server_id}'.replace('{server_id}', 'x'), status(429, { 'retry-after': '0' }));
      const client = createServiceClient<ComputeOperations>({ baseUrl: API, token: TOKEN, ...fast }, { provider: 'p', auth: { headerName: 'X-Auth-Token' } });
      const error = await rejectionOf(unwrap(client.GET('/servers/{server_id}', { params: { path: { server_id: 'x' } } })));
      expect(error).toBeInstanceOf(RateLimitedError);
      expect((error as RateLimitedError).retryAfterMs).toBe(0);
      expectNoSecrets(error);
    });
  });

  describe('connection reset (HttpResponse.error)', () => {
    it('a GET succeeds within the retry budget', async () => {
      const seen = sequence('get', '/c', networkError, networkError, ok);
      expect((await createTransport(fast)(`${API}/c`)).status).toBe(200);
      expect(seen).toHaveLength(3);
    });

    it('throws ConnectionError with the original cause after the budget', async () => {
      const seen = sequence('get', '/c', networkError);
      const error = await rejectionOf(createTransport(fast)(`${API}/c`));
      expect(error).toBeInstanceOf(ConnectionError);
      expect((error as ConnectionError).cause).toBeInstanceOf(TypeError);
      expect(seen).toHaveLength(3);
    });

    it('never sends a POST twice unless opted in', async () => {
      const plain = sequence('post', '/c', networkError, ok);
      await expect(createTransport(fast)(`${API}/c`, { method: 'POST', body: 'create' })).rejects.toBeInstanceOf(ConnectionError);
      expect(plain).toHaveLength(1);

      const keyed = sequence('post', '/c', networkError, ok);
      const response = await createTransport(fast)(`${API}/c`, { method: 'POST', body: 'create', headers: { 'Idempotency-Key': 'abc' } });
      expect(response.status).toBe(200);
      expect(keyed.map((s) => s.body)).toEqual(['create', 'create']);
    });
  });

  describe('per-attempt timeout', () => {
    const hang = async () => {
      await delay('infinite');
      return ok();
    };

    // The attempt that must succeed gets a budget no loaded machine exhausts on loopback; only the
    // hanging one (which never answers) runs into it, so the test does not depend on how fast this machine is.
    it('a GET that hangs once succeeds on the next attempt', async () => {
      const seen = sequence('get', '/t', hang, ok);
      expect((await createTransport({ ...fast, timeoutMs: 2_000 })(`${API}/t`)).status).toBe(200);
      expect(seen).toHaveLength(2);
    });

    it('throws TimeoutError after the budget', async () => {
      const seen = sequence('get', '/t', hang);
      const error = await rejectionOf(createTransport({ ...fast, timeoutMs: 30 })(`${API}/t`));
      expect(error).toBeInstanceOf(TimeoutError);
      expect(seen).toHaveLength(3);
    });

    it('a timed-out POST is not sent again', async () => {
      const seen = sequence('post', '/t', hang, ok);
      await expect(createTransport({ ...fast, timeoutMs: 30 })(`${API}/t`, { method: 'POST', body: '{}' })).rejects.toBeInstanceOf(TimeoutError);
      expect(seen).toHaveLength(1);
    });
  });

  describe('invalid JSON body', () => {
    const truncated = () => new HttpResponse('{"servers": [{"id": "a"', { headers: { 'content-type': 'application/json' } });

    it('a GET is retried and succeeds', async () => {
      const seen = sequence('get', '/j', truncated, ok);
      const response = await createTransport(fast)(`${API}/j`);
      expect(await response.json()).toEqual({ ok: true });
      expect(seen).toHaveLength(2);
    });

    it('a POST fails with InvalidResponseError without being resent', async () => {
      const seen = sequence('post', '/j', truncated, ok);
      const error = await rejectionOf(createTransport(fast)(`${API}/j`, { method: 'POST', body: '{}' }));
      expect(error).toBeInstanceOf(InvalidResponseError);
      expect((error as InvalidResponseError).status).toBe(200);
      expect(seen).toHaveLength(1);
    });
  });

  describe('signing', () => {
    it('every attempt carries a fresh signature', async () => {
      const seen = sequence('get', '/s', status(503), networkError, ok);
      const auth = createCountingSignatureAuth();
      expect((await createTransport({ ...fast, auth })(`${API}/s`)).status).toBe(200);
      const signatures = seen.map((s) => s.signature);
      expect(signatures).toHaveLength(3);
      expect(new Set(signatures).size).toBe(3);
      expect(signatures).toEqual(auth.signed.slice(0, 2).concat(auth.signed[2] ?? []));
    });

    it('also for an idempotency-keyed POST, whose body is resent each time', async () => {
      const seen = sequence('post', '/s', networkError, ok);
      const auth = createCountingSignatureAuth();
      await createTransport({ ...fast, auth })(`${API}/s`, { method: 'POST', body: '{"a":1}', headers: { 'Idempotency-Key': 'k' } });
      expect(seen.map((s) => s.body)).toEqual(['{"a":1}', '{"a":1}']);
      expect(seen[0]?.signature).not.toBe(seen[1]?.signature);
    });

    it('a rotating token is fetched again for each attempt', async () => {
      const seenTokens: (string | null)[] = [];
      server.use(
        http.get(`${API}/rot`, ({ request }) => {
          seenTokens.push(request.headers.get('authorization'));
          return seenTokens.length === 1 ? new HttpResponse(null, { status: 503 }) : ok();
        }),
      );
      let generation = 0;
      await createTransport({ ...fast, auth: createTokenAuth({ token: () => `t${++generation}`, scheme: 'Bearer' }) })(`${API}/rot`);
      expect(seenTokens).toEqual(['Bearer t1', 'Bearer t2']);
    });
  });

  describe('caller abort', () => {
    it('stops an in-flight attempt immediately and does not retry', async () => {
      const controller = new AbortController();
      let arrived!: () => void;
      const requestArrived = new Promise<void>((resolve) => (arrived = resolve));
      const seen = sequence('get', '/a', async () => {
        arrived();
        await delay('infinite');
        return ok();
      });
      const pending = rejectionOf(createTransport(fast)(`${API}/a`, { signal: controller.signal }));
      await requestArrived;
      controller.abort(new Error('user pressed ctrl-c'));
      const error = await pending;
      expect(error).toBeInstanceOf(AbortError);
      expect((error as AbortError).cause).toEqual(new Error('user pressed ctrl-c'));
      expect(seen).toHaveLength(1);
    });

    it('interrupts the backoff pause (a 30 s Retry-After would time the test out otherwise)', async () => {
      const controller = new AbortController();
      const seen = sequence('get', '/a', status(503, { 'retry-after': '30' }), ok);
      const error = await rejectionOf(createTransport({ ...fast, onRetry: () => controller.abort() })(`${API}/a`, { signal: controller.signal }));
      expect(error).toBeInstanceOf(AbortError);
      expect(seen).toHaveLength(1);
    });

    it('sends nothing when the signal is already aborted', async () => {
      const seen = sequence('get', '/a', ok);
      await expect(createTransport(fast)(`${API}/a`, { signal: AbortSignal.abort() })).rejects.toBeInstanceOf(AbortError);
      expect(seen).toHaveLength(0);
    });
  });

  describe('secrets never leak into errors', () => {
    const compute = { provider: 'openstack-compute', auth: { headerName: 'X-Auth-Token' } };

    it('ApiError from a 401 echoing the password, a JWT and the token', async () => {
      server.use(
        http.post(`${API}/servers`, async ({ request }) =>
          HttpResponse.json(
            {
              error: {
                message: `Authentication failed for ${await request.text()} using token ${JWT} and Bearer ${TOKEN}`,
                code: 401,
                title: 'Unauthorized',
              },
              password: PASSWORD,
            },
            { status: 401, headers: { 'x-subject-token': JWT, 'set-cookie': `session=${TOKEN}`, 'www-authenticate': `Bearer ${TOKEN}` } },
          ),
        ),
      );
      const client = createServiceClient<ComputeOperations>({ baseUrl: API, token: TOKEN, ...fast }, compute);
      const error = await rejectionOf(unwrap(client.POST('/servers', { body: { server: { name: 'web', adminPass: PASSWORD } } })));
      expect(error).toBeInstanceOf(UnauthorizedError);
      expect((error as UnauthorizedError).bodyExcerpt).toContain('[REDACTED]');
      expectNoSecrets(error);
    });

    it('transport errors for URLs and bodies carrying secrets', async () => {
      server.use(
        http.get(`${API}/leaky`, () => HttpResponse.error()),
        http.get(`${API}/leaky-json`, () => new HttpResponse(`{"access_token": "${TOKEN}", "jwt": "${JWT}", "password": "${PASSWORD}"`, { headers: { 'content-type': 'application/json' } })),
        http.get(`${API}/leaky-hang`, async () => {
          await delay('infinite');
          return ok();
        }),
      );
      const transport = createTransport({ ...fast, maxRetries: 0, timeoutMs: 30, auth: createTokenAuth({ token: TOKEN }) });
      const query = `?token=${TOKEN}&jwt=${JWT}&password=${PASSWORD}`;
      const errors = await Promise.all([
        rejectionOf(transport(`${API}/leaky${query}`)),
        rejectionOf(transport(`${API}/leaky-json${query}`)),
        rejectionOf(transport(`${API}/leaky-hang${query}`)),
        rejectionOf(transport(`${API}/leaky${query}`, { signal: AbortSignal.abort(new Error(`abandoning session ${JWT}`)) })),
      ]);
      expect(errors.map((e) => (e as Error).constructor)).toEqual([ConnectionError, InvalidResponseError, TimeoutError, AbortError]);
      for (const error of errors) expectNoSecrets(error);
    });
  });
});

describe('with a real loopback server', () => {
  let server: LoopbackServer;
  const attempts = new Map<string, number>();
  const signatures: string[] = [];

  beforeAll(async () => {
    server = await startLoopbackServer((request, response) => {
      const path = request.url ?? '/';
      const attempt = (attempts.get(path) ?? 0) + 1;
      attempts.set(path, attempt);
      signatures.push(String(request.headers['x-signature']));
      void readBody(request).then(() => {
        if (path.startsWith('/reset') && attempt === 1) {
          request.socket.destroy(); // ECONNRESET / "other side closed" for the client
        } else if (path.startsWith('/always-reset')) {
          request.socket.destroy();
        } else if (path.startsWith('/truncated') && (attempt === 1 || path.includes('always'))) {
          response.writeHead(200, { 'content-type': 'application/json', 'content-length': '100' });
          response.write('{"servers": [{"id":');
          setTimeout(() => request.socket.destroy(), 5);
        } else if (path.startsWith('/hang') && attempt === 1) {
          // never answer
        } else {
          response.writeHead(200, { 'content-type': 'application/json' });
          response.end(JSON.stringify({ ok: true, attempt }));
        }
      });
    });
  });
  afterEach(() => {
    attempts.clear();
    signatures.length = 0;
  });
  afterAll(() => server.close());

  it('a GET survives a destroyed socket, re-signed', async () => {
    const response = await createTransport({ ...fast, auth: createCountingSignatureAuth() })(`${server.url}/reset`);
    expect(await response.json()).toEqual({ ok: true, attempt: 2 });
    expect(attempts.get('/reset')).toBe(2);
    expect(new Set(signatures).size).toBe(2);
  });

  it('a POST hit by a destroyed socket is not resent', async () => {
    const error = await rejectionOf(createTransport(fast)(`${server.url}/reset-post`, { method: 'POST', body: JSON.stringify({ password: PASSWORD }) }));
    expect(error).toBeInstanceOf(ConnectionError);
    expect(attempts.get('/reset-post')).toBe(1);
    expectNoSecrets(error);
  });

  it('a GET whose connection keeps dying ends in ConnectionError after 3 attempts', async () => {
    const error = await rejectionOf(createTransport(fast)(`${server.url}/always-reset`));
    expect(error).toBeInstanceOf(ConnectionError);
    expect((error as ConnectionError).cause).toBeInstanceOf(Error);
    expect(attempts.get('/always-reset')).toBe(3);
  });

  it('a JSON body cut off mid-stream is retried for a GET', async () => {
    const response = await createTransport(fast)(`${server.url}/truncated`);
    expect(await response.json()).toEqual({ ok: true, attempt: 2 });
    expect(attempts.get('/truncated')).toBe(2);
  });

  it('a JSON body that is always cut off ends in ConnectionError', async () => {
    const error = await rejectionOf(createTransport({ ...fast, maxRetries: 1 })(`${server.url}/truncated-always`));
    expect(error).toBeInstanceOf(ConnectionError);
    expect(attempts.get('/truncated-always')).toBe(2);
  });

  it('a hanging attempt times out and the next one succeeds', async () => {
    // A budget the answering attempt cannot exhaust on a loaded machine; the hanging one never answers.
    const response = await createTransport({ ...fast, timeoutMs: 2_000 })(`${server.url}/hang`);
    expect(await response.json()).toEqual({ ok: true, attempt: 2 });
  });
});
