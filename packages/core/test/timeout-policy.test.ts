import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TimeoutError } from '../src/errors/transport-errors.js';
import type { StreamingHttpRequest, StreamingHttpResponse } from '../src/pipeline/http-message.js';
import { jsonBodyPolicy } from '../src/pipeline/json-body-policy.js';
import { createStreamingFetchSender } from '../src/pipeline/streaming-fetch-sender.js';
import { timeoutPolicy as createTimeoutPolicy } from '../src/pipeline/timeout-policy.js';
import { startLoopbackServer, type LoopbackServer } from './support/loopback-server.js';

let server: LoopbackServer;
let closedBeforeResponse = 0;

beforeAll(async () => {
  server = await startLoopbackServer((request, response) => {
    if (request.url === '/fast') {
      response.end('ok');
    } else if (request.url === '/slow-body') {
      response.writeHead(200, { 'content-type': 'application/json' });
      response.write('{"partial":'); // …and never finishes
    } else {
      // /hang: never answers; count the client giving up
      request.socket.on('close', () => closedBeforeResponse++);
    }
  });
});
afterAll(() => server.close());

const send = createStreamingFetchSender();
const get = (url: string, signal?: AbortSignal): StreamingHttpRequest => ({ method: 'GET', url, headers: {}, signal });
const timeoutPolicy = (timeoutMs: number) => {
  const policy = createTimeoutPolicy<StreamingHttpRequest, StreamingHttpResponse>(timeoutMs);
  return (request: StreamingHttpRequest, next: (request: StreamingHttpRequest) => Promise<StreamingHttpResponse>) => policy.send(request, next);
};
const text = (response: StreamingHttpResponse) => new Response(response.body).text();

describe('timeoutPolicy', () => {
  it('passes a fast response through', async () => {
    expect(createTimeoutPolicy(5_000).name).toBe('timeout');
    const response = await timeoutPolicy(5_000)(get(`${server.url}/fast`), send);
    expect(await text(response)).toBe('ok');
  });

  it('aborts a hanging attempt with TimeoutError and closes the connection', async () => {
    const error = await timeoutPolicy(50)(get(`${server.url}/hang`), send).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TimeoutError);
    expect((error as TimeoutError).timeoutMs).toBe(50);
    await expect.poll(() => closedBeforeResponse).toBeGreaterThan(0);
  });

  it('also covers body reads done further down the pipeline', async () => {
    const readsBody = (request: StreamingHttpRequest) => jsonBodyPolicy().send(request, send);
    await expect(timeoutPolicy(50)(get(`${server.url}/slow-body`), readsBody)).rejects.toBeInstanceOf(TimeoutError);
  });

  it('lets the caller abort with its own reason (not a TimeoutError)', async () => {
    const controller = new AbortController();
    const reason = new Error('caller gave up');
    const pending = timeoutPolicy(60_000)(get(`${server.url}/hang`, controller.signal), send);
    setTimeout(() => controller.abort(reason), 10);
    await expect(pending).rejects.toBe(reason);
  });

  it('works on runtimes without AbortSignal.any', async () => {
    const original = AbortSignal.any;
    Object.defineProperty(AbortSignal, 'any', { value: undefined, configurable: true, writable: true });
    try {
      await expect(timeoutPolicy(30)(get(`${server.url}/hang`), send)).rejects.toBeInstanceOf(TimeoutError);
      const controller = new AbortController();
      const reason = new Error('caller');
      const pending = timeoutPolicy(60_000)(get(`${server.url}/hang`, controller.signal), send);
      controller.abort(reason);
      await expect(pending).rejects.toBe(reason);
      expect((await timeoutPolicy(5_000)(get(`${server.url}/fast`), send)).status).toBe(200);
    } finally {
      Object.defineProperty(AbortSignal, 'any', { value: original, configurable: true, writable: true });
    }
  });

  it('is a pass-through when disabled with 0', async () => {
    const request = get(`${server.url}/fast`);
    let received: StreamingHttpRequest | undefined;
    await timeoutPolicy(0)(request, async (r) => {
      received = r;
      return { status: 204, statusText: '', headers: new Headers(), body: null };
    });
    expect(received).toBe(request);
  });
});
