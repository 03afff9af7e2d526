import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, expectTypeOf, it } from 'vitest';
import { createNoAuth } from '../src/auth/create-no-auth.js';
import { createServiceClient, type ServiceDescriptor } from '../src/client/create-service-client.js';
import { unwrap } from '../src/client/unwrap.js';
import { NotFoundError } from '../src/errors/http-status-errors.js';
import { StratusError } from '../src/errors/stratus-error.js';
import { STRATUS_VERSION } from '../src/version.js';
import type { ComputeOperations, Server } from './support/compute-paths.js';

const compute: ServiceDescriptor = { provider: 'openstack-compute', auth: { headerName: 'X-Auth-Token' } };
const baseUrl = 'https://compute.test/v2.1/';

const received: Request[] = [];
let flaky = 0;
const server = setupServer(
  http.get('https://compute.test/v2.1/servers/:id', ({ request, params }) => {
    received.push(request.clone());
    if (params['id'] === 'flaky' && flaky++ === 0) return new HttpResponse(null, { status: 503 });
    if (params['id'] === 'missing') {
      return HttpResponse.json(
        { itemNotFound: { message: 'Instance missing could not be found.', code: 404 } },
        { status: 404, headers: { 'x-openstack-request-id': 'req-abc' } },
      );
    }
    return HttpResponse.json({ server: { id: String(params['id']), name: 'web' } });
  }),
  http.delete('https://compute.test/v2.1/servers/:id', () => new HttpResponse(null, { status: 204 })),
  http.post('https://compute.test/v2.1/servers', async ({ request }) => {
    received.push(request.clone());
    const body = (await request.json()) as { server: { name: string } };
    return HttpResponse.json({ server: { id: 'new', name: body.server.name } }, { status: 202 });
  }),
);
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  received.length = 0;
  flaky = 0;
});
afterAll(() => server.close());

describe('createServiceClient', () => {
  it('sends typed requests with the service token header, user agent and default headers', async () => {
    const client = createServiceClient<ComputeOperations>(
      { baseUrl, token: 'gAAAA-token', headers: { 'OpenStack-API-Version': 'compute 2.96' }, userAgent: { appName: 'ops' } },
      compute,
    );
    const { data, error } = await client.GET('/servers/{server_id}', { params: { path: { server_id: 's1' } } });
    expect(error).toBeUndefined();
    expect(data).toEqual({ server: { id: 's1', name: 'web' } });
    const [request] = received;
    expect(request?.url).toBe('https://compute.test/v2.1/servers/s1');
    expect(request?.headers.get('x-auth-token')).toBe('gAAAA-token');
    expect(request?.headers.get('authorization')).toBeNull();
    expect(request?.headers.get('openstack-api-version')).toBe('compute 2.96');
    expect(request?.headers.get('user-agent')).toBe(`stratus/${STRATUS_VERSION} ops`);
  });

  it('applies the service auth scheme to a token', async () => {
    const client = createServiceClient<ComputeOperations>({ baseUrl, token: () => 'jwt-ish' }, { provider: 'openvcloud', auth: { headerName: 'Authorization', scheme: 'Bearer' } });
    await client.GET('/servers/{server_id}', { params: { path: { server_id: 's1' } } });
    expect(received[0]?.headers.get('authorization')).toBe('Bearer jwt-ish');
  });

  it('uses an auth strategy when given one', async () => {
    const client = createServiceClient<ComputeOperations>({ baseUrl, auth: createNoAuth() }, compute);
    await client.GET('/servers/{server_id}', { params: { path: { server_id: 's1' } } });
    expect(received[0]?.headers.get('x-auth-token')).toBeNull();
  });

  it('returns { error } for API errors, openapi-fetch style', async () => {
    const client = createServiceClient<ComputeOperations>({ baseUrl, token: 't' }, compute);
    const { data, error, response } = await client.GET('/servers/{server_id}', { params: { path: { server_id: 'missing' } } });
    expect(data).toBeUndefined();
    expect(response.status).toBe(404);
    expect(error).toEqual({ itemNotFound: { message: 'Instance missing could not be found.', code: 404 } });
  });

  it('works with unwrap: typed data on success, NotFoundError with provider details on failure', async () => {
    const client = createServiceClient<ComputeOperations>({ baseUrl, token: 't' }, compute);
    const found = await unwrap(client.GET('/servers/{server_id}', { params: { path: { server_id: 's1' } } }));
    expectTypeOf(found).toEqualTypeOf<{ server: Server }>();
    expect(found.server.name).toBe('web');

    const error = await unwrap(client.GET('/servers/{server_id}', { params: { path: { server_id: 'missing' } } })).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NotFoundError);
    const notFound = error as NotFoundError;
    expect(notFound.message).toBe(
      '404 Not Found: GET https://compute.test/v2.1/servers/missing — Instance missing could not be found. (request id req-abc)',
    );
    expect(notFound.code).toBe('itemNotFound');
    expect(notFound.provider).toBe('openstack-compute');
    expect(notFound.requestId).toBe('req-abc');
  });

  it('sends JSON bodies and handles bodiless responses', async () => {
    const client = createServiceClient<ComputeOperations>({ baseUrl, token: 't' }, compute);
    const created = await unwrap(client.POST('/servers', { body: { server: { name: 'db' } } }));
    expect(created.server).toEqual({ id: 'new', name: 'db' });
    expect(received[0]?.headers.get('content-type')).toBe('application/json');
    const deleted = await client.DELETE('/servers/{server_id}', { params: { path: { server_id: 'x' } } });
    expect(deleted.response.status).toBe(204);
  });

  it('retries through the transport', async () => {
    const client = createServiceClient<ComputeOperations>({ baseUrl, token: 't', retryDelay: { baseMs: 1, maxMs: 5 } }, compute);
    const { data } = await client.GET('/servers/{server_id}', { params: { path: { server_id: 'flaky' } } });
    expect(data?.server.id).toBe('flaky');
    expect(received).toHaveLength(2);
  });

  it('validates its options', () => {
    expect(() => createServiceClient<ComputeOperations>({ baseUrl: 'compute.test' }, compute)).toThrow(/createServiceClient\(openstack-compute\): baseUrl must be an absolute http\(s\) URL, got "compute.test"/);
    expect(() => createServiceClient<ComputeOperations>({ baseUrl, token: 't', auth: createNoAuth() }, compute)).toThrow(/either "token" or "auth", not both/);
    expect(() => createServiceClient<ComputeOperations>({ baseUrl, token: 't' }, { provider: 'ovhcloud' })).toThrow(/does not take a plain token/);
    expect(() => createServiceClient<ComputeOperations>({ baseUrl, token: '' }, compute)).toThrow(StratusError);
  });
});
