import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, expectTypeOf, it } from 'vitest';
import { defineOvhApi } from '../src/api/ovh-api.js';
import { createOvhClient } from '../src/client/create-ovh-client.js';
import {
  BadParametersError,
  NotGrantedCallError,
  ResourceConflictError,
  ResourceNotFoundError,
} from '../src/errors/ovh-errors.js';
import { OvhApiError } from '../src/errors/ovh-api-error.js';
import { ForbiddenError } from '@stratus/core';
import { dedicatedServer } from '../src/generated/apis/dedicated/server.js';
import { me } from '../src/generated/apis/me.js';
import { createOvhAuthTimeHandler, createOvhErrorResponse, createOvhHandlers, ovhMswUrl } from '../src/msw/index.js';
import { MOCK_CREDENTIALS as MOCK } from './support/ovh-emulator.js';
import { iamApi, meApi, type Bill, type Nichandle, type Policy, type ZoneRecord, type ZoneRecordCreate, type ZoneRecordUpdate } from './support/test-apis.js';

const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

const SERVER_TIME = 1_700_000_000;
const signedClient = () => createOvhClient({ ...MOCK, apis: [meApi, iamApi], retryDelay: { baseMs: 1, maxMs: 2 } });
const handlers = createOvhHandlers([meApi, iamApi]);

