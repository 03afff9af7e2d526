import { NoUniqueMatchError } from '@stratus/openstack-compute';
import { createComputeHttp } from '@stratus/openstack-compute/msw';
import { describe, expect, it } from 'vitest';
import { main } from '../openstack/novaclient-servers.js';
import { COMPUTE_URL, OPENRC, captureLines, emptyConfigDir, useFakeOpenStack } from './support/fake-openstack.js';

const cloud = useFakeOpenStack();
const compute = createComputeHttp(COMPUTE_URL);
const dir = emptyConfigDir();
const config = { env: { ...OPENRC }, home: dir, cwd: dir };
const flavor = (id: string, name: string, ram: number) => ({ id, name, ram, vcpus: 1, disk: 1, links: [] });
const listed = (id: string, name: string) => ({ id, name, status: 'ACTIVE' });

describe('novaclient-servers (flavors.find → servers.create → servers.list)', () => {
  it('finds the 512 MB flavor, boots my-server on it and lists every page of servers at microversion 2.79', async () => {
    const page2 = `${COMPUTE_URL}/servers/detail?marker=s-2`;
    cloud.use(
      compute.get('/flavors/detail', ({ response }) => response(200).json({ flavors: [flavor('1', 'm1.tiny', 512), flavor('2', 'm1.small', 2048)] } as never)),
      compute.post('/servers', ({ response }) => response(202).json({ server: { id: 's-new', links: [], security_groups: [], 'OS-DCF:diskConfig': 'AUTO', adminPass: 'generated-admin-pass' } })),
      compute.get('/servers/detail', ({ query, response }) =>
        response(200).json((query.get('marker') === null
          ? { servers: [listed('s-1', 'web-1'), listed('s-2', 'web-2')], servers_links: [{ rel: 'next', href: page2 }] }
          : { servers: [listed('s-new', 'my-server')] }) as never),
      ),
    );
    const io = captureLines();
    const id = await main({ config, imageId: 'img-ubuntu' }, io);

    expect(id).toBe('s-new');
    expect(io.lines).toEqual([
      'flavor m1.tiny (1): 1 vCPU, 512 MB',
      'created s-new',
      's-1  web-1        ACTIVE',
      's-2  web-2        ACTIVE',
      's-new  my-server    ACTIVE',
    ]);
    const requests = (await cloud.seen()).filter((request) => request.url.startsWith(COMPUTE_URL));
    expect(requests.map((request) => `${request.method} ${request.url.slice(COMPUTE_URL.length)}`)).toEqual([
      'GET /flavors/detail',
      'POST /servers',
      'GET /servers/detail',
      'GET /servers/detail?marker=s-2',
    ]);
    expect(requests[1]!.body).toEqual({ server: { name: 'my-server', flavorRef: '1', imageRef: 'img-ubuntu', networks: 'auto' } });
    expect(requests.every((request) => request.token === 'gAAAAABtoken-1')).toBe(true);
  });

  it('pins compute 2.79 in both microversion headers', async () => {
    const headers: (string | null)[][] = [];
    cloud.use(
      compute.get('/flavors/detail', ({ request, response }) => {
        headers.push([request.headers.get('openstack-api-version'), request.headers.get('x-openstack-nova-api-version')]);
        return response(200).json({ flavors: [flavor('1', 'a', 512), flavor('2', 'b', 512)] } as never);
      }),
    );
    const failure = await main({ config, imageId: 'img' }, captureLines()).catch((error: unknown) => error);
    // novaclient's NoUniqueMatch when the filter is ambiguous; nothing gets created.
    expect(failure).toBeInstanceOf(NoUniqueMatchError);
    expect((failure as Error).message).toContain('2 flavors match {"ram":512}');
    expect(headers).toEqual([['compute 2.79', '2.79']]);
  });
});
