import { expect, it } from 'vitest';
import { createOpenStackClient, unwrap } from '@stratus/openstack';
import { describeReal } from './support/real-openstack.js';
import { adminOptions } from './support/real-credentials.js';

describeReal('real OpenStack services: smoke', (openstack) => {
  it('authenticates as admin by password and reaches Glance and Placement through the catalog', async () => {
    const cloud = await createOpenStackClient(adminOptions(openstack));
    try {
      expect(cloud.authentication?.project?.id).toBe(openstack.admin.projectId);
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
