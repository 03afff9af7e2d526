import { expect, it } from 'vitest';
import { connect, unwrap } from '@stratus/openstack';
import { describeReal } from './support/real-openstack.js';
import { recordingFetch } from './support/record-bodies.js';

describeReal('real OpenStack services: smoke', (openstack) => {
  it('authenticates as admin by password and reaches Glance and Placement through the catalog', async () => {
    const { admin } = openstack;
    const cloud = await connect({
      authUrl: openstack.authUrl,
      username: admin.username,
      userDomainName: admin.userDomainName,
      password: admin.password,
      projectName: admin.projectName,
      projectDomainName: admin.projectDomainName,
      regionName: openstack.region,
      interface: 'public',
      fetch: recordingFetch,
    });
    try {
      expect(cloud.authentication?.project?.id).toBe(admin.projectId);
      expect(cloud.authentication?.catalog.map((entry) => entry.type)).toEqual(
        expect.arrayContaining(['identity', 'image', 'placement']),
      );
      // The real endpoints, not the decoys on other interfaces and regions.
      expect(cloud.endpointFor('image')).toBe(`${openstack.endpoints.image}/v2`);
      expect(cloud.endpointFor('placement')).toBe(openstack.endpoints.placement);

      const { images } = await unwrap(cloud.image.GET('/images'));
      expect(images).toBeInstanceOf(Array);
      const { resource_providers } = await unwrap(cloud.placement.GET('/resource_providers'));
      expect(resource_providers).toBeInstanceOf(Array);
    } finally {
      await cloud.close();
    }
  });
});
