import { describe, expect, it } from 'vitest';
import { ConnectionError } from '../src/errors/transport-errors.js';
import type { HttpRequest, HttpResponse } from '../src/pipeline/http-message.js';
import { createHttpPipeline, type HttpPolicy } from '../src/pipeline/http-policy.js';
import { retryPolicy } from '../src/pipeline/retry-policy.js';

const url = 'https://api.test/1.0/me';
const answer = (status: number): HttpResponse => ({ status, statusText: '', headers: new Headers(), body: '' });

describe('createHttpPipeline', () => {
  it('runs the named policies in order, policies after retry once per attempt, then the sender', async () => {
    const steps: string[] = [];
    const trace = (name: string): HttpPolicy => ({
      name,
      send: (request, next) => {
        steps.push(name);
        return next(request);
      },
    });
    let attempts = 0;
    const send = createHttpPipeline([trace('outer'), retryPolicy({ maxRetries: 1, retryDelay: { baseMs: 0, maxMs: 0 } }), trace('sign')], async () => {
      steps.push('fetch');
      return answer(++attempts === 1 ? 503 : 200);
    });
    const response = await send({ method: 'GET', url, headers: {} });
    expect(response.status).toBe(200);
    expect(steps).toEqual(['outer', 'sign', 'fetch', 'sign', 'fetch']);
  });
});

describe('retryPolicy', () => {
  const failing = () => {
    const seen: HttpRequest[] = [];
    const next = async (request: HttpRequest): Promise<HttpResponse> => {
      seen.push(request);
      throw new ConnectionError({ method: request.method, url, cause: new TypeError('fetch failed') });
    };
    return { seen, next };
  };

  it('does not replay a POST, unless it carries an Idempotency-Key (any spelling) or retryNonIdempotent is set', async () => {
    const retry = retryPolicy({ maxRetries: 2, retryDelay: { baseMs: 0, maxMs: 0 } });
    const plain = failing();
    await expect(retry.send({ method: 'POST', url, headers: {}, body: '{}' }, plain.next)).rejects.toBeInstanceOf(ConnectionError);
    expect(plain.seen).toHaveLength(1);

    const keyed = failing();
    await expect(retry.send({ method: 'POST', url, headers: { 'Idempotency-Key': 'k1' }, body: '{}' }, keyed.next)).rejects.toBeInstanceOf(ConnectionError);
    expect(keyed.seen).toHaveLength(3);

    const optedIn = failing();
    const retryAll = retryPolicy({ maxRetries: 1, retryNonIdempotent: true, retryDelay: { baseMs: 0, maxMs: 0 } });
    await expect(retryAll.send({ method: 'POST', url, headers: {}, body: '{}' }, optedIn.next)).rejects.toBeInstanceOf(ConnectionError);
    expect(optedIn.seen).toHaveLength(2);
  });
});
