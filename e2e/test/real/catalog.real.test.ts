import { expect, it } from 'vitest';
import { ConnectionError, createOpenStackClient, createKeystoneAuth, selectEndpoint, StratusError, unwrap } from '@stratus/openstack';
import { describeReal } from './support/real-openstack.js';
import { memberOptions } from './support/real-credentials.js';
import { recordingFetch } from './support/record-bodies.js';
import { createRequestLog } from './support/request-log.js';

describeReal('real Keystone catalog: interface and region choice among decoys', (openstack) => {
  const { region, endpoints } = openstack;

  const decoyUrl = (service: string, endpointInterface: string, decoyRegion: string): string => {
    const decoy = openstack.decoys.find((entry) => entry.service === service && entry.interface === endpointInterface && entry.region === decoyRegion);
    if (!decoy) throw new Error(`env.json has no ${service} decoy on ${endpointInterface}@${decoyRegion}`);
    return decoy.url;
  };

  it('the catalog really holds the decoys: each service has an internal, an admin and another region’s public endpoint', async () => {
    await using cloud = await createOpenStackClient(memberOptions(openstack));
    const services: Array<'image' | 'placement'> = ['image', 'placement'];
    for (const service of services) {
      const entry = cloud.authentication?.catalog.find((candidate) => candidate.type === service);
      const found = (entry?.endpoints ?? []).map((endpoint) => `${endpoint.interface}@${endpoint.region_id ?? endpoint.region ?? ''} ${endpoint.url}`).sort();
      expect(found).toEqual(
        [
          `public@${region} ${endpoints[service]}`,
          `internal@${region} ${decoyUrl(service, 'internal', region)}`,
          `admin@${region} ${decoyUrl(service, 'admin', region)}`,
          `public@RegionTwo ${decoyUrl(service, 'public', 'RegionTwo')}`,
        ].sort(),
      );
    }
  });

  it('public in the real region: the real endpoints, and the calls go there', async () => {
    const log = createRequestLog();
    await using cloud = await createOpenStackClient({ ...memberOptions(openstack, log.fetch), interface: 'public' });
    expect(cloud.endpointFor('image')).toBe(`${endpoints.image}/v2`);
    expect(cloud.endpointFor('placement')).toBe(endpoints.placement);
    expect(cloud.endpointFor('identity')).toBe(endpoints.identity);

    await unwrap(cloud.image.GET('/images'));
    const imageCall = log.requests.find((request) => request.url.startsWith(`${endpoints.image}/v2/images`));
    expect(imageCall?.status).toBe(200);
  });

  it('no interface given: public is the default', async () => {
    await using cloud = await createOpenStackClient(memberOptions(openstack));
    expect(cloud.endpointFor('image')).toBe(`${endpoints.image}/v2`);
  });

  it('interface internal (and its internalURL spelling): the internal decoy, which does not answer', async () => {
    for (const spelling of ['internal', 'internalURL']) {
      const log = createRequestLog();
      await using cloud = await createOpenStackClient({ ...memberOptions(openstack, log.fetch), interface: spelling, maxRetries: 0 });
      const internal = decoyUrl('image', 'internal', region);
      expect(cloud.endpointFor('image')).toBe(`${internal}/v2`);
      // Nothing listens there: the call fails to connect, it is not sent anywhere else.
      await expect(unwrap(cloud.image.GET('/images'))).rejects.toBeInstanceOf(ConnectionError);
      expect(log.requests.at(-1)?.url).toBe(`${internal}/v2/images`);
    }
  });

  it('interface admin: the admin decoy of each service', async () => {
    await using cloud = await createOpenStackClient({ ...memberOptions(openstack), interface: 'admin' });
    expect(cloud.endpointFor('image')).toBe(`${decoyUrl('image', 'admin', region)}/v2`);
    expect(cloud.endpointFor('placement')).toBe(decoyUrl('placement', 'admin', region));
  });

  it('the other region: its public decoy', async () => {
    await using cloud = await createOpenStackClient({ ...memberOptions(openstack), regionName: 'RegionTwo' });
    expect(cloud.endpointFor('image')).toBe(`${decoyUrl('image', 'public', 'RegionTwo')}/v2`);
    expect(cloud.endpointFor('placement')).toBe(decoyUrl('placement', 'public', 'RegionTwo'));
  });

  it('an interface the region lacks: the error names the endpoints that exist', async () => {
    await using cloud = await createOpenStackClient({ ...memberOptions(openstack), regionName: 'RegionTwo', interface: 'internal' });
    expect(() => cloud.endpointFor('image')).toThrow(StratusError);
    expect(() => cloud.endpointFor('image')).toThrow('service "image" has no internal endpoint in region "RegionTwo" (endpoints: ');
    const message = errorMessage(() => cloud.endpointFor('image'));
    for (const existing of [`image public@${region}`, `image internal@${region}`, `image admin@${region}`, 'image public@RegionTwo']) {
      expect(message).toContain(existing);
    }
    // The getter fails the same way.
    expect(() => cloud.image).toThrow('has no internal endpoint in region "RegionTwo"');
  });

  it('a region that does not exist: the error names it and the endpoints that exist', async () => {
    await using cloud = await createOpenStackClient({ ...memberOptions(openstack), regionName: 'RegionNowhere' });
    const message = errorMessage(() => cloud.endpointFor('placement'));
    expect(message).toContain('service "placement" has no public endpoint in region "RegionNowhere"');
    expect(message).toContain(`placement public@${region}`);
    expect(message).toContain('placement public@RegionTwo');
  });

  it('a service the cloud does not run: the error names the service types present', async () => {
    await using cloud = await createOpenStackClient(memberOptions(openstack));
    expect(() => cloud.dns).toThrow(`service "dns" is not in the catalog (service types present: ${Object.keys(endpoints).sort().join(', ')})`);
  });

  it('an endpoint override wins over the catalog: the image override works while placement goes to its internal decoy', async () => {
    await using cloud = await createOpenStackClient({ ...memberOptions(openstack), interface: 'internal', endpoints: { image: endpoints.image } });
    expect(cloud.endpointFor('image')).toBe(`${endpoints.image}/v2`);
    expect(cloud.endpointFor('placement')).toBe(decoyUrl('placement', 'internal', region));
    const { images } = await unwrap(cloud.image.GET('/images'));
    expect(images).toBeInstanceOf(Array);
  });

  it('an unscoped token has no catalog: no service can be chosen', async () => {
    await using cloud = await createOpenStackClient({ ...memberOptions(openstack), unscoped: true });
    expect(cloud.authentication?.catalog).toEqual([]);
    expect(() => cloud.endpointFor('image')).toThrow('service "image" is not in the catalog (service types present: none)');
  });

  it('selectEndpoint on the real catalog: region by id, interface spelled publicURL', async () => {
    const { member, project } = openstack;
    const auth = createKeystoneAuth({ authUrl: openstack.authUrl, userId: member.id, password: member.password, projectId: project.id, fetch: recordingFetch });
    const { catalog } = await auth();
    expect(selectEndpoint(catalog, { serviceType: 'image', interface: 'publicURL', region })).toEqual({
      url: endpoints.image,
      catalogType: 'image',
      interface: 'public',
      region,
    });
    expect(selectEndpoint(catalog, { serviceType: 'placement', interface: 'admin', region })).toMatchObject({ url: decoyUrl('placement', 'admin', region) });
    auth.forget();
  });
});

function errorMessage(action: () => unknown): string {
  try {
    action();
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
  throw new Error('expected an error, none was thrown');
}
