import { describe, expect, it } from 'vitest';
import { createComputeClient, unwrap } from '@stratus/openstack-compute';
import { createComputeHttp as computeHttp } from '@stratus/openstack-compute/msw';
import { httpFactoryName } from './support/service-names.js';
import { useMswServer } from './msw-server.js';

// `<package>/msw` is what users import in their own tests: typed handlers bound to the client's baseUrl.
const server = useMswServer();
const baseUrl = 'https://nova.test/v2.1';

describe('@stratus/openstack-compute/msw', () => {
  it('serves a typed handler at the client baseUrl, with path params decoded', async () => {
    const http = computeHttp(`${baseUrl}/`);
    server.use(
      http.get('/servers/{id}', ({ params, response }) =>
        response(200).json({ server: { id: params.id, name: 'web-1', status: 'ACTIVE' } as never }),
      ),
    );
    const client = createComputeClient({ baseUrl, token: 't' });
    const { server: found } = await unwrap(client.GET('/servers/{id}', { params: { path: { id: 'srv 1' } } }));
    expect(found).toMatchObject({ id: 'srv 1', name: 'web-1' });
  });

  it('hands the resolver the typed query and JSON body the client sent', async () => {
    const http = computeHttp(baseUrl);
    const seen: { minRam: string | null; name?: string } = { minRam: null };
    server.use(
      http.get('/flavors/detail', ({ query, response }) => {
        seen.minRam = query.get('minRam');
        return response(200).json({ flavors: [] });
      }),
      http.post('/servers', async ({ request, response }) => {
        const body = await request.json();
        seen.name = body && 'server' in body ? body.server.name : undefined;
        return response(202).json({ server: { id: 'new', links: [] } } as never);
      }),
    );
    const client = createComputeClient({ baseUrl, token: 't' });
    await unwrap(client.GET('/flavors/detail', { params: { query: { minRam: '512' } } }));
    await unwrap(client.POST('/servers', { body: { server: { name: 'web-2', flavorRef: '1', imageRef: 'img', networks: 'auto' } } as never }));
    expect(seen).toEqual({ minRam: '512', name: 'web-2' });
  });

  it('rejects, at compile time, paths the spec does not have and bodies that do not match', () => {
    const http = computeHttp(baseUrl);
    // @ts-expect-error: not a compute path
    http.get('/serverz', () => new Response());
    // @ts-expect-error: a server list has no `nope`
    http.get('/servers', ({ response }) => response(200).json({ nope: 1 }));
    expect(http.untyped).toBeDefined();
  });
});

// Every generated package ships the entry, bound the same way.
const packages = [
  'baremetal', 'block-storage', 'compute', 'container-infra', 'dns', 'identity', 'image', 'iot',
  'load-balancer', 'network', 'object-store', 'placement', 'shared-file-system',
] as const;

describe.each(packages)('@stratus/openstack-%s/msw', (name) => {
  it('exports create<Service>Http, whose handlers match under the given baseUrl', async () => {
    const msw = (await import(`@stratus/openstack-${name}/msw`)) as Record<string, (baseUrl: string) => { untyped: unknown; get: (path: string, resolver: () => Response) => import('msw').HttpHandler }>;
    const http = msw[httpFactoryName(name)]!(`https://${name}.test/v1`);
    server.use(http.get('/ping', () => Response.json({ pong: name })));
    const response = await fetch(`https://${name}.test/v1/ping`);
    expect(await response.json()).toEqual({ pong: name });
  });
});