describe('createOvhHandlers (through the real client)', () => {
  it('answers a typed GET with the resolver result, signed calls included', async () => {
    const seen: Request[] = [];
    server.use(
      createOvhAuthTimeHandler('ovh-eu', SERVER_TIME),
      handlers.get('/me', ({ request }) => {
        seen.push(request);
        return { nichandle: 'xx1234-ovh', email: 'ada@example.com' };
      }),
    );
    const client = signedClient();
    await expect(client.get('/me')).resolves.toEqual({ nichandle: 'xx1234-ovh', email: 'ada@example.com' });

    const [request] = seen;
    expect(request?.url).toBe('https://eu.api.ovh.com/1.0/me');
    expect(request?.headers.get('x-ovh-application')).toBe(MOCK.applicationKey);
    expect(request?.headers.get('x-ovh-signature')).toMatch(/^\$1\$[0-9a-f]{40}$/);
    // The client synced its clock on createOvhAuthTimeHandler's answer.
    expect(Math.abs(Number(request?.headers.get('x-ovh-timestamp')) - SERVER_TIME)).toBeLessThanOrEqual(1);
  });

  it('sends an X-Ovh-QueryID with each answer', async () => {
    server.use(handlers.get('/me', () => ({ nichandle: 'xx1234-ovh', email: 'ada@example.com' })));
    const { queryId, status } = await createOvhClient({ accessToken: 't', apis: [meApi] }).send('GET', '/me');
    expect(status).toBe(200);
    expect(queryId).toMatch(/^EU\.ext-msw\./);
  });

  it('decodes path params', async () => {
    let received: unknown;
    server.use(
      handlers.get('/domain/zone/{zoneName}/record/{id}', ({ params }) => {
        received = params;
        return { id: Number(params.id), fieldType: 'A', subDomain: 'www', target: '192.0.2.1', ttl: null, zone: params.zoneName };
      }),
    );
    const record = await createOvhClient({ accessToken: 't', apis: [meApi] }).get('/domain/zone/{zoneName}/record/{id}', { zoneName: 'a/b@c d', id: 42 });
    expect(received).toEqual({ zoneName: 'a/b@c d', id: '42' });
    expect(record).toMatchObject({ id: 42, zone: 'a/b@c d' });
  });

  it('gives the query string to GET resolvers', async () => {
    let query: URLSearchParams | undefined;
    server.use(
      handlers.get('/me/bill', ({ query: received }) => {
        query = received;
        return ['FR1', 'FR2'];
      }),
    );
    await expect(createOvhClient({ accessToken: 't', apis: [meApi] }).get('/me/bill', { 'date.from': '2024-01-01', 'date.to': '2024-02-01' })).resolves.toEqual([
      'FR1',
      'FR2',
    ]);
    expect(Object.fromEntries(query ?? [])).toEqual({ 'date.from': '2024-01-01', 'date.to': '2024-02-01' });
  });

  it('parses the POST body and answers with the typed result', async () => {
    let received: unknown;
    server.use(
      handlers.post('/domain/zone/{zoneName}/record', ({ params, body }) => {
        received = body;
        return { id: 7, ...body, subDomain: body.subDomain ?? null, ttl: body.ttl ?? null, zone: params.zoneName };
      }),
    );
    const created = await createOvhClient({ accessToken: 't', apis: [meApi] }).post('/domain/zone/{zoneName}/record', {
      zoneName: 'example.com',
      fieldType: 'A',
      subDomain: 'www',
      target: '192.0.2.1',
    });
    expect(received).toEqual({ fieldType: 'A', subDomain: 'www', target: '192.0.2.1' });
    expect(created).toEqual({ id: 7, fieldType: 'A', subDomain: 'www', target: '192.0.2.1', ttl: null, zone: 'example.com' });
  });

  it('answers null (as OVH does) when a resolver returns nothing', async () => {
    let received: unknown;
    server.use(
      handlers.put('/domain/zone/{zoneName}/record/{id}', ({ body }) => {
        received = body;
      }),
      handlers.delete('/domain/zone/{zoneName}/record/{id}', ({ body }) => {
        expect(body).toBeUndefined();
      }),
    );
    const client = createOvhClient({ accessToken: 't', apis: [meApi] });
    const put = await client.send('PUT', '/domain/zone/{zoneName}/record/{id}', { zoneName: 'example.com', id: 1, ttl: 60 });
    expect(put).toMatchObject({ status: 200, data: null });
    expect(received).toEqual({ ttl: 60 });
    await expect(client.delete('/domain/zone/{zoneName}/record/{id}', { zoneName: 'example.com', id: 1 })).resolves.toBeNull();
  });

  it('serves v2 paths at the host root and v1 paths under /1.0', async () => {
    expect(handlers.url('/v2/iam/policy/{policyId}')).toBe('https://eu.api.ovh.com/v2/iam/policy/:policyId');
    expect(handlers.url('/me/bill/{billId}')).toBe('https://eu.api.ovh.com/1.0/me/bill/:billId');
    expect(ovhMswUrl('http://127.0.0.1:8080', '/v2/iam/policy')).toBe('http://127.0.0.1:8080/v2/iam/policy');
    let url = '';
    server.use(
      handlers.get('/v2/iam/policy/{policyId}', ({ params, request }) => {
        url = request.url;
        return { id: params.policyId, name: 'admins' };
      }),
    );
    await expect(createOvhClient({ accessToken: 't', apis: [iamApi] }).get('/v2/iam/policy/{policyId}', { policyId: 'p-1' })).resolves.toEqual({
      id: 'p-1',
      name: 'admins',
    });
    expect(url).toBe('https://eu.api.ovh.com/v2/iam/policy/p-1');
  });

  it('follows the endpoint option: names and base URLs, as the client takes them', async () => {
    const ca = createOvhHandlers(meApi, { endpoint: 'ovh-ca' });
    const local = createOvhHandlers(meApi, { endpoint: 'http://127.0.0.1:8080/1.0/' });
    expect(ca.baseUrl).toBe('https://ca.api.ovh.com/1.0');
    expect(local.baseUrl).toBe('http://127.0.0.1:8080/1.0');
    server.use(
      ca.get('/me', () => ({ nichandle: 'ca-ovh', email: 'ca@example.com' })),
      local.get('/me', () => ({ nichandle: 'local-ovh', email: 'local@example.com' })),
      createOvhAuthTimeHandler('http://127.0.0.1:8080/1.0', () => SERVER_TIME),
    );
    await expect(createOvhClient({ endpoint: 'ovh-ca', accessToken: 't', apis: [meApi] }).get('/me')).resolves.toMatchObject({ nichandle: 'ca-ovh' });
    const localClient = createOvhClient({ ...MOCK, endpoint: 'http://127.0.0.1:8080/1.0', apis: [meApi] });
    await expect(localClient.get('/me')).resolves.toMatchObject({ nichandle: 'local-ovh' });
  });

  it('passes a Response returned by the resolver through as is', async () => {
    server.use(
      handlers.post('/domain/zone/{zoneName}/refresh', () => new HttpResponse(null, { status: 204, headers: { 'X-Ovh-QueryID': 'EU.ext-1.custom' } })),
      handlers.get('/me/bill/{billId}', () => HttpResponse.json({ billId: 'FR1', date: '2024-01-01' }, { headers: { 'X-Custom': 'yes' } })),
    );
    const client = createOvhClient({ accessToken: 't', apis: [meApi] });
    await expect(client.send('POST', '/domain/zone/{zoneName}/refresh', { zoneName: 'example.com' })).resolves.toMatchObject({
      status: 204,
      data: undefined,
      queryId: 'EU.ext-1.custom',
    });
    const bill = await client.send('GET', '/me/bill/{billId}', { billId: 'FR1' });
    expect(bill.headers.get('x-custom')).toBe('yes');
  });

  it('answers OVH 400 to a body that is not JSON', async () => {
    server.use(handlers.post('/domain/zone/{zoneName}/record', () => ({ id: 1, fieldType: 'A', subDomain: null, target: 'x', ttl: null, zone: 'z' })));
    const response = await fetch('https://eu.api.ovh.com/1.0/domain/zone/z/record', { method: 'POST', body: '{"fieldType":' });
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({ class: 'Client::BadRequest', message: 'Invalid JSON received' });
  });

  it('serves untyped descriptors on any path', async () => {
    const untyped = createOvhHandlers(defineOvhApi({ name: 'brand/new', unauthenticated: [] }));
    server.use(untyped.get('/brand/new/{id}', ({ params, query }) => ({ id: params['id'], q: query.get('q') })));
    await expect(createOvhClient({ accessToken: 't' }).get('/brand/new/{id}', { id: 'x', q: 'y' })).resolves.toEqual({ id: 'x', q: 'y' });
  });
});

