import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { AbortError, ConnectionError, InvalidResponseError, STRATUS_VERSION } from '@stratus/core';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { defineOvhApi } from '../src/api/ovh-api.js';
import { createOvhClient } from '../src/client/create-ovh-client.js';
import { NetworkError } from '../src/errors/network-error.js';
import { ResourceNotFoundError } from '../src/errors/ovh-errors.js';

const base = 'https://eu.api.ovh.com';
let received: Request[] = [];

const server = setupServer(
  http.all(`${base}/1.0/echo/*`, async ({ request }) => {
    received.push(request.clone());
    return HttpResponse.json({ method: request.method, url: request.url, body: request.body ? await request.text() : null });
  }),
  http.all(`${base}/v2/echo/*`, ({ request }) => {
    received.push(request.clone());
    return HttpResponse.json({ url: request.url });
  }),
  http.all(`${base}/v1/echo/*`, ({ request }) => {
    received.push(request.clone());
    return HttpResponse.json({ url: request.url });
  }),
  http.delete(`${base}/1.0/empty`, () => new HttpResponse(null, { status: 204 })),
  http.get(`${base}/1.0/empty-200`, () => new HttpResponse('', { status: 200 })),
  http.get(`${base}/1.0/html`, () => new HttpResponse('<html>maintenance</html>', { status: 200, headers: { 'Content-Type': 'text/html' } })),
  http.get(`${base}/1.0/bad-json`, () => new HttpResponse('{"truncated":', { status: 200, headers: { 'Content-Type': 'application/json' } })),
  http.get(`${base}/1.0/missing`, () =>
    HttpResponse.json({ class: 'Client::NotFound', message: 'This service does not exist' }, { status: 404, headers: { 'X-Ovh-QueryID': 'EU.ext-1.abc' } }),
  ),
  http.get(`${base}/1.0/down`, () => HttpResponse.error()),
  http.get(`${base}/1.0/slow`, async () => {
    await new Promise((resolve) => setTimeout(resolve, 200));
    return HttpResponse.json({});
  }),
);
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  received = [];
});
afterAll(() => server.close());

const tokenClient = (options = {}) => createOvhClient({ accessToken: 'raw-access-token', retryDelay: { baseMs: 1, maxMs: 2 }, ...options });

