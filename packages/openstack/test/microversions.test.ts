import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createOpenStackClient, MicroversionNotSupportedError, MicroversionOutOfRangeError, unwrap, type OpenStackClientOptions } from '../src/index.js';
import { PASSWORD, PROJECT_ID, startFakeOpenStack, USER, type FakeOpenStack } from './support/fake-openstack.js';

let fake: FakeOpenStack;
beforeEach(async () => {
  fake = await startFakeOpenStack();
  // A cloud older than the packages: Nova up to 2.90, Placement up to 1.30.
  fake.microversions = { compute: { min: '2.1', max: '2.90' }, placement: { min: '1.0', max: '1.30' } };
});
afterEach(async () => {
  await fake.close();
});

const credentials = (): OpenStackClientOptions => ({
  authUrl: fake.authUrl,
  username: USER.name,
  password: PASSWORD,
  userDomainName: 'Default',
  projectId: PROJECT_ID,
});
const calls = (path: string) => fake.requests.filter((r) => r.path === path);

describe('microversions through createOpenStackClient()', () => {
  it('unpinned by default: catalog → compute endpoint → version document once → newest common version on every call', async () => {
    const cloud = await createOpenStackClient(credentials());
    await Promise.all([unwrap(cloud.compute.GET('/flavors/detail')), unwrap(cloud.compute.GET('/flavors/detail'))]);
    expect(calls('/compute/v2.1/')).toHaveLength(1);
    const flavorCalls = calls('/compute/v2.1/flavors/detail');
    expect(flavorCalls.map((r) => [r.headers['x-openstack-nova-api-version'], r.headers['openstack-api-version']])).toEqual([
      ['2.90', 'compute 2.90'],
      ['2.90', 'compute 2.90'],
    ]);
    // The version document is fetched with the session's token, like any other call.
    expect(calls('/compute/v2.1/')[0]?.headers['x-auth-token']).toBe('tok-1');
  });

  it('negotiation reads Placement\'s versions list (max_version) from its unversioned endpoint', async () => {
    const cloud = await createOpenStackClient(credentials());
    await unwrap(cloud.placement.GET('/resource_providers'));
    expect(calls('/placement/resource_providers')[0]?.headers['openstack-api-version']).toBe('placement 1.30');
  });

  it('a pin is sent exactly, without reading the version document', async () => {
    const cloud = await createOpenStackClient({ ...credentials(), microversions: { compute: '2.53', placement: '1.10' } });
    await unwrap(cloud.compute.GET('/flavors'));
    await unwrap(cloud.placement.GET('/resource_providers'));
    expect(calls('/compute/v2.1/')).toHaveLength(0);
    expect(calls('/placement/')).toHaveLength(0);
    expect(calls('/compute/v2.1/flavors')[0]?.headers['x-openstack-nova-api-version']).toBe('2.53');
    expect(calls('/placement/resource_providers')[0]?.headers['openstack-api-version']).toBe('placement 1.10');
  });

  it('a pinned version in range is sent as is, and the client is typed for it', async () => {
    const cloud = await createOpenStackClient({ ...credentials(), microversions: { compute: '2.79' }, negotiateMicroversions: true });
    const { data } = await cloud.compute.GET('/servers/{id}', { params: { path: { id: 's1' } } });
    expect(data).toBeDefined();
    expect(calls('/compute/v2.1/servers/s1')[0]?.headers['x-openstack-nova-api-version']).toBe('2.79');
  });

  it('a pinned version outside the server range fails before the call, naming service, version and range', async () => {
    const cloud = await createOpenStackClient({ ...credentials(), microversions: { compute: '2.96' }, negotiateMicroversions: true });
    const failure = await cloud.compute.GET('/flavors').catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(MicroversionOutOfRangeError);
    expect((failure as Error).message).toBe(
      'compute microversion 2.96 is not supported: the server supports 2.1 to 2.90; pin a version in that range, or leave the version unpinned to negotiate',
    );
    expect(calls('/compute/v2.1/flavors')).toHaveLength(0);
  });

  it('without negotiation a 406 is explained: version sent, server message, no secrets', async () => {
    const cloud = await createOpenStackClient({ ...credentials(), microversions: { compute: '2.96' } });
    const failure = await cloud.compute.GET('/flavors').catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(MicroversionNotSupportedError);
    const error = failure as MicroversionNotSupportedError;
    expect(error.status).toBe(406);
    expect(error.message).toContain('compute microversion 2.96 is not supported');
    expect(error.message).toContain('Version 2.96 is not supported by the API. Minimum is 2.1 and maximum is 2.90.');
    expect(JSON.stringify(error)).not.toContain(PASSWORD);
    expect(JSON.stringify(error)).not.toContain('tok-1');
  });

  it('negotiateMicroversions: false: unpinned sends the newest version the package describes', async () => {
    fake.microversions.compute.max = '2.104';
    const cloud = await createOpenStackClient({ ...credentials(), negotiateMicroversions: false });
    await unwrap(cloud.compute.GET('/flavors'));
    expect(calls('/compute/v2.1/')).toHaveLength(0);
    expect(calls('/compute/v2.1/flavors')[0]?.headers['openstack-api-version']).toBe('compute 2.104');
  });

  it('services without microversions get no header, and pinning one is a clear error', async () => {
    const cloud = await createOpenStackClient(credentials());
    await unwrap(cloud.network.GET('/networks'));
    expect(Object.keys(calls('/network/v2.0/networks')[0]?.headers ?? {}).filter((h) => h.includes('api-version'))).toEqual([]);
    await expect(createOpenStackClient({ ...credentials(), microversions: { image: '2.1' } as never })).rejects.toThrow(
      /microversions\.image: "image" has no microversions \(services with microversions: compute, blockStorage, placement, sharedFileSystem, containerInfra, baremetal, iot\)/,
    );
  });
});
