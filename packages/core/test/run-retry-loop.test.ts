import { describe, expect, it } from 'vitest';
import { ConnectionError, type RetryEvent } from '../src/index.js';
import { runRetryLoop } from '../src/internal.js';

// The loop on plain objects, as the OVH client uses it: no Request, Response or HTTP.
const target = { method: 'GET', url: 'https://api.example.com/v1/things?token=secret' };
const answer = (status: number, retryAfter: string | null = null) => ({ status, headers: { get: (name: string) => (name === 'retry-after' ? retryAfter : null) } });
const fast = { baseMs: 1, maxMs: 2 };

describe('runRetryLoop', () => {
  it('retries a retryable status, discarding it, and reports each retry with a redacted URL', async () => {
    const answers = [answer(503, '0'), answer(429), answer(200)];
    const discarded: number[] = [];
    const events: RetryEvent[] = [];
    const result = await runRetryLoop({
      target,
      retries: 2,
      attempt: async () => answers.shift()!,
      discard: (response) => discarded.push(response.status),
      retryDelay: fast,
      onRetry: (event) => events.push(event),
    });
    expect(result.status).toBe(200);
    expect(discarded).toEqual([503, 429]);
    expect(events.map(({ attempt, reason, url }) => [attempt, reason, url])).toEqual([
      [1, 'HTTP 503', 'https://api.example.com/v1/things?token=[REDACTED]'],
      [2, 'HTTP 429', 'https://api.example.com/v1/things?token=[REDACTED]'],
    ]);
    expect(events[0]!.delayMs).toBe(0);
  });

  it('returns the last retryable response when retries run out, and never retries with retries 0', async () => {
    let calls = 0;
    const attempt = async () => (calls++, answer(503));
    expect((await runRetryLoop({ target, retries: 1, attempt, retryDelay: fast })).status).toBe(503);
    expect(calls).toBe(2);
    expect((await runRetryLoop({ target, retries: 0, attempt, retryDelay: fast })).status).toBe(503);
    expect(calls).toBe(3);
  });

  it('retries transient failures, throws other errors at once, and an abort wins', async () => {
    let calls = 0;
    const flaky = async () => {
      calls += 1;
      if (calls === 1) throw new ConnectionError({ ...target, cause: new Error('ECONNRESET') });
      return answer(200);
    };
    expect((await runRetryLoop({ target, retries: 2, attempt: flaky, retryDelay: fast })).status).toBe(200);
    expect(calls).toBe(2);

    const bug = new TypeError('not transient');
    await expect(runRetryLoop({ target, retries: 2, attempt: () => Promise.reject(bug), retryDelay: fast })).rejects.toBe(bug);

    const controller = new AbortController();
    controller.abort(new Error('caller gave up'));
    await expect(runRetryLoop({ target, signal: controller.signal, retries: 2, attempt: async () => answer(200) })).rejects.toMatchObject({ name: 'AbortError' });
  });
});
