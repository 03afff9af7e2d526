import { describe, expect, it } from 'vitest';
import { normalizeEndpointUrl, selectEndpoint, type ServiceCatalog } from '../src/index.js';

const catalog: ServiceCatalog = [
  { type: 'compute', endpoints: [
    { interface: 'public', region_id: 'RegionOne', region: 'RegionOne', url: 'https://nova.one/v2.1' },
    { interface: 'internal', region_id: 'RegionOne', region: 'RegionOne', url: 'http://nova.internal/v2.1' },
    { interface: 'public', region_id: 'RegionTwo', region: 'RegionTwo', url: 'https://nova.two/v2.1' },
  ] },
  { type: 'volumev2', endpoints: [{ interface: 'public', region: 'RegionOne', url: 'https://cinder/v2/p1' }] },
  { type: 'volumev3', endpoints: [{ interface: 'public', region: 'RegionOne', url: 'https://cinder/v3/p1' }] },
  { type: 'sharev2', endpoints: [{ interface: 'public', region: 'RegionOne', url: 'https://manila/v2' }] },
  { type: 'container-infra', endpoints: [{ interface: 'public', region: 'RegionOne', url: 'https://magnum/v1' }] },
  { type: 'bare-metal', endpoints: [{ interface: 'admin', region: 'RegionOne', url: 'https://ironic' }] },
];

