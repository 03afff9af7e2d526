import { http, HttpResponse } from 'msw';
import createClient, { type ClientOptions } from 'openapi-fetch';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createTokenAuth } from '../src/auth/create-token-auth.js';
import { StratusError } from '../src/errors/stratus-error.js';
import { createTransport, DEFAULT_TIMEOUT_MS } from '../src/transport/create-transport.js';
import { getResponseOrigin } from '../src/transport/response-origin.js';
import type { RetryEvent } from '../src/transport/run-retry-loop.js';
import { STRATUS_VERSION } from '../src/version.js';

// Created at module load, before msw patches globalThis.fetch in beforeAll.
const earlyTransport = createTransport();

let hits = 0;
const server = setupServer(
  http.all('https://api.test/echo', async ({ request }) =>
    HttpResponse.json({
      method: request.method,
      userAgent: request.headers.get('user-agent'),
      authorization: request.headers.get('authorization'),
      custom: request.headers.get('x-custom'),
      body: request.method === 'GET' || request.method === 'HEAD' ? null : await request.text(),
    }),
  ),
  http.get('https://api.test/always-503', () => {
    hits++;
    return new HttpResponse('down', { status: 503 });
  }),
);
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  hits = 0;
});
afterAll(() => server.close());

type Echo = { method: string; userAgent: string | null; authorization: string | null; custom: string | null; body: string | null };

describe('createTransport', () => {
  it('looks globalThis.fetch up at call time', async () => {
    const response = await earlyTransport('https://api.test/echo');
    expect(response.status).toBe(200);
  });

  it('accepts (url, init), URL objects and Request objects like fetch does', async () => {
    const transport = createTransport();
    const fromString = (await (await transport('https://api.test/echo', { method: 'POST', body: 'hi', headers: { 'x-custom': 'a' } })).json()) as Echo;
    expect(fromString).toMatchObject({ method: 'POST', body: 'hi', custom: 'a' });
    const fromUrl = (await (await transport(new URL('https://api.test/echo'))).json()) as Echo;
    expect(fromUrl.method).toBe('GET');
    const fromRequest = (await (await transport(new Request('https://api.test/echo', { method: 'PUT', body: 'r' }))).json()) as Echo;
    expect(fromRequest).toMatchObject({ method: 'PUT', body: 'r' });
  });

  it('sends the Stratus user agent, unless the caller set one', async () => {
    const transport = createTransport({ userAgent: { appName: 'deployer', appVersion: '3.1', extra: ['openstack-compute/2.96'] } });
    const echo = (await (await transport('https://api.test/echo')).json()) as Echo;
    expect(echo.userAgent).toBe(`stratus/${STRATUS_VERSION} deployer/3.1 openstack-compute/2.96`);
    const own = (await (await transport('https://api.test/echo', { headers: { 'User-Agent': 'mine/1' } })).json()) as Echo;
    expect(own.userAgent).toBe('mine/1');
  });

  it('authenticates with the given strategy', async () => {
    const transport = createTransport({ auth: createTokenAuth({ token: 't0k', scheme: 'Bearer' }) });
    const echo = (await (await transport('https://api.test/echo')).json()) as Echo;
    expect(echo.authorization).toBe('Bearer t0k');
  });

  it('makes at most 3 attempts by default and then returns the last response', async () => {
    const events: RetryEvent[] = [];
    const transport = createTransport({ retryDelay: { baseMs: 1, maxMs: 5 }, onRetry: (e) => events.push(e) });
    const response = await transport('https://api.test/always-503?token=abc');
    expect(response.status).toBe(503);
    expect(await response.text()).toBe('down');
    expect(hits).toBe(3);
    expect(events.map((e) => e.attempt)).toEqual([1, 2]);
    expect(events[0]?.url).toBe('https://api.test/always-503?token=[REDACTED]');
  });

  it('honours maxRetries', async () => {
    await createTransport({ maxRetries: 4, retryDelay: { baseMs: 1, maxMs: 1 } })('https://api.test/always-503');
    expect(hits).toBe(5);
  });

  it('remembers method and redacted URL of each response for unwrap', async () => {
    const response = await createTransport()('https://api.test/echo?token=abc', { method: 'DELETE' });
    expect(getResponseOrigin(response)).toEqual({ method: 'DELETE', url: 'https://api.test/echo?token=[REDACTED]' });
  });

  it('uses a custom fetch when given', async () => {
    const transport = createTransport({ fetch: async (request) => new Response(`custom ${request.method}`) });
    expect(await (await transport('https://nowhere.invalid/', { method: 'PATCH' })).text()).toBe('custom PATCH');
  });

  it('plugs into openapi-fetch as its fetch, and accepts the platform fetch as its own', async () => {
    const asClientFetch: NonNullable<ClientOptions['fetch']> = createTransport({ fetch: globalThis.fetch });
    type EchoPaths = {
      '/echo': { get: { parameters: { query?: never }; responses: { 200: { headers: Record<string, unknown>; content: { 'application/json': Echo } } } } };
    };
    const client = createClient<EchoPaths>({ baseUrl: 'https://api.test', fetch: asClientFetch });
    const { data } = await client.GET('/echo');
    expect(data).toMatchObject({ method: 'GET', userAgent: `stratus/${STRATUS_VERSION}` });
  });

  it('validates its options', () => {
    expect(DEFAULT_TIMEOUT_MS).toBe(60_000);
    expect(() => createTransport({ maxRetries: -1 })).toThrow(StratusError);
    expect(() => createTransport({ maxRetries: 1.5 })).toThrow(/maxRetries must be a non-negative integer/);
    expect(() => createTransport({ timeoutMs: Number.NaN })).toThrow(/timeoutMs/);
    expect(() => createTransport({ retryDelay: { baseMs: -5 } })).toThrow(/retryDelay.baseMs/);
    expect(() => createTransport({ timeoutMs: 0, maxRetries: 0 })).not.toThrow();
  });
});

describe('createTransport: ReadableStream uploads', () => {
  it('sends a stream body once, as the same stream (never cloned into memory), even on a retryable status', async () => {
    const upload = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(new TextEncoder().encode('image bytes'));
        controller.close();
      },
    });
    const sent: Request[] = [];
    const transport = createTransport({
      timeoutMs: 0,
      retryDelay: { baseMs: 1, maxMs: 1 },
      fetch: async (request) => {
        sent.push(request);
        await request.arrayBuffer();
        return new Response(null, { status: 503 });
      },
    });
    const response = await transport('https://image.test/v2/images/1/file', { method: 'PUT', body: upload, duplex: 'half' } as RequestInit);
    expect(response.status).toBe(503);
    expect(sent).toHaveLength(1);
    expect(sent[0]!.body).toBe(upload);
  });

  it('still retries a PUT whose body is a string (it can be sent again)', async () => {
    const bodies: string[] = [];
    const transport = createTransport({
      timeoutMs: 0,
      retryDelay: { baseMs: 1, maxMs: 1 },
      fetch: async (request) => {
        bodies.push(await request.text());
        return new Response(null, { status: bodies.length < 2 ? 503 : 204 });
      },
    });
    const response = await transport('https://image.test/v2/images/1/file', { method: 'PUT', body: 'image bytes' });
    expect(response.status).toBe(204);
    expect(bodies).toEqual(['image bytes', 'image bytes']);
  });
});
