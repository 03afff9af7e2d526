import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { StratusError } from '../src/errors/stratus-error.js';
import { ConnectionError } from '../src/errors/transport-errors.js';
import type { StreamingHttpRequest } from '../src/pipeline/http-message.js';
import { createStreamingFetchSender } from '../src/pipeline/streaming-fetch-sender.js';

// Created before msw patches globalThis.fetch: proves fetch is looked up per call.
const send = createStreamingFetchSender();
const get = (url: string, signal?: AbortSignal): StreamingHttpRequest => ({ method: 'GET', url, headers: {}, signal });

const server = setupServer(
  http.get('https://api.test/ok', () => HttpResponse.json({ ok: true })),
  http.get('https://api.test/reset', () => HttpResponse.error()),
);
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterAll(() => server.close());

describe('createStreamingFetchSender', () => {
  it('uses globalThis.fetch as it is at call time, and leaves the body a stream', async () => {
    const response = await send(get('https://api.test/ok'));
    expect(response.body).toBeInstanceOf(ReadableStream);
    expect(await new Response(response.body).json()).toEqual({ ok: true });
  });

  it('wraps network failures in ConnectionError with the original cause', async () => {
    const error = await send(get('https://api.test/reset?token=t')).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConnectionError);
    expect((error as ConnectionError).cause).toBeInstanceOf(TypeError);
    expect((error as ConnectionError).url).toBe('https://api.test/reset?token=[REDACTED]');
  });

  it('hands a custom fetch one Request, without binding it to an options object', async () => {
    let receivedThis: unknown = 'unset';
    const custom = createStreamingFetchSender(function (this: unknown, request: Request) {
      receivedThis = this;
      return Promise.resolve(new Response(`${request.method} ${request.url} ${request.headers.get('x-a')}`));
    });
    const response = await custom({ method: 'GET', url: 'https://x.test/', headers: { 'x-a': '1' } });
    expect(await new Response(response.body).text()).toBe('GET https://x.test/ 1');
    expect(receivedThis).toBeUndefined();
  });

  it('rethrows aborts and Stratus errors unchanged', async () => {
    const reason = new Error('stop');
    const aborted = createStreamingFetchSender(() => Promise.reject(reason));
    await expect(aborted(get('https://x.test/', AbortSignal.abort(reason)))).rejects.toBe(reason);
    const own = new StratusError('already typed');
    await expect(createStreamingFetchSender(() => Promise.reject(own))(get('https://x.test/'))).rejects.toBe(own);
  });
});