describe('selectEndpoint', () => {
  it.each([
    [{ serviceType: 'compute' }, 'https://nova.one/v2.1', 'compute'],
    [{ serviceType: 'compute', region: 'RegionTwo' }, 'https://nova.two/v2.1', 'compute'],
    [{ serviceType: 'compute', interface: 'internal' }, 'http://nova.internal/v2.1', 'compute'],
    [{ serviceType: 'compute', interface: 'internalURL' }, 'http://nova.internal/v2.1', 'compute'],
    [{ serviceType: 'compute', interface: 'publicURL', region: 'RegionOne' }, 'https://nova.one/v2.1', 'compute'],
    // block-storage aliases: volumev3 is preferred over volumev2 whatever the catalog order.
    [{ serviceType: 'block-storage' }, 'https://cinder/v3/p1', 'volumev3'],
    [{ serviceType: 'volumev3' }, 'https://cinder/v3/p1', 'volumev3'],
    [{ serviceType: 'volume' }, 'https://cinder/v3/p1', 'volumev3'],
    [{ serviceType: 'block-store' }, 'https://cinder/v3/p1', 'volumev3'],
    [{ serviceType: 'shared-file-system' }, 'https://manila/v2', 'sharev2'],
    [{ serviceType: 'sharev2' }, 'https://manila/v2', 'sharev2'],
    [{ serviceType: 'container-infrastructure-management' }, 'https://magnum/v1', 'container-infra'],
    [{ serviceType: 'baremetal', interface: 'admin' }, 'https://ironic', 'bare-metal'],
  ])('%o → %s', (options, url, catalogType) => {
    expect(selectEndpoint(catalog, options)).toMatchObject({ url, catalogType });
  });

  it('uses an endpoint override without looking at the catalog', () => {
    expect(selectEndpoint([], { serviceType: 'dns', endpointOverride: 'http://designate:9001/v2' })).toMatchObject({ url: 'http://designate:9001/v2', interface: 'override' });
  });

  it('lists the service types present when a service is missing', () => {
    expect(() => selectEndpoint(catalog, { serviceType: 'dns' })).toThrow(
      /service "dns" is not in the catalog \(service types present: bare-metal, compute, container-infra, sharev2, volumev2, volumev3\)/,
    );
  });

  it('lists the endpoints when interface or region do not match', () => {
    expect(() => selectEndpoint(catalog, { serviceType: 'compute', region: 'RegionThree' })).toThrow(
      /service "compute" has no public endpoint in region "RegionThree" \(endpoints: compute public@RegionOne, compute internal@RegionOne, compute public@RegionTwo\)/,
    );
    expect(() => selectEndpoint(catalog, { serviceType: 'baremetal' })).toThrow(/baremetal \(or bare-metal\)" has no public endpoint/);
  });

  it('rejects an unknown interface', () => {
    expect(() => selectEndpoint(catalog, { serviceType: 'compute', interface: 'private' })).toThrow(/unknown endpoint interface "private"/);
  });
});

describe('normalizeEndpointUrl: base URLs where calls read /servers', () => {
  it.each([
    // service, catalog URL, versionPrefix, expected
    ['compute', 'https://cloud/compute/v2.1', '/v2.1', 'https://cloud/compute/v2.1'],
    ['compute trailing slash', 'https://cloud/compute/v2.1/', '/v2.1', 'https://cloud/compute/v2.1'],
    ['compute unversioned', 'http://nova:8774', '/v2.1', 'http://nova:8774/v2.1'],
    ['compute legacy v2 + project', 'http://nova:8774/v2/p1', '/v2.1', 'http://nova:8774/v2.1/p1'],
    ['compute v2.1 + project', 'http://nova:8774/v2.1/p1', '/v2.1', 'http://nova:8774/v2.1/p1'],
    ['network', 'http://neutron:9696', '/v2.0', 'http://neutron:9696/v2.0'],
    ['network versioned', 'http://neutron:9696/v2.0/', '/v2.0', 'http://neutron:9696/v2.0'],
    ['identity', 'http://keystone:5000', '/v3', 'http://keystone:5000/v3'],
    ['identity path', 'https://cloud/identity/v3', '/v3', 'https://cloud/identity/v3'],
    ['identity v2.0 catalog', 'http://keystone:5000/v2.0', '/v3', 'http://keystone:5000/v3'],
    ['block-storage + project', 'http://cinder:8776/v3/p1', '/v3', 'http://cinder:8776/v3/p1'],
    ['block-storage volumev2 entry', 'http://cinder:8776/v2/p1', '/v3', 'http://cinder:8776/v3/p1'],
    ['block-storage unversioned', 'http://cinder:8776', '/v3', 'http://cinder:8776/v3'],
    ['image', 'http://glance:9292', '/v2', 'http://glance:9292/v2'],
    ['image versioned', 'http://glance:9292/v2', '/v2', 'http://glance:9292/v2'],
    ['dns', 'http://designate:9001', '/v2', 'http://designate:9001/v2'],
    ['load-balancer', 'https://cloud/load-balancer', '/v2', 'https://cloud/load-balancer/v2'],
    ['baremetal', 'http://ironic:6385', '/v1', 'http://ironic:6385/v1'],
    ['container-infra', 'http://magnum:9511/v1', '/v1', 'http://magnum:9511/v1'],
    ['iot', 'http://iotronic:8812', '/v1', 'http://iotronic:8812/v1'],
    ['object-store account', 'http://swift:8080/v1/AUTH_p1', '/v1/{account}', 'http://swift:8080/v1/AUTH_p1'],
    ['object-store without account', 'http://swift:8080/v1', '/v1/{account}', 'http://swift:8080/v1/AUTH_p1'],
    ['object-store unversioned', 'http://swift:8080', '/v1/{account}', 'http://swift:8080/v1/AUTH_p1'],
    ['placement (no prefix)', 'http://placement:8778/', undefined, 'http://placement:8778'],
    ['shared-file-system (no prefix)', 'http://manila:8786/v2/p1', undefined, 'http://manila:8786/v2/p1'],
  ])('%s: %s', (_label, url, versionPrefix, expected) => {
    expect(normalizeEndpointUrl(url, { versionPrefix, projectId: 'p1' })).toBe(expected);
  });

  it('drops query strings and fragments', () => {
    expect(normalizeEndpointUrl('http://nova:8774/v2.1?x=1#y', { versionPrefix: '/v2.1' })).toBe('http://nova:8774/v2.1');
  });

  it('needs a project id to build a Swift account', () => {
    expect(() => normalizeEndpointUrl('http://swift:8080/v1', { versionPrefix: '/v1/{account}' })).toThrow(/no project id is known/);
  });
});