describe('createOvhErrorResponse', () => {
  it('builds OVH error bodies with an X-Ovh-QueryID header', async () => {
    const response = createOvhErrorResponse(403, { errorCode: 'INVALID_CREDENTIAL', message: 'This credential is not valid', queryId: 'EU.ext-2.abc' });
    expect(response.status).toBe(403);
    expect(response.headers.get('x-ovh-queryid')).toBe('EU.ext-2.abc');
    expect(await response.json()).toEqual({ errorCode: 'INVALID_CREDENTIAL', httpCode: '403 Forbidden', message: 'This credential is not valid' });
    const plain = createOvhErrorResponse(404, { class: 'Client::NotFound', message: 'This service does not exist' });
    expect(plain.headers.get('x-ovh-queryid')).toMatch(/^EU\.ext-msw\./);
    expect(await plain.json()).toEqual({ class: 'Client::NotFound', message: 'This service does not exist' });
  });

  it.each([
    [404, { class: 'Client::NotFound', message: 'This service does not exist' }, ResourceNotFoundError],
    [400, { class: 'Client::BadRequest', message: 'Invalid signature', errorCode: 'INVALID_SIGNATURE' }, BadParametersError],
    [409, { class: 'Client::Conflict::AlreadyExists', message: 'Already exists' }, ResourceConflictError],
    [403, { errorCode: 'FORBIDDEN', message: 'Forbidden' }, ForbiddenError],
    [503, { class: 'Server::ServiceUnavailable', message: 'Maintenance' }, OvhApiError],
  ] as const)('maps %i %j to its error class', async (status, init, errorClass) => {
    server.use(handlers.get('/me/bill/{billId}', () => createOvhErrorResponse(status, { ...init, queryId: 'EU.ext-3.q' })));
    const error = await createOvhClient({ accessToken: 't', apis: [meApi], maxRetries: 0 })
      .get('/me/bill/{billId}', { billId: 'FR1' })
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(errorClass);
    expect(error).toMatchObject({ status, queryId: 'EU.ext-3.q', errorCode: 'errorCode' in init ? init.errorCode : undefined });
    if ('class' in init) expect(error).toMatchObject({ class: init.class });
  });

  it('carries the missing IAM actions', async () => {
    server.use(
      handlers.get('/me', () =>
        createOvhErrorResponse(403, {
          errorCode: 'NOT_GRANTED_CALL',
          message: 'This call has not been granted',
          details: { unauthorizedActionsByIAM: ['account:apiovh:me/get'] },
        }),
      ),
    );
    const error = await createOvhClient({ accessToken: 't', apis: [meApi] })
      .get('/me')
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(NotGrantedCallError);
    expect(error).toMatchObject({ unauthorizedActionsByIAM: ['account:apiovh:me/get'] });
  });
});

describe('createOvhAuthTimeHandler', () => {
  it('answers GET /auth/time with the given or current server time', async () => {
    server.use(createOvhAuthTimeHandler());
    const now = Math.floor(Date.now() / 1000);
    const time = (await (await fetch('https://eu.api.ovh.com/1.0/auth/time')).json()) as number;
    expect(Math.abs(time - now)).toBeLessThanOrEqual(1);
    server.use(createOvhAuthTimeHandler('kimsufi-eu', 42));
    expect(await (await fetch('https://eu.api.kimsufi.com/1.0/auth/time')).json()).toBe(42);
  });
});

