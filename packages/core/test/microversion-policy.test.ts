import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createServiceClient, type ServiceDescriptor } from '../src/client/create-service-client.js';
import { unwrap } from '../src/client/unwrap.js';
import { ApiError } from '../src/errors/api-error.js';
import { MicroversionNotSupportedError, MicroversionOutOfRangeError } from '../src/errors/microversion-errors.js';
import { StratusError } from '../src/errors/stratus-error.js';
import { microversionPolicy } from '../src/microversions/microversion-policy.js';
import { createTransport } from '../src/transport/create-transport.js';

const compute: ServiceDescriptor = {
  provider: 'openstack-compute',
  auth: { headerName: 'X-Auth-Token' },
  microversion: {
    service: 'compute',
    headers: [{ name: 'X-OpenStack-Nova-API-Version' }, { name: 'OpenStack-API-Version', serviceName: 'compute', since: '2.27' }],
    min: '2.1',
    max: '2.104',
  },
};
const baseUrl = 'https://nova.test/v2.1';

const seen: Request[] = [];
let serverRange = { min: '2.1', max: '2.96' };
const server = setupServer(
  http.get(`${baseUrl}/`, ({ request }) => {
    seen.push(request.clone());
    return HttpResponse.json({ version: { id: 'v2.1', status: 'CURRENT', version: serverRange.max, min_version: serverRange.min } });
  }),
  http.get(`${baseUrl}/servers/:id`, ({ request }) => {
    seen.push(request.clone());
    const asked = request.headers.get('x-openstack-nova-api-version') ?? serverRange.min;
    const [, minor] = asked.split('.').map(Number);
    if (minor! > Number(serverRange.max.split('.')[1])) {
      return HttpResponse.json(
        { computeFault: { code: 406, message: `Version ${asked} is not supported by the API. Minimum is ${serverRange.min} and maximum is ${serverRange.max}.` } },
        { status: 406, headers: { 'x-openstack-request-id': 'req-406' } },
      );
    }
    return HttpResponse.json({ server: { id: 's1' } });
  }),
);
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  seen.length = 0;
  serverRange = { min: '2.1', max: '2.96' };
});
afterAll(() => server.close());

const get = (client: ReturnType<typeof createServiceClient<{}>>) =>
  (client as unknown as { GET: (path: string, init: unknown) => Promise<{ data?: unknown; error?: unknown; response: Response }> }).GET('/servers/{id}', { params: { path: { id: 's1' } } });

