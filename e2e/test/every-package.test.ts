import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import * as baremetal from '@stratus/openstack-baremetal';
import * as blockStorage from '@stratus/openstack-block-storage';
import * as compute from '@stratus/openstack-compute';
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
import { STRATUS_VERSION } from '@stratus/core';
import { clientFactoryName } from './support/service-names.js';
import { useMswServer } from './msw-server.js';

const server = useMswServer();

// Each generated package, the catalog-style base URL a user passes, and the README's example path.
const cases = [
  { name: 'compute', pkg: compute, baseUrl: 'https://nova.test/v2.1', path: '/servers', type: 'compute' },
  { name: 'identity', pkg: identity, baseUrl: 'https://keystone.test/v3', path: '/projects', type: 'identity' },
  { name: 'image', pkg: image, baseUrl: 'https://glance.test/v2', path: '/images', type: 'image' },
  { name: 'network', pkg: network, baseUrl: 'https://neutron.test/v2.0', path: '/networks', type: 'network' },
  { name: 'block-storage', pkg: blockStorage, baseUrl: 'https://cinder.test/v3/p123', path: '/volumes', type: 'block-storage' },
  { name: 'object-store', pkg: objectStore, baseUrl: 'https://swift.test/v1/AUTH_p123', path: '/', type: 'object-store' },
  { name: 'placement', pkg: placement, baseUrl: 'https://placement.test', path: '/resource_providers', type: 'placement' },
  { name: 'load-balancer', pkg: loadBalancer, baseUrl: 'https://octavia.test/load-balancer/v2', path: '/lbaas/loadbalancers', type: 'load-balancer' },
  { name: 'dns', pkg: dns, baseUrl: 'https://designate.test/v2', path: '/zones', type: 'dns' },
  { name: 'shared-file-system', pkg: sharedFileSystem, baseUrl: 'https://manila.test/v2/p123', path: '/shares', type: 'shared-file-system' },
  { name: 'container-infra', pkg: containerInfra, baseUrl: 'https://magnum.test/v1', path: '/clusters', type: 'container-infrastructure-management' },
  { name: 'iot', pkg: iot, baseUrl: 'https://iotronic.test:8812/v1', path: '/boards', type: 'iot' },
  { name: 'baremetal', pkg: baremetal, baseUrl: 'https://ironic.test:6385/v1', path: '/nodes', type: 'baremetal' },
] as const;

describe.each(cases)('@stratus/openstack-$name', ({ name, pkg, baseUrl, path, type }) => {
  it('describes its service', () => {
    expect(pkg.service.provider).toBe('openstack');
    expect(pkg.service.serviceType).toBe(type);
    expect(pkg.service.auth).toEqual({ headerName: 'X-Auth-Token' });
  });

  it('sends the README example to baseUrl + path with the token and user agent', async () => {
    const seen: { url: string; token: string | null; userAgent: string | null }[] = [];
    server.use(
      http.get(`${baseUrl}${path === '/' ? '' : path}`, ({ request }) => {
        seen.push({ url: request.url, token: request.headers.get('x-auth-token'), userAgent: request.headers.get('user-agent') });
        return HttpResponse.json({ ok: true });
      }),
    );
    // One signature for every package (those with microversions have a generic create<Service>Client).
    const createClient = (pkg as unknown as Record<string, unknown>)[clientFactoryName(name)] as (options: { baseUrl: string; token: string; userAgent: { appName: string; appVersion: string } }) => { GET: unknown };
    const client = createClient({ baseUrl, token: 'tok-e2e', userAgent: { appName: 'e2e', appVersion: '1.0' } });
    // The README example, called the way a user would (paths are typed per package).
    const { data, error, response } = await (client.GET as (p: string) => Promise<{ data?: unknown; error?: unknown; response: Response }>)(path);
    expect(error).toBeUndefined();
    expect(response.status).toBe(200);
    expect(data).toEqual({ ok: true });
    expect(seen).toHaveLength(1);
    expect(seen[0]!.url.startsWith(baseUrl)).toBe(true);
    expect(seen[0]!.token).toBe('tok-e2e');
    expect(seen[0]!.userAgent).toBe(`stratus/${STRATUS_VERSION} e2e/1.0`);
  });
});
