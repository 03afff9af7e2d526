import { describe, expect, it } from 'vitest';
import { AbortError, ConnectionError, InvalidResponseError, TimeoutError } from '../src/errors/transport-errors.js';
import type { HttpRequest, HttpResponse } from '../src/pipeline/http-message.js';
import { retryPolicy as createRetryPolicy, type RetryPolicyOptions } from '../src/pipeline/retry-policy.js';
import { MAX_RETRY_AFTER_MS, type RetryEvent } from '../src/transport/run-retry-loop.js';

const fast = { baseMs: 1, maxMs: 5 };
const url = 'https://api.test/things?token=secret-tok';

const retryPolicy = (options?: RetryPolicyOptions) => {
  const policy = createRetryPolicy<HttpRequest<unknown>, HttpResponse<unknown>>(options);
  return (request: HttpRequest<unknown>, next: (request: HttpRequest<unknown>) => Promise<HttpResponse<unknown>>) => policy.send(request, next);
};
const req = (init: { method?: string; body?: unknown; headers?: Record<string, string>; signal?: AbortSignal } = {}): HttpRequest<unknown> => ({
  method: init.method ?? 'GET',
  url,
  headers: init.headers ?? {},
  body: init.body,
  signal: init.signal,
});
const res = (status: number, headers: Record<string, string> = {}, body: unknown = ''): HttpResponse<unknown> => ({ status, statusText: '', headers: new Headers(headers), body });

/** A downstream that replays the given outcomes in order and records what it was sent. */
function scripted(...outcomes: (number | Error)[]) {
  const seen: { request: HttpRequest<unknown>; body: unknown }[] = [];
  const next = async (request: HttpRequest<unknown>) => {
    seen.push({ request, body: request.body });
    const outcome = outcomes[Math.min(seen.length - 1, outcomes.length - 1)];
    if (outcome instanceof Error) throw outcome;
    return res(outcome!, {}, `attempt ${seen.length}`);
  };
  return { next, seen };
}

const connectionError = () => new ConnectionError({ method: 'GET', url, cause: new TypeError('fetch failed') });

