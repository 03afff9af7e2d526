import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { createOvhClient, type OvhClientOptions } from '../src/client/create-ovh-client.js';
import { createOvhFetchClient, unwrap } from '../src/fetch-client/index.js';
import { InvalidCredentialError, InvalidKeyError, ResourceNotFoundError } from '../src/errors/ovh-errors.js';
import { ServerError } from '@stratus/core';
import { MOCK_CREDENTIALS, startOvhEmulator, type EmulatedRequest, type OvhEmulator } from './support/ovh-emulator.js';
import { iamApi, meApi } from './support/test-apis.js';

// A real HTTP server on 127.0.0.1 whose clock runs 500 s ahead and which checks every signature
// like OVH: nothing here is mocked below fetch.
let emulator: OvhEmulator;
const records = new Map<number, Record<string, unknown>>();

beforeAll(async () => {
  emulator = await startOvhEmulator({ ...MOCK_CREDENTIALS, clockOffsetSeconds: 500 });
  emulator.route('GET', '/1.0/me', () => ({ body: { nichandle: 'xx1234-ovh', email: 'me@example.com' } }));
  emulator.route('GET', '/1.0/domain/zone/{zoneName}/record', (request) => ({ body: request.query.get('fieldType') === 'A' ? [1] : [1, 2] }));
  emulator.route('POST', '/1.0/domain/zone/{zoneName}/record', (request) => {
    const record = { id: 3, zone: decodeURIComponent(request.path.split('/')[4] ?? ''), ...(JSON.parse(request.body) as Record<string, unknown>) };
    records.set(3, record);
    return { body: record };
  });
  emulator.route('PUT', '/1.0/domain/zone/{zoneName}/record/{id}', (request) => {
    records.set(3, { ...records.get(3), ...(JSON.parse(request.body) as Record<string, unknown>) });
    return {};
  });
  emulator.route('DELETE', '/1.0/domain/zone/{zoneName}/record/{id}', () => ({ body: null }));
  emulator.route('GET', '/1.0/domain/zone/{zoneName}/record/{id}', (request) =>
    request.path.endsWith('/404') ? { status: 404, body: { class: 'Client::NotFound', message: 'The requested object (id = 404) does not exist' } } : { body: records.get(3) },
  );
  emulator.route('GET', '/1.0/order/catalog/public/{catalogName}', () => ({ body: { catalogId: 42 } }), { auth: false });
  emulator.route('POST', '/1.0/auth/credential', (request) => ({ body: { state: 'pendingValidation', consumerKey: 'new-ck', validationUrl: 'https://x', echo: JSON.parse(request.body) } }), { auth: false });
  emulator.route('GET', '/v2/iam/policy', () => ({ body: [{ id: 'p1', name: 'admins' }] }));
  emulator.route('GET', '/1.0/unicode', (request) => ({ body: { query: request.query.get('q') } }));
});
afterAll(() => emulator.close());
afterEach(() => {
  emulator.requests.length = 0;
  emulator.setClockOffset(500);
  vi.restoreAllMocks();
});

function newClient(options: Partial<OvhClientOptions> = {}) {
  return createOvhClient({ endpoint: emulator.baseUrl, ...MOCK_CREDENTIALS, apis: [meApi, iamApi], retryDelay: { baseMs: 5, maxMs: 10 }, ...options });
}

const apiRequests = () => emulator.requests.filter((request) => request.path !== '/1.0/auth/time');
const timeRequests = () => emulator.requests.filter((request) => request.path === '/1.0/auth/time');

