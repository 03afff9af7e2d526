import { inspect } from 'node:util';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as compute from '@stratus/openstack-compute';
import { createOpenStackClient, unwrap } from '../src/index.js';
import { loadOpenStackConfig } from '../src/config/index.js';
import { FLAVORS, PASSWORD, PROJECT_ID, startFakeOpenStack, USER, type FakeOpenStack } from './support/fake-openstack.js';

let fake: FakeOpenStack;
beforeEach(async () => {
  fake = await startFakeOpenStack();
});
afterEach(async () => {
  await fake.close();
});

describe('createOpenStackClient()', () => {
  it('the Pouta flow: openrc env → token → compute.GET(/flavors/detail)', async () => {
    const env = {
      OS_AUTH_URL: fake.authUrl,
      OS_IDENTITY_API_VERSION: '3',
      OS_USERNAME: USER.name,
      OS_PASSWORD: PASSWORD,
      OS_USER_DOMAIN_NAME: 'Default',
      OS_PROJECT_ID: PROJECT_ID,
      OS_PROJECT_NAME: 'project_2001234',
      OS_REGION_NAME: 'RegionOne',
      OS_INTERFACE: 'public',
    };
    const { options } = loadOpenStackConfig({ env, cwd: '/nonexistent', home: '/nonexistent' });
    const cloud = await createOpenStackClient({ ...options, userAgent: { appName: 'pouta-test', appVersion: '1.0', extra: ['ci'] } });
    const { data, error } = await cloud.compute.GET('/flavors/detail');
    expect(error).toBeUndefined();
    expect(data).toEqual({ flavors: FLAVORS });
    const call = fake.requests.find((r) => r.path === '/compute/v2.1/flavors/detail');
    expect(call?.headers['x-auth-token']).toBe('tok-1');
    expect(call?.headers['user-agent']).toMatch(/^stratus\/\S+ pouta-test\/1\.0 ci$/);
    expect(fake.authRequests()[0]?.body).toMatchObject({ auth: { scope: { project: { id: PROJECT_ID } } } });
    expect(cloud.authentication?.project?.id).toBe(PROJECT_ID);
  });

  it('direct mode: token + endpoints, no Keystone (iotronicclient os_auth_token + iotronic_url)', async () => {
    fake.valid.add('direct-token');
    const cloud = await createOpenStackClient({ token: 'direct-token', endpoints: { iot: `${fake.baseUrl}/iot/v1` } });
    const data = await unwrap(cloud.iot.GET('/boards'));
    expect(data).toMatchObject({ boards: [{ name: 'board-1' }] });
    const call = fake.requests.find((r) => r.path === '/iot/v1/boards');
    expect(call?.headers['x-auth-token']).toBe('direct-token');
    expect(fake.authRequests()).toHaveLength(0);
    expect(() => cloud.compute).toThrow(/no endpoint for "compute" in direct mode \(endpoints given: iot\)/);
  });

  it('services passed in: exactly those, typed; another names how to add it', async () => {
    const cloud = await createOpenStackClient({ authUrl: fake.authUrl, userId: USER.id, password: PASSWORD, projectId: PROJECT_ID, services: { compute }, microversions: { compute: '2.79' } });
    const { data } = await cloud.compute.GET('/flavors/detail');
    expect(data).toEqual({ flavors: FLAVORS });
    expect(fake.requests.at(-1)?.headers['x-openstack-nova-api-version']).toBe('2.79');
    // @ts-expect-error network was not passed, so the cloud's type has no `network`
    expect(() => cloud.network).toThrow(/cloud\.network: "network" is not among the services passed to createOpenStackClient\(\) \(compute\): add it: services: \{ network \}, where network is the namespace of @stratus\/openstack-network/);
    expect(cloud.toJSON()).toMatchObject({ services: ['compute'] });
  });

  it('refuses a pin for a service that is not passed, and a value that is not a service package', async () => {
    const options = { authUrl: fake.authUrl, userId: USER.id, password: PASSWORD, projectId: PROJECT_ID };
    await expect(createOpenStackClient({ ...options, services: { compute }, microversions: { placement: '1.10' } })).rejects.toThrow(/microversions\.placement: "placement" is not among the services passed/);
    // @ts-expect-error a package name is not the package
    await expect(createOpenStackClient({ ...options, services: { compute: '@stratus/openstack-compute' } })).rejects.toThrow(/services\.compute is not a service package namespace; pass the namespace of @stratus\/openstack-compute/);
    expect(fake.authRequests()).toHaveLength(0);
  });

  it('creates clients lazily, caches them, and normalizes catalog URLs', async () => {
    const cloud = await createOpenStackClient({ authUrl: fake.authUrl, userId: USER.id, password: PASSWORD, projectId: PROJECT_ID });
    expect(cloud.compute).toBe(cloud.compute);
    expect(cloud.endpointFor('network')).toBe(`${fake.baseUrl}/network/v2.0`);
    expect(cloud.endpointFor('blockStorage')).toBe(`${fake.baseUrl}/volume/v3/${PROJECT_ID}`);
    expect(cloud.endpointFor('objectStore')).toBe(`${fake.baseUrl}/swift/v1/AUTH_${PROJECT_ID}`);
    expect(cloud.endpointFor('iot')).toBe(`${fake.baseUrl}/iot/v1`);
    expect(() => cloud.image).toThrow(/has no public endpoint \(endpoints: image internal@RegionOne\)/);
    expect(() => cloud.dns).toThrow(/service "dns" is not in the catalog/);
    await unwrap(cloud.iot.GET('/boards'));
    expect(fake.requests.at(-1)?.path).toBe('/iot/v1/boards');
  });

  it('honours interface, region and endpoint overrides', async () => {
    const scoped = { authUrl: fake.authUrl, userId: USER.id, password: PASSWORD, projectId: PROJECT_ID };
    const internal = await createOpenStackClient({ ...scoped, interface: 'internalURL' });
    expect(internal.endpointFor('image')).toBe(`${fake.baseUrl}/image/v2`);
    const wrongRegion = await createOpenStackClient({ ...scoped, regionName: 'RegionTwo' });
    expect(() => wrongRegion.compute).toThrow(/no public endpoint in region "RegionTwo"/);
    const overridden = await createOpenStackClient({ ...scoped, endpoints: { dns: 'http://designate:9001' } });
    expect(overridden.endpointFor('dns')).toBe('http://designate:9001/v2');
  });

  it('close() forgets the token without revoking it; asyncDispose closes', async () => {
    const cloud = await createOpenStackClient({ authUrl: fake.authUrl, userId: USER.id, password: PASSWORD });
    await cloud[Symbol.asyncDispose]();
    expect(cloud.closed).toBe(true);
    expect(cloud.authentication).toBeUndefined();
    expect(() => cloud.compute).toThrow(/closed/);
    expect(fake.valid.has('tok-1')).toBe(true);
    expect(fake.requests.some((r) => r.method === 'DELETE')).toBe(false);

    const revoking = await createOpenStackClient({ authUrl: fake.authUrl, userId: USER.id, password: PASSWORD });
    await revoking.close({ revoke: true });
    expect(fake.valid.has('tok-2')).toBe(false);
  });

  it('supports await using', async () => {
    let cloudRef: Awaited<ReturnType<typeof createOpenStackClient>> | undefined;
    {
      await using cloud = await createOpenStackClient({ authUrl: fake.authUrl, userId: USER.id, password: PASSWORD });
      cloudRef = cloud;
      expect(cloud.closed).toBe(false);
    }
    expect(cloudRef?.closed).toBe(true);
  });

  it('never shows credentials when logged or serialised', async () => {
    const cloud = await createOpenStackClient({ authUrl: fake.authUrl, userId: USER.id, password: PASSWORD, projectId: PROJECT_ID });
    await unwrap(cloud.compute.GET('/flavors'));
    for (const text of [JSON.stringify(cloud), inspect(cloud, { depth: 10, showHidden: false })]) {
      expect(text).not.toContain(PASSWORD);
      expect(text).not.toContain('tok-1');
    }
  });

  it('errors clearly without an auth URL', async () => {
    await expect(createOpenStackClient({ username: 'a', password: 'hidden-pass' })).rejects.toThrow(/no auth URL/);
    await expect(createOpenStackClient({ token: 't' })).rejects.toThrow(/needs "endpoints"/);
  });
});
