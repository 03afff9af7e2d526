import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { StratusError } from '../src/errors/stratus-error.js';
import { ConnectionError } from '../src/errors/transport-errors.js';
import { createFetchSender } from '../src/transport/fetch-sender.js';

// Created before msw patches globalThis.fetch: proves fetch is looked up per call.
const send = createFetchSender();

const server = setupServer(
  http.get('https://api.test/ok', () => HttpResponse.json({ ok: true })),
  http.get('https://api.test/reset', () => HttpResponse.error()),
);
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterAll(() => server.close());

describe('createFetchSender', () => {
  it('uses globalThis.fetch as it is at call time', async () => {
    const response = await send(new Request('https://api.test/ok'));
    expect(await response.json()).toEqual({ ok: true });
  });

  it('wraps network failures in ConnectionError with the original cause', async () => {
    const error = await send(new Request('https://api.test/reset?token=t')).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConnectionError);
    expect((error as ConnectionError).cause).toBeInstanceOf(TypeError);
    expect((error as ConnectionError).url).toBe('https://api.test/reset?token=[REDACTED]');
  });

  it('uses a custom fetch without binding it to an options object', async () => {
    let receivedThis: unknown = 'unset';
    const custom = createFetchSender(function (this: unknown, request: Request) {
      receivedThis = this;
      return Promise.resolve(new Response(request.url));
    });
    expect(await (await custom(new Request('https://x.test/'))).text()).toBe('https://x.test/');
    expect(receivedThis).toBeUndefined();
  });

  it('rethrows aborts and Stratus errors unchanged', async () => {
    const reason = new Error('stop');
    const aborted = createFetchSender(() => Promise.reject(reason));
    await expect(aborted(new Request('https://x.test/', { signal: AbortSignal.abort(reason) }))).rejects.toBe(reason);
    const own = new StratusError('already typed');
    await expect(createFetchSender(() => Promise.reject(own))(new Request('https://x.test/'))).rejects.toBe(own);
  });
});