describe('createOvhClient', () => {
  it('sends a raw access token as a bearer with Accept json and the Stratus user agent', async () => {
    await tokenClient({ userAgent: { appName: 'my-tool', appVersion: '1.2.3' } }).get('/echo/me');
    const [request] = received;
    expect(request?.headers.get('authorization')).toBe('Bearer raw-access-token');
    expect(request?.headers.get('accept')).toBe('application/json');
    expect(request?.headers.get('user-agent')).toBe(`stratus/${STRATUS_VERSION} my-tool/1.2.3`);
    expect(request?.headers.get('content-type')).toBeNull();
    expect(request?.headers.get('x-stratus-ovh-unsigned')).toBeNull();
  });

  it('routes flat params per method and sets Content-Type only with a body', async () => {
    const client = tokenClient();
    await expect(client.get('/echo/{a}', { a: 'x/y', 'date.from': '2024-01-01', flag: true })).resolves.toMatchObject({
      method: 'GET',
      url: `${base}/1.0/echo/x%2Fy?date.from=2024-01-01&flag=true`,
      body: null,
    });
    await expect(client.post('/echo/{a}', { a: 'x', _from: 'me@example.com', to: 'you@example.com' })).resolves.toMatchObject({
      body: '{"from":"me@example.com","to":"you@example.com"}',
    });
    await expect(client.put('/echo/{a}', { a: 'x', enabled: false })).resolves.toMatchObject({ method: 'PUT', body: '{"enabled":false}' });
    await expect(client.delete('/echo/{a}', { a: 'x', force: true })).resolves.toMatchObject({ method: 'DELETE', url: `${base}/1.0/echo/x?force=true` });
    await client.post('/echo/no-body');
    expect(received.map((request) => request.headers.get('content-type'))).toEqual([null, 'application/json', 'application/json', null, null]);
  });

  it('sends X- params, default headers and per-call headers', async () => {
    await tokenClient({ headers: { 'X-Schemas-Version': '1' } }).get('/echo/h', { 'X-Pagination-Size': 5 }, { headers: { 'X-Trace': 't1' } });
    const [request] = received;
    expect(request?.headers.get('x-pagination-size')).toBe('5');
    expect(request?.headers.get('x-schemas-version')).toBe('1');
    expect(request?.headers.get('x-trace')).toBe('t1');
    expect(request?.url).toBe(`${base}/1.0/echo/h`);
  });

  it('lets a caller header replace the client\'s own, whatever its case: one value is sent', async () => {
    await tokenClient({ headers: { ACCEPT: 'application/vnd.custom+json' } }).get('/echo/h', undefined, { headers: { 'User-Agent': 'mine/1' } });
    const [request] = received;
    expect(request?.headers.get('accept')).toBe('application/vnd.custom+json');
    expect(request?.headers.get('user-agent')).toBe('mine/1');
    expect(request?.headers.get('authorization')).toBe('Bearer raw-access-token');
  });

  it('rejects retry and timeout options it cannot honour, naming them', () => {
    expect(() => tokenClient({ maxRetries: 1.5 })).toThrow('createOvhClient: maxRetries must be a non-negative integer, got 1.5');
    expect(() => tokenClient({ timeoutMs: -1 })).toThrow('createOvhClient: timeoutMs must be a non-negative number of milliseconds, got -1');
    expect(() => tokenClient({ timeoutMs: 1500.5 })).not.toThrow();
  });

  it('applies the prefix rule to v1/v2 paths', async () => {
    const client = tokenClient();
    await client.request('GET', '/v2/echo/x');
    await client.request('GET', '/v1/echo/y');
    expect(received.map((request) => request.url)).toEqual([`${base}/v2/echo/x`, `${base}/v1/echo/y`]);
  });

  it('returns undefined for 204 and empty bodies', async () => {
    await expect(tokenClient().delete('/empty')).resolves.toBeUndefined();
    await expect(tokenClient().get('/empty-200')).resolves.toBeUndefined();
  });

  it('throws InvalidResponseError for a success body that is not JSON (python-ovh InvalidResponse)', async () => {
    const html = await tokenClient().get('/html').catch((error: unknown) => error);
    expect(html).toBeInstanceOf(InvalidResponseError);
    expect((html as InvalidResponseError).contentType).toBe('text/html');
    await expect(tokenClient().get('/bad-json')).rejects.toBeInstanceOf(InvalidResponseError);
  });

  it('exposes status, headers and query id through send()', async () => {
    const response = await tokenClient().send('GET', '/echo/x');
    expect(response.status).toBe(200);
    expect(response.data).toMatchObject({ method: 'GET' });
    expect(response.headers.get('content-type')).toContain('application/json');
    const error = await tokenClient().send('GET', '/missing').catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ResourceNotFoundError);
    expect((error as ResourceNotFoundError).queryId).toBe('EU.ext-1.abc');
  });

  it('reports transport failures as core ConnectionError / TimeoutError, both NetworkError', async () => {
    const down = await tokenClient({ maxRetries: 1 }).get('/down').catch((error: unknown) => error);
    expect(down).toBeInstanceOf(ConnectionError);
    expect(down).toBeInstanceOf(NetworkError);
    const slow = await tokenClient({ maxRetries: 0, timeoutMs: 20 }).get('/slow').catch((error: unknown) => error);
    expect(slow).toBeInstanceOf(NetworkError);
    expect((slow as Error).name).toBe('TimeoutError');
  });

  it('honours the caller signal', async () => {
    const controller = new AbortController();
    const call = tokenClient().get('/slow', undefined, { signal: controller.signal });
    controller.abort(new Error('user cancelled'));
    const error = await call.catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(AbortError);
    expect(error).not.toBeInstanceOf(NetworkError);
  });

  it('uses a custom fetch instead of the global one', async () => {
    const seen: string[] = [];
    const client = tokenClient({
      fetch: async (url: string, init: { method: string }) => {
        seen.push(`${init.method} ${url}`);
        return Response.json({ custom: true });
      },
    });
    await expect(client.get('/anything')).resolves.toEqual({ custom: true });
    expect(seen).toEqual([`GET ${base}/1.0/anything`]);
    expect(received).toHaveLength(0);
  });

  it('hands the attempt budget to a fetch that enforces timeouts, and a timer plus signal to any other', async () => {
    const inits: Array<{ signal?: AbortSignal | undefined; timeoutMs?: number | undefined }> = [];
    const record = async (_url: string, init: { signal?: AbortSignal | undefined; timeoutMs?: number | undefined }) => {
      inits.push(init);
      return Response.json(1);
    };
    await tokenClient({ fetch: Object.assign(record, { enforcesTimeout: true }), timeoutMs: 1234 }).get('/a');
    await tokenClient({ fetch: async (url: string, init: { signal?: AbortSignal | undefined; timeoutMs?: number | undefined }) => record(url, init), timeoutMs: 1234 }).get('/b');
    expect(inits[0]).toMatchObject({ timeoutMs: 1234, signal: undefined });
    expect(inits[1]?.timeoutMs).toBeUndefined();
    expect(inits[1]?.signal).toBeInstanceOf(AbortSignal);
  });

  it('hands answers over after the I/O callbacks of the turn they arrived in', async () => {
    const order: string[] = [];
    const client = tokenClient({ fetch: async () => Response.json(1) });
    setImmediate(() => order.push('immediate queued before the call'));
    await client.get('/now');
    order.push('answer');
    expect(order).toEqual(['immediate queued before the call', 'answer']);
  });

  it('still answers when the test suite fakes timers after loading the client', async () => {
    vi.useFakeTimers();
    try {
      await expect(tokenClient({ fetch: async () => Response.json({ faked: true }), timeoutMs: 0 }).get('/x')).resolves.toEqual({ faked: true });
    } finally {
      vi.useRealTimers();
    }
  });

  it('skips credentials for operations listed as unauthenticated by the API descriptors (v2 entries normalised)', async () => {
    const v1 = defineOvhApi({ name: 'order', unauthenticated: ['GET /echo/public/{catalogName}', 'POST /v1/echo/public-post'] });
    const v2 = defineOvhApi({ name: 'v2/catalog', unauthenticated: ['GET /echo/public'] });
    const client = tokenClient({ apis: [v1, v2] });
    await client.request('GET', '/echo/public/{catalogName}', { catalogName: 'cloud' });
    await client.request('GET', '/echo/public/eco');
    await client.request('POST', '/echo/public-post');
    await client.request('GET', '/v2/echo/public');
    await client.request('GET', '/echo/private');
    await client.request('GET', '/echo/public/eco/extra');
    expect(received.map((request) => request.headers.get('authorization'))).toEqual([null, null, null, null, 'Bearer raw-access-token', 'Bearer raw-access-token']);
  });
});