describe('generated descriptors', () => {
  it('serve the generated path templates', async () => {
    const ovh = createOvhHandlers([me, dedicatedServer]);
    server.use(
      ovh.get('/dedicated/server/{serviceName}/burst', ({ params }) => ({ status: params.serviceName === 'ns1.ip-1-2-3.eu' ? 'active' : 'inactive' })),
      // A plain msw handler next to the typed ones.
      http.get('https://eu.api.ovh.com/1.0/me', () => HttpResponse.json({ firstname: 'Ada' })),
    );
    const client = createOvhClient({ accessToken: 't', apis: [me, dedicatedServer] });
    await expect(client.get('/dedicated/server/{serviceName}/burst', { serviceName: 'ns1.ip-1-2-3.eu' })).resolves.toEqual({ status: 'active' });
    await expect(client.get('/me')).resolves.toEqual({ firstname: 'Ada' });
  });
});

// Compiled by `tsc -p tsconfig.json --noEmit`; never executed.
export function typeChecks() {
  // Hand-written descriptors: exact types.
  void handlers.get('/me', ({ params, body, query, request }) => {
    expectTypeOf(params).toEqualTypeOf<{}>();
    expectTypeOf(body).toEqualTypeOf<undefined>();
    expectTypeOf(query).toEqualTypeOf<URLSearchParams>();
    expectTypeOf(request).toEqualTypeOf<Request>();
    return { nichandle: 'xx', email: 'e' } satisfies Nichandle;
  });
  void handlers.get('/me/bill/{billId}', ({ params }) => {
    expectTypeOf(params).toEqualTypeOf<{ readonly billId: string }>();
    return { billId: params.billId, date: '2024-01-01' } satisfies Bill;
  });
  void handlers.post('/domain/zone/{zoneName}/record', ({ params, body }) => {
    expectTypeOf(params).toEqualTypeOf<{ readonly zoneName: string }>();
    expectTypeOf(body).toEqualTypeOf<ZoneRecordCreate>();
    return { id: 1, fieldType: body.fieldType, subDomain: null, target: body.target, ttl: null, zone: params.zoneName } satisfies ZoneRecord;
  });
  void handlers.put('/domain/zone/{zoneName}/record/{id}', ({ params, body }) => {
    expectTypeOf(params).toEqualTypeOf<{ readonly zoneName: string; readonly id: string }>();
    expectTypeOf(body).toEqualTypeOf<ZoneRecordUpdate>();
  });
  void handlers.get('/v2/iam/policy', async () => [{ id: 'p', name: 'n' }] satisfies Policy[]);
  void handlers.get('/me/bill', () => HttpResponse.json(['FR1']));
  void handlers.get('/me/bill', () => createOvhErrorResponse(404, { message: 'no' }));
  void handlers.get('/me', () => ({ nichandle: 'xx', email: 'e' }), { once: true });

  // @ts-expect-error unknown path
  void handlers.get('/no/such/path', () => ({}));
  // @ts-expect-error path exists, but not for this method
  void handlers.put('/me/bill', () => undefined);
  // @ts-expect-error v2 paths keep their /v2 prefix
  void handlers.get('/iam/policy', () => []);
  // @ts-expect-error wrong result shape: bill ids are strings
  void handlers.get('/me/bill', () => [1, 2]);
  // @ts-expect-error wrong result shape: a field of the wrong type
  void handlers.get('/me', () => ({ nichandle: 42, email: 'e' }));
  // @ts-expect-error no such path param
  void handlers.get('/me/bill/{billId}', ({ params }) => ({ billId: params.id, date: '' }));

  // Generated descriptors.
  const generated = createOvhHandlers([me, dedicatedServer]);
  void generated.put('/dedicated/server/{serviceName}/burst', ({ params, body }) => {
    expectTypeOf(params).toEqualTypeOf<{ readonly serviceName: string }>();
    expectTypeOf(body).toHaveProperty('status');
  });
  // A fake answers what OVH answers: the whole object (properties that can be null may be left out).
  void generated.get('/me', () => ({
    nichandle: 'xx1-ovh',
    email: 'ada@example.com',
    country: 'FR',
    currency: { code: 'EUR', symbol: '€' },
    legalform: 'individual',
    ovhCompany: 'ovh',
    ovhSubsidiary: 'FR',
    state: 'complete',
    firstname: 'Ada',
  }));
  // @ts-expect-error a partial answer: OVH always sends nichandle, email…
  void generated.get('/me', () => ({ firstname: 'Ada' }));
  // @ts-expect-error wrong result shape on a generated operation
  void generated.get('/me', () => ({ firstname: 42 }));
  // @ts-expect-error unknown path of a generated API
  void generated.get('/dedicated/nope', () => ({}));

  // Untyped descriptors: any path, unknown body.
  void createOvhHandlers(defineOvhApi({ name: 'x', unauthenticated: [] })).post('/anything/{id}', ({ params, body }) => {
    expectTypeOf(params).toEqualTypeOf<Record<string, string>>();
    expectTypeOf(body).toBeUnknown();
    return 1;
  });
}