describe('microversionPolicy', () => {
  it('sends the pinned version exactly, without discovery: the legacy header, and OpenStack-API-Version from 2.27 on', async () => {
    await get(createServiceClient({ baseUrl, token: 't', microversion: '2.79' }, compute));
    await get(createServiceClient({ baseUrl, token: 't', microversion: '2.3' }, compute));
    expect(seen.map((r) => [new URL(r.url).pathname, r.headers.get('x-openstack-nova-api-version'), r.headers.get('openstack-api-version')])).toEqual([
      ['/v2.1/servers/s1', '2.79', 'compute 2.79'],
      ['/v2.1/servers/s1', '2.3', null],
    ]);
  });

  it('an unpinned client negotiates by default: a server older than the package gets its own maximum', async () => {
    const client = createServiceClient({ baseUrl, token: 't' }, compute);
    expect((await get(client)).response.status).toBe(200);
    expect((await get(client)).response.status).toBe(200);
    expect(seen.map((r) => [new URL(r.url).pathname, r.headers.get('openstack-api-version')])).toEqual([
      ['/v2.1/', null],
      ['/v2.1/servers/s1', 'compute 2.96'],
      ['/v2.1/servers/s1', 'compute 2.96'],
    ]);
  });

  it('negotiateMicroversion: false unpinned sends the newest version the package describes, without discovery', async () => {
    serverRange = { min: '2.1', max: '2.104' };
    await get(createServiceClient({ baseUrl, token: 't', negotiateMicroversion: false }, compute));
    expect(seen.map((r) => new URL(r.url).pathname)).toEqual(['/v2.1/servers/s1']);
    expect(seen[0]!.headers.get('openstack-api-version')).toBe('compute 2.104');
  });

  it('sets the header on every attempt, retries included', async () => {
    let attempts = 0;
    const transport = createTransport({
      retryDelay: { baseMs: 1, maxMs: 1 },
      attemptPolicies: [microversionPolicy({ facts: compute.microversion!, version: '2.50' })],
      fetch: async (request) => {
        attempts++;
        expect(new Request(request).headers.get('x-openstack-nova-api-version')).toBe('2.50');
        return new Response(null, { status: attempts === 1 ? 503 : 204 });
      },
    });
    expect((await transport('https://nova.test/v2.1/servers')).status).toBe(204);
    expect(attempts).toBe(2);
  });

  it('turns a 406 into MicroversionNotSupportedError naming the version sent and the server message', async () => {
    const failure = await get(createServiceClient({ baseUrl, token: 'secret-tok', microversion: '2.100' }, compute)).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(MicroversionNotSupportedError);
    expect(failure).toBeInstanceOf(ApiError);
    const error = failure as MicroversionNotSupportedError;
    expect(error.status).toBe(406);
    expect(error.requestedVersion).toBe('2.100');
    expect(error.requestId).toBe('req-406');
    expect(error.message).toMatch(/^compute microversion 2\.100 is not supported: the server did not say which versions it supports \(406 Not Acceptable: GET https:\/\/nova\.test\/v2\.1\/servers\/s1 — Version 2\.100 is not supported by the API\. Minimum is 2\.1 and maximum is 2\.96\./);
    expect(JSON.stringify(error)).not.toContain('secret-tok');
  });

  it('negotiates an unpinned client down to the server maximum, discovering once for concurrent first calls', async () => {
    const client = createServiceClient({ baseUrl, token: 't' }, compute);
    const results = await Promise.all([get(client), get(client), get(client)]);
    expect(results.map((r) => r.response.status)).toEqual([200, 200, 200]);
    expect(seen.filter((r) => new URL(r.url).pathname === '/v2.1/').length).toBe(1);
    const calls = seen.filter((r) => r.url.endsWith('/servers/s1'));
    expect(calls.map((r) => r.headers.get('openstack-api-version'))).toEqual(['compute 2.96', 'compute 2.96', 'compute 2.96']);
    // Discovery carries the auth but no microversion.
    const discovery = seen.find((r) => new URL(r.url).pathname === '/v2.1/')!;
    expect(discovery.headers.get('x-auth-token')).toBe('t');
    expect(discovery.headers.get('x-openstack-nova-api-version')).toBeNull();
  });

  it('keeps the SDK maximum when the server is newer', async () => {
    serverRange = { min: '2.1', max: '2.110' };
    const client = createServiceClient({ baseUrl, token: 't' }, compute);
    await get(client);
    expect(seen.at(-1)!.headers.get('openstack-api-version')).toBe('compute 2.104');
  });

  it('a pinned version inside the server range is sent as is', async () => {
    const client = createServiceClient({ baseUrl, token: 't', microversion: '2.79', negotiateMicroversion: true }, compute);
    expect((await get(client)).response.status).toBe(200);
    expect(seen.at(-1)!.headers.get('x-openstack-nova-api-version')).toBe('2.79');
  });

  it('a pinned version outside the server range fails before the call, naming service, version and range', async () => {
    const client = createServiceClient({ baseUrl, token: 't', microversion: '2.100', negotiateMicroversion: true }, compute);
    const failure = await get(client).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(MicroversionOutOfRangeError);
    expect((failure as Error).message).toBe(
      'compute microversion 2.100 is not supported: the server supports 2.1 to 2.96; pin a version in that range, or leave the version unpinned to negotiate',
    );
    expect(seen.filter((r) => r.url.endsWith('/servers/s1'))).toEqual([]);
  });

  it('fails when no version is supported by both sides', async () => {
    serverRange = { min: '2.105', max: '2.110' };
    const failure = await get(createServiceClient({ baseUrl, token: 't', negotiateMicroversion: true }, compute)).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(MicroversionOutOfRangeError);
    expect((failure as Error).message).toContain('no version is supported by both the server and this SDK (2.1 to 2.104)');
  });

  it('a version document without microversions: unpinned sends no header, a pin is sent as is', async () => {
    // Nova's answer on an endpoint without microversions: empty strings.
    server.use(http.get(`${baseUrl}/`, () => HttpResponse.json({ version: { id: 'v2.0', status: 'SUPPORTED', version: '', min_version: '' } })));
    await get(createServiceClient({ baseUrl, token: 't' }, compute));
    await get(createServiceClient({ baseUrl, token: 't', microversion: '2.3', negotiateMicroversion: true }, compute));
    expect(seen.map((r) => [r.headers.get('x-openstack-nova-api-version'), r.headers.get('openstack-api-version')])).toEqual([
      [null, null],
      ['2.3', null],
    ]);
  });

  it('a version document that is not there (404) is no microversions, read once', async () => {
    let discoveries = 0;
    server.use(
      http.get(`${baseUrl}/`, () => {
        discoveries++;
        return HttpResponse.json({ error: { code: 404, title: 'Not Found', message: 'The resource could not be found.' } }, { status: 404 });
      }),
    );
    const client = createServiceClient({ baseUrl, token: 't' }, compute);
    await get(client);
    await get(client);
    expect(discoveries).toBe(1);
    expect(seen.map((r) => r.headers.get('x-openstack-nova-api-version'))).toEqual([null, null]);
  });

  it('a failed discovery fails the calls waiting for it, and the next call reads the document again', async () => {
    let discoveries = 0;
    server.use(
      http.get(`${baseUrl}/`, () => {
        discoveries++;
        if (discoveries === 1) return HttpResponse.json({ message: 'down for maintenance' }, { status: 500 });
        return HttpResponse.json({ version: { id: 'v2.1', status: 'CURRENT', version: '2.90', min_version: '2.1' } });
      }),
    );
    const client = createServiceClient({ baseUrl, token: 't', maxRetries: 0 }, compute);
    const failures = await Promise.all([get(client).catch((e: unknown) => e), get(client).catch((e: unknown) => e)]);
    for (const failure of failures) {
      expect(failure).toBeInstanceOf(ApiError);
      expect((failure as ApiError).status).toBe(500);
      expect((failure as Error).message).toContain('GET https://nova.test/v2.1/');
    }
    expect(discoveries).toBe(1);
    expect(seen).toEqual([]);
    expect((await get(client)).response.status).toBe(200);
    expect(discoveries).toBe(2);
    expect(seen.map((r) => r.headers.get('openstack-api-version'))).toEqual(['compute 2.90']);
  });

  it('rejects a pin outside what the package describes when the client is created', () => {
    expect(() => createServiceClient({ baseUrl, token: 't', microversion: '2.200' }, compute)).toThrow(
      /microversionPolicy\(compute\): microversion "2\.200" is not one this SDK describes \(2\.1 to 2\.104\)/,
    );
    expect(() => createServiceClient({ baseUrl, token: 't', microversion: 'latest' }, compute)).toThrow(StratusError);
    expect(() => createServiceClient({ baseUrl: 'https://glance.test', token: 't', microversion: '2.1' }, { provider: 'openstack-image', auth: { headerName: 'X-Auth-Token' } })).toThrow(
      /this service has no microversions/,
    );
  });

  it('reads Ironic-style range headers when the version document has none', async () => {
    server.use(
      http.get('https://ironic.test/v1/', () =>
        HttpResponse.json({ id: 'v1' }, { headers: { 'X-OpenStack-Ironic-API-Minimum-Version': '1.1', 'X-OpenStack-Ironic-API-Maximum-Version': '1.90' } }),
      ),
      http.get('https://ironic.test/v1/nodes', ({ request }) => HttpResponse.json({ version: request.headers.get('x-openstack-ironic-api-version') })),
    );
    const baremetal: ServiceDescriptor = {
      provider: 'openstack-baremetal',
      auth: { headerName: 'X-Auth-Token' },
      microversion: { service: 'baremetal', headers: [{ name: 'X-OpenStack-Ironic-API-Version' }], min: '1.1', max: '1.115' },
    };
    const client = createServiceClient({ baseUrl: 'https://ironic.test/v1', token: 't', negotiateMicroversion: true }, baremetal) as unknown as { GET: (p: string) => Promise<{ data: unknown }> };
    expect((await client.GET('/nodes')).data).toEqual({ version: '1.90' });
  });

  it('unwrap surfaces the 406 error too', async () => {
    const client = createServiceClient({ baseUrl, token: 't', microversion: '2.104' }, compute);
    await expect(unwrap(get(client) as never)).rejects.toBeInstanceOf(MicroversionNotSupportedError);
  });
});