describe('retryPolicy', () => {
  it('is the named `retry` step', () => {
    expect(createRetryPolicy().name).toBe('retry');
  });

  it('sends a ReadableStream body once, whatever the method and budget, and cancels a dropped streamed answer', async () => {
    const { next, seen } = scripted(503, 200);
    const upload = new ReadableStream<Uint8Array>();
    const response = await retryPolicy({ retryDelay: fast, retryNonIdempotent: true })(req({ method: 'PUT', body: upload }), next);
    expect(response.status).toBe(503);
    expect(seen).toHaveLength(1);

    let cancelled = false;
    const download = new ReadableStream<Uint8Array>({ cancel: () => void (cancelled = true) });
    let attempts = 0;
    const streamed = await retryPolicy({ retryDelay: fast })(req(), async () => (++attempts === 1 ? res(503, {}, download) : res(200)));
    expect(streamed.status).toBe(200);
    expect(cancelled).toBe(true);
  });

  it('retries a retryable status and returns the eventual success, reporting each retry', async () => {
    const { next, seen } = scripted(503, 502, 200);
    const events: RetryEvent[] = [];
    const response = await retryPolicy({ retryDelay: fast, onRetry: (e) => events.push(e) })(req(), next);
    expect(response.status).toBe(200);
    expect(response.body).toBe('attempt 3');
    expect(seen).toHaveLength(3);
    expect(events.map((e) => [e.attempt, e.reason, e.method])).toEqual([
      [1, 'HTTP 503', 'GET'],
      [2, 'HTTP 502', 'GET'],
    ]);
    expect(events[0]?.url).toBe('https://api.test/things?token=[REDACTED]');
    for (const e of events) expect(e.delayMs).toBeLessThanOrEqual(5);
  });

  it('returns the last response when the budget is exhausted', async () => {
    const { next, seen } = scripted(500);
    const response = await retryPolicy({ maxRetries: 2, retryDelay: fast })(req(), next);
    expect(response.status).toBe(500);
    expect(response.body).toBe('attempt 3');
    expect(seen).toHaveLength(3);
  });

  it('honours maxRetries: 0', async () => {
    const { next, seen } = scripted(503);
    expect((await retryPolicy({ maxRetries: 0 })(req(), next)).status).toBe(503);
    expect(seen).toHaveLength(1);
  });

  it('does not retry other statuses', async () => {
    const { next, seen } = scripted(404, 200);
    expect((await retryPolicy({ retryDelay: fast })(req(), next)).status).toBe(404);
    expect(seen).toHaveLength(1);
  });

  it('never replays a POST by default, even on a retryable status or network error', async () => {
    const status = scripted(503, 200);
    expect((await retryPolicy({ retryDelay: fast })(req({ method: 'POST', body: 'x' }), status.next)).status).toBe(503);
    expect(status.seen).toHaveLength(1);

    const network = scripted(connectionError(), 200);
    await expect(retryPolicy({ retryDelay: fast })(req({ method: 'POST', body: 'x' }), network.next)).rejects.toBeInstanceOf(ConnectionError);
    expect(network.seen).toHaveLength(1);
  });

  it('replays a POST with retryNonIdempotent or an Idempotency-Key, resending the body each time', async () => {
    const optedIn = scripted(503, 200);
    await retryPolicy({ retryDelay: fast, retryNonIdempotent: true })(req({ method: 'POST', body: '{"n":1}' }), optedIn.next);
    expect(optedIn.seen.map((s) => s.body)).toEqual(['{"n":1}', '{"n":1}']);

    const keyed = scripted(connectionError(), 201);
    const response = await retryPolicy({ retryDelay: fast })(
      req({ method: 'POST', body: 'payload', headers: { 'Idempotency-Key': 'k-1' } }),
      keyed.next,
    );
    expect(response.status).toBe(201);
    expect(keyed.seen.map((s) => s.body)).toEqual(['payload', 'payload']);
  });

  it('retries transient errors and rethrows the last one after the budget', async () => {
    const timeouts = scripted(new TimeoutError({ method: 'GET', url, timeoutMs: 1 }));
    await expect(retryPolicy({ retryDelay: fast })(req(), timeouts.next)).rejects.toBeInstanceOf(TimeoutError);
    expect(timeouts.seen).toHaveLength(3);

    const invalid = scripted(new InvalidResponseError({ method: 'GET', url, status: 200, contentType: 'application/json', body: '{' }), 200);
    expect((await retryPolicy({ retryDelay: fast })(req(), invalid.next)).status).toBe(200);
    expect(invalid.seen).toHaveLength(2);
  });

  it('does not retry other errors (e.g. a failing token getter)', async () => {
    const failure = new Error('vault unavailable');
    const { next, seen } = scripted(failure, 200);
    await expect(retryPolicy({ retryDelay: fast })(req(), next)).rejects.toBe(failure);
    expect(seen).toHaveLength(1);
  });

  it('waits Retry-After instead of backing off, capped at 60 s', async () => {
    const delays: number[] = [];
    const { next } = scripted(429, 200);
    const rateLimitedOnce = async (request: HttpRequest<unknown>) => {
      const response = await next(request);
      return response.status === 429 ? res(429, { 'retry-after': '0' }) : response;
    };
    // The backoff would be ≥ 5 s here, so a 0 delay can only come from Retry-After.
    const response = await retryPolicy({ retryDelay: { baseMs: 10_000, maxMs: 10_000 }, onRetry: (e) => delays.push(e.delayMs) })(
      req(),
      rateLimitedOnce,
    );
    expect(response.status).toBe(200);
    expect(delays).toEqual([0]);

    const controller = new AbortController();
    const capped: number[] = [];
    const pending = retryPolicy({
      onRetry: (e) => {
        capped.push(e.delayMs);
        controller.abort();
      },
    })(req({ signal: controller.signal }), async () => res(503, { 'retry-after': '3600' }));
    await expect(pending).rejects.toBeInstanceOf(AbortError);
    expect(capped).toEqual([MAX_RETRY_AFTER_MS]);
  });

  it('stops immediately when the caller aborts during the backoff pause', async () => {
    const controller = new AbortController();
    const { next, seen } = scripted(503, 200);
    const pending = retryPolicy({ retryDelay: { baseMs: 60_000, maxMs: 60_000 }, onRetry: () => controller.abort(new Error('user')) })(
      req({ signal: controller.signal }),
      next,
    );
    const error = await pending.catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AbortError);
    expect((error as AbortError).cause).toEqual(new Error('user'));
    expect(seen).toHaveLength(1);
  });

  it('does not send anything when already aborted, and never retries an abort', async () => {
    const before = scripted(200);
    await expect(retryPolicy()(req({ signal: AbortSignal.abort() }), before.next)).rejects.toBeInstanceOf(AbortError);
    expect(before.seen).toHaveLength(0);

    const controller = new AbortController();
    let calls = 0;
    const during = retryPolicy({ retryDelay: fast })(req({ signal: controller.signal }), async () => {
      calls++;
      controller.abort();
      throw connectionError();
    });
    await expect(during).rejects.toBeInstanceOf(AbortError);
    expect(calls).toBe(1);
  });
});
