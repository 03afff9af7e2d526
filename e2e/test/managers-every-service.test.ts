import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import * as baremetal from '@stratus/openstack-baremetal';
import * as blockStorage from '@stratus/openstack-block-storage';
import * as containerInfra from '@stratus/openstack-container-infra';
import * as dns from '@stratus/openstack-dns';
import * as identity from '@stratus/openstack-identity';
import * as image from '@stratus/openstack-image';
import * as iot from '@stratus/openstack-iot';
import * as loadBalancer from '@stratus/openstack-load-balancer';
import * as network from '@stratus/openstack-network';
import * as objectStore from '@stratus/openstack-object-store';
import * as placement from '@stratus/openstack-placement';
import * as sharedFileSystem from '@stratus/openstack-shared-file-system';
import { useMswServer } from './msw-server.js';

const server = useMswServer();
const token = 't';

// One list per service through its generated manager, each paging the way that service announces
// a next page; the second page is served only when the manager asks for it correctly.
const cases: { service: string; base: string; path: string; items: string; nextPage: (base: string, path: string) => Record<string, unknown>; list: (baseUrl: string) => Promise<unknown[]> }[] = [
  { service: 'identity', base: 'https://keystone.test/v3', path: '/projects', items: 'projects', nextPage: (b, p) => ({ links: { next: `${b}${p}?marker=a` } }), list: (baseUrl) => identity.createIdentityClient({ baseUrl, token }).projects.list().all() },
  { service: 'image', base: 'https://glance.test', path: '/images', items: 'images', nextPage: (_b, p) => ({ next: `/v2${p}?marker=a` }), list: (baseUrl) => image.createImageClient({ baseUrl, token }).images.list().all() },
  { service: 'network', base: 'https://neutron.test', path: '/networks', items: 'networks', nextPage: (b, p) => ({ networks_links: [{ rel: 'next', href: `${b}/v2.0${p}?marker=a` }] }), list: (baseUrl) => network.createNetworkClient({ baseUrl, token }).networks.list().all() },
  { service: 'block-storage', base: 'https://cinder.test/v3', path: '/volumes/detail', items: 'volumes', nextPage: (b, p) => ({ volumes_links: [{ rel: 'next', href: `${b}${p}?marker=a` }] }), list: (baseUrl) => blockStorage.createBlockStorageClient({ baseUrl, token }).volumes.list().all() },
  { service: 'placement', base: 'https://placement.test', path: '/resource_providers', items: 'resource_providers', nextPage: () => ({}), list: (baseUrl) => placement.createPlacementClient({ baseUrl, token }).resourceProviders.list().all() },
  { service: 'load-balancer', base: 'https://octavia.test', path: '/lbaas/loadbalancers', items: 'loadbalancers', nextPage: (b, p) => ({ loadbalancers_links: [{ rel: 'next', href: `${b}/v2${p}?marker=a` }] }), list: (baseUrl) => loadBalancer.createLoadBalancerClient({ baseUrl, token }).loadbalancers.list().all() },
  { service: 'dns', base: 'https://designate.test', path: '/zones', items: 'zones', nextPage: (b, p) => ({ links: { self: `${b}${p}`, next: `${b}/v2${p}?marker=a` } }), list: (baseUrl) => dns.createDnsClient({ baseUrl, token }).zones.list().all() },
  { service: 'shared-file-system', base: 'https://manila.test/v2', path: '/shares/detail', items: 'shares', nextPage: (b, p) => ({ shares_links: [{ rel: 'next', href: `${b}${p}?marker=a` }] }), list: (baseUrl) => sharedFileSystem.createSharedFileSystemClient({ baseUrl, token }).shares.list().all() },
  { service: 'container-infra', base: 'https://magnum.test', path: '/clusters', items: 'clusters', nextPage: (b, p) => ({ next: `${b}/v1${p}?marker=a&limit=1` }), list: (baseUrl) => containerInfra.createContainerInfraClient({ baseUrl, token }).clusters.list().all() },
  { service: 'baremetal', base: 'https://ironic.test', path: '/nodes/detail', items: 'nodes', nextPage: (b, p) => ({ next: `${b}/v1${p}?marker=a&limit=1` }), list: (baseUrl) => baremetal.createBaremetalClient({ baseUrl, token }).nodes.list().all() },
  { service: 'iot', base: 'https://iotronic.test:8812', path: '/boards/detail', items: 'boards', nextPage: (b, p) => ({ next: `${b}/v1${p}?limit=1&marker=a` }), list: (baseUrl) => iot.createIotClient({ baseUrl, token }).boards.list().all() },
];

describe('generated managers, one list per service', () => {
  it.each(cases)('$service: list() pages through $path', async ({ base, path, items, nextPage, list }) => {
    const seen: string[] = [];
    const paged = Object.keys(nextPage(base, path)).length > 0;
    server.use(
      http.get(`${base}${path}`, ({ request }) => {
        const url = new URL(request.url);
        seen.push(url.search);
        expect(request.headers.get('x-auth-token')).toBe(token);
        if (url.searchParams.get('marker') === 'a') return HttpResponse.json({ [items]: [{ id: 'b' }] });
        return HttpResponse.json({ [items]: [{ id: 'a' }], ...nextPage(base, path) });
      }),
    );
    expect(await list(base)).toEqual(paged ? [{ id: 'a' }, { id: 'b' }] : [{ id: 'a' }]);
    expect(seen).toHaveLength(paged ? 2 : 1);
    if (paged) expect(new URL(`http://x${seen[1]}`).searchParams.get('marker')).toBe('a');
  });

  it('member calls send their body to their path: Ironic nodes.power(id, body) → PUT /nodes/{id}/states/power', async () => {
    const bodies: unknown[] = [];
    server.use(
      http.put('https://ironic.test/nodes/:node/states/power', async ({ request, params }) => {
        bodies.push({ node: params['node'], body: await request.json() });
        return new HttpResponse(null, { status: 202 });
      }),
    );
    const ironic = baremetal.createBaremetalClient({ baseUrl: 'https://ironic.test', token });
    await ironic.nodes.power('node-1', { target: 'power on' });
    expect(bodies).toEqual([{ node: 'node-1', body: { target: 'power on' } }]);
  });

  it('object-store has no managers: its paths have no collection words (containers and objects are keyed by name)', () => {
    const swift = Object.keys(objectStore.createObjectStoreClient({ baseUrl: 'https://swift.test/v1/AUTH_p', token }));
    const boards = Object.keys(iot.createIotClient({ baseUrl: 'https://iotronic.test:8812', token }));
    expect(boards).toEqual(expect.arrayContaining([...swift, 'boards', 'boardPlugins', 'fleets', 'plugins']));
    expect(swift.filter((key) => /^[a-z]/.test(key) && !['request', 'use', 'eject'].includes(key))).toEqual([]);
  });
});