describe('signed requests against the emulator (server clock +500 s)', () => {
  it('signs GET/POST/PUT/DELETE with the synced timestamp; the server accepts each signature', async () => {
    const client = newClient();
    await expect(client.get('/me')).resolves.toEqual({ nichandle: 'xx1234-ovh', email: 'me@example.com' });
    await expect(client.get('/domain/zone/{zoneName}/record', { zoneName: 'example.com', fieldType: 'A' })).resolves.toEqual([1]);
    const created = await client.post('/domain/zone/{zoneName}/record', { zoneName: 'example.com', fieldType: 'A', target: '192.0.2.1', subDomain: 'www' });
    expect(created).toEqual({ id: 3, zone: 'example.com', fieldType: 'A', target: '192.0.2.1', subDomain: 'www' });
    await expect(client.put('/domain/zone/{zoneName}/record/{id}', { zoneName: 'example.com', id: 3, ttl: 60 })).resolves.toBeUndefined();
    await expect(client.get('/domain/zone/{zoneName}/record/{id}', { zoneName: 'example.com', id: 3 })).resolves.toMatchObject({ ttl: 60 });
    await expect(client.delete('/domain/zone/{zoneName}/record/{id}', { zoneName: 'example.com', id: 3 })).resolves.toBeNull();

    expect(timeRequests()).toHaveLength(1);
    const signed = apiRequests();
    expect(signed.map((request) => `${request.method} ${request.verdict}`)).toEqual(['GET ok', 'GET ok', 'POST ok', 'PUT ok', 'GET ok', 'DELETE ok']);
    for (const request of signed) {
      expect(request.headers['x-ovh-application']).toBe(MOCK_CREDENTIALS.applicationKey);
      expect(request.headers['x-ovh-consumer']).toBe(MOCK_CREDENTIALS.consumerKey);
      expect(Math.abs(Number(request.headers['x-ovh-timestamp']) - emulator.serverTime())).toBeLessThanOrEqual(2);
    }
    const [get, , post] = signed as [EmulatedRequest, EmulatedRequest, EmulatedRequest];
    expect(get.headers['content-type']).toBeUndefined();
    expect(post.headers['content-type']).toBe('application/json');
    expect(post.body).toBe('{"fieldType":"A","target":"192.0.2.1","subDomain":"www"}');
    expect(signed[1]?.url).toBe(`${emulator.baseUrl}/domain/zone/example.com/record?fieldType=A`);
  });

  it('signs the exact UTF-8 bytes and encoded query it sends', async () => {
    const client = newClient();
    await expect(client.request('GET', '/unicode', { q: 'café ☕ & co' })).resolves.toEqual({ query: 'café ☕ & co' });
    await client.post('/domain/zone/{zoneName}/record', { zoneName: 'exämple.com', fieldType: 'TXT', target: 'ünïcödé "quoted"' });
    expect(apiRequests().map((request) => request.verdict)).toEqual(['ok', 'ok']);
  });

  it('sends noAuthentication operations with only X-Ovh-Application, and never syncs the clock for them', async () => {
    const client = newClient();
    await expect(client.request('GET', '/order/catalog/public/{catalogName}', { catalogName: 'cloud' })).resolves.toEqual({ catalogId: 42 });
    await client.request('GET', '/order/catalog/public/eco');
    await client.request('POST', '/auth/credential', undefined, { body: { accessRules: [] } });
    for (const request of emulator.requests) {
      expect(request.signed).toBe(false);
      expect(request.headers['x-ovh-application']).toBe(MOCK_CREDENTIALS.applicationKey);
      expect(request.headers['x-ovh-consumer']).toBeUndefined();
      expect(request.headers['x-ovh-timestamp']).toBeUndefined();
      expect(request.headers['x-stratus-ovh-unsigned']).toBeUndefined();
    }
    expect(timeRequests()).toHaveLength(0);
  });

  it('lets needAuth force or skip signing', async () => {
    const client = newClient();
    await client.request('GET', '/order/catalog/public/eco', undefined, { needAuth: true });
    // /me needs a signature: sent without one, the server refuses the credential.
    await expect(client.get('/me', undefined, { needAuth: false })).rejects.toBeInstanceOf(InvalidCredentialError);
    const [forced, skipped] = apiRequests();
    expect(forced?.signed).toBe(true);
    expect(skipped?.signed).toBe(false);
  });

  it('resyncs the clock once after a time error, re-signs and succeeds', async () => {
    const client = newClient();
    await client.get('/me');
    emulator.setClockOffset(900); // the server clock jumps: the cached delta is now 400 s off
    await expect(client.get('/me')).resolves.toMatchObject({ nichandle: 'xx1234-ovh' });
    expect(apiRequests().map((request) => request.verdict)).toEqual(['ok', 'QUERY_TIME_OUT', 'ok']);
    expect(timeRequests()).toHaveLength(2);
  });

  it('replays the exact body when a POST is re-signed after a time error', async () => {
    const client = newClient();
    await client.get('/me');
    emulator.setClockOffset(100);
    await expect(client.post('/domain/zone/{zoneName}/record', { zoneName: 'example.com', fieldType: 'A', target: '192.0.2.7' })).resolves.toMatchObject({ target: '192.0.2.7' });
    const posts = apiRequests().filter((request) => request.method === 'POST');
    expect(posts.map((request) => request.verdict)).toEqual(['QUERY_TIME_OUT', 'ok']);
    expect(posts[1]?.body).toBe(posts[0]?.body);
  });

  it('does not loop when the time error persists: one resync, one retry, then the error', async () => {
    const client = newClient();
    await client.get('/me');
    // A route that always answers with a time error, whatever the timestamp.
    emulator.route('GET', '/1.0/broken-clock', () => ({ status: 400, body: { errorCode: 'QUERY_TIME_OUT', message: 'Query out of time' } }));
    await expect(client.request('GET', '/broken-clock')).rejects.toMatchObject({ name: 'BadParametersError', errorCode: 'QUERY_TIME_OUT' });
    expect(apiRequests().filter((request) => request.path === '/1.0/broken-clock')).toHaveLength(2);
    expect(timeRequests()).toHaveLength(2);
  });

  it('shares one resync between concurrent requests that hit a time error', async () => {
    const client = newClient();
    await client.get('/me');
    emulator.setClockOffset(-300);
    await Promise.all(Array.from({ length: 8 }, () => client.get('/me')));
    expect(timeRequests()).toHaveLength(2);
  });

  it('retries a GET after 503 with a fresh timestamp and signature', async () => {
    let calls = 0;
    emulator.route('GET', '/1.0/flaky', () => (++calls === 1 ? { status: 503, body: { message: 'Service temporarily unavailable' } } : { body: { attempt: calls } }));
    const realNow = Date.now.bind(Date);
    let skewMs = 0;
    vi.spyOn(Date, 'now').mockImplementation(() => realNow() + skewMs);
    // Move the client clock by 2 s between attempts so the second one must carry a new timestamp.
    const client = newClient({ onRetry: () => (skewMs += 2000) });
    await expect(client.request('GET', '/flaky')).resolves.toEqual({ attempt: 2 });
    const [first, second] = apiRequests();
    expect(first?.verdict).toBe('ok');
    expect(second?.verdict).toBe('ok');
    expect(Number(second?.headers['x-ovh-timestamp'])).toBeGreaterThan(Number(first?.headers['x-ovh-timestamp']));
    expect(second?.headers['x-ovh-signature']).not.toBe(first?.headers['x-ovh-signature']);
  });

  it('does not retry a POST after 503', async () => {
    emulator.route('POST', '/1.0/unstable', () => ({ status: 503, body: { message: 'Service temporarily unavailable' } }));
    const client = newClient();
    const error = await client.request('POST', '/unstable', { a: 1 }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ServerError);
    expect((error as Error).name).toBe('ServerError');
    expect(apiRequests().filter((request) => request.path === '/1.0/unstable')).toHaveLength(1);
  });

  it('throws typed errors carrying the query id', async () => {
    const client = newClient();
    const error = await client.get('/domain/zone/{zoneName}/record/{id}', { zoneName: 'example.com', id: 404 }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ResourceNotFoundError);
    expect((error as ResourceNotFoundError).queryId).toMatch(/^EU\.ext-emulator\./);
  });

  it('maps a wrong secret to the server answer without leaking the secret', async () => {
    const client = newClient({ applicationSecret: 'WRONG-SECRET-VALUE' });
    const error = (await client.get('/me').catch((caught: unknown) => caught)) as Error;
    expect(error.name).toBe('BadParametersError');
    expect(JSON.stringify(error)).not.toContain('WRONG-SECRET-VALUE');
    // INVALID_SIGNATURE may be a clock problem: one resync and retry, then the error.
    expect(apiRequests().map((request) => request.verdict)).toEqual(['INVALID_SIGNATURE', 'INVALID_SIGNATURE']);
  });

  it('sends v2 paths to /v2 on the same host, signed', async () => {
    const client = newClient();
    await expect(client.get('/v2/iam/policy')).resolves.toEqual([{ id: 'p1', name: 'admins' }]);
    expect(apiRequests()[0]).toMatchObject({ url: `${emulator.origin}/v2/iam/policy`, verdict: 'ok' });
  });

  it('serves the { data, error } style through the same signed transport', async () => {
    const client = newClient();
    const me = createOvhFetchClient(client, meApi);
    const { data, error } = await me.GET('/me');
    expect(error).toBeUndefined();
    expect(data).toEqual({ nichandle: 'xx1234-ovh', email: 'me@example.com' });

    const created = await me.POST('/domain/zone/{zoneName}/record', { params: { path: { zoneName: 'example.com' } }, body: { fieldType: 'A', target: '192.0.2.9' } });
    expect(created.data).toMatchObject({ target: '192.0.2.9' });

    const missing = await me.GET('/domain/zone/{zoneName}/record/{id}', { params: { path: { zoneName: 'example.com', id: 404 } } });
    expect(missing.error).toEqual({ class: 'Client::NotFound', message: 'The requested object (id = 404) does not exist' });
    await expect(unwrap(me.GET('/domain/zone/{zoneName}/record/{id}', { params: { path: { zoneName: 'example.com', id: 404 } } }))).rejects.toSatisfy(
      (error: unknown) => error instanceof ResourceNotFoundError && error.message.includes(`GET ${emulator.baseUrl}/domain/zone/example.com/record/404`),
    );

    const policies = await createOvhFetchClient(client, iamApi).GET('/v2/iam/policy');
    expect(policies.data).toEqual([{ id: 'p1', name: 'admins' }]);
    expect(apiRequests().every((request) => request.verdict === 'ok' || request.path.endsWith('/404'))).toBe(true);
    expect(apiRequests().find((request) => request.path === '/v2/iam/policy')?.url).toBe(`${emulator.origin}/v2/iam/policy`);

    // noAuthentication operations stay unsigned in this style too.
    const time = await me.GET('/auth/time');
    expect(typeof time.data).toBe('number');
    expect(emulator.requests.at(-1)?.signed).toBe(false);
  });

  it('createOvhFetchClient only accepts clients made by createOvhClient', () => {
    expect(() => createOvhFetchClient({ request: () => undefined } as never, meApi)).toThrow(
      '[@stratus/ovh] createOvhFetchClient: expected a client made by createOvhClient, got object',
    );
  });

  it('refuses signed calls without a consumer key (python-ovh InvalidKey), but allows unsigned ones', async () => {
    const client = newClient({ consumerKey: undefined });
    const error = (await client.get('/me').catch((caught: unknown) => caught)) as InvalidKeyError;
    expect(error).toBeInstanceOf(InvalidKeyError);
    expect(error.status).toBe(0);
    expect(error.message).toContain('Invalid ConsumerKey');
    expect(error.message).not.toContain(MOCK_CREDENTIALS.applicationSecret);
    expect(apiRequests()).toHaveLength(0);
    await expect(client.request('GET', '/order/catalog/public/eco')).resolves.toEqual({ catalogId: 42 });
  });
});
