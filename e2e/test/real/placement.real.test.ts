import { expect, it } from 'vitest';
import { createOpenStackClient, ConflictError, NotFoundError, unwrap } from '@stratus/openstack';
import { describeReal } from './support/real-openstack.js';
import { adminOptions } from './support/real-credentials.js';

const uniqueName = (kind: string): string => `stratus-e2e-${kind}-${crypto.randomUUID().slice(0, 8)}`;

// Placement's default policy lets only admins in.
describeReal('real Placement: providers, inventories, allocations, usages', (openstack) => {
  it('resource providers: create (negotiated version answers the provider), get, rename, nest, list, delete', async () => {
    await using cloud = await createOpenStackClient(adminOptions(openstack));
    const { placement } = cloud;

    const parent = await placement.resourceProviders.create({ name: uniqueName('parent') });
    const child = await placement.resourceProviders.create({ name: uniqueName('child'), parent_provider_uuid: parent.uuid });
    try {
      expect(parent.parent_provider_uuid).toBeNull();
      expect(child.parent_provider_uuid).toBe(parent.uuid);
      expect(child.root_provider_uuid).toBe(parent.uuid);

      const renamed = await placement.resourceProviders.update(parent.uuid, { name: `${parent.name}-renamed` });
      expect(renamed.name).toBe(`${parent.name}-renamed`);
      // Renaming is not a change of inventories, traits or aggregates: the generation stays.
      expect(renamed.generation).toBe(parent.generation);
      expect((await placement.resourceProviders.get(parent.uuid)).name).toBe(renamed.name);

      const tree = await placement.resourceProviders.list({ in_tree: parent.uuid }).all();
      expect(tree.map((provider) => provider.uuid).sort()).toEqual([parent.uuid, child.uuid].sort());

      // A provider with children cannot go first.
      await expect(placement.resourceProviders.delete(parent.uuid)).rejects.toBeInstanceOf(ConflictError);
    } finally {
      await placement.resourceProviders.delete(child.uuid);
      await placement.resourceProviders.delete(parent.uuid);
    }
    await expect(placement.resourceProviders.get(parent.uuid)).rejects.toBeInstanceOf(NotFoundError);
  });

  it('inventories, an allocation of a consumer, and the usages it makes', async () => {
    await using cloud = await createOpenStackClient(adminOptions(openstack));
    const { placement } = cloud;
    const provider = await placement.resourceProviders.create({ name: uniqueName('compute') });
    const consumer = crypto.randomUUID();
    // Placement takes any project id; a fresh one keeps the usages to this test's consumer.
    const projectId = crypto.randomUUID().replaceAll('-', '');
    try {
      const vcpu = await placement.resourceProviderInventories.create(provider.uuid, { resource_class: 'VCPU', total: 8, allocation_ratio: 2 });
      expect(vcpu.total).toBe(8);
      const all = await unwrap(
        placement.PUT('/resource_providers/{uuid}/inventories', {
          params: { path: { uuid: provider.uuid } },
          body: {
            resource_provider_generation: vcpu.resource_provider_generation,
            inventories: { VCPU: { total: 8, allocation_ratio: 2 }, MEMORY_MB: { total: 4096, reserved: 512 } },
          },
        }),
      );
      expect(Object.keys(all.inventories).sort()).toEqual(['MEMORY_MB', 'VCPU']);
      const memory = await placement.resourceProviderInventories.get(provider.uuid, 'MEMORY_MB');
      expect(memory.reserved).toBe(512);
      const resized = await placement.resourceProviderInventories.update(provider.uuid, 'MEMORY_MB', {
        resource_provider_generation: all.resource_provider_generation,
        total: 8192,
      });
      expect(resized.total).toBe(8192);

      await placement.allocations.update(consumer, {
        allocations: { [provider.uuid]: { resources: { VCPU: 2, MEMORY_MB: 1024 } } },
        project_id: projectId,
        user_id: openstack.member.id,
        consumer_generation: null,
        consumer_type: 'INSTANCE',
      });
      const allocation = await placement.allocations.get(consumer);
      expect(allocation.allocations[provider.uuid]?.resources).toEqual({ VCPU: 2, MEMORY_MB: 1024 });
      expect(allocation.project_id).toBe(projectId);

      const providerUsages = await unwrap(placement.GET('/resource_providers/{uuid}/usages', { params: { path: { uuid: provider.uuid } } }));
      expect(providerUsages.usages).toEqual({ VCPU: 2, MEMORY_MB: 1024 });
      // Since 1.38 the project's usages are grouped by consumer type.
      const projectUsages = await unwrap(placement.GET('/usages', { params: { query: { project_id: projectId } } }));
      expect(projectUsages.usages).toEqual({ INSTANCE: { consumer_count: 1, VCPU: 2, MEMORY_MB: 1024 } });
      // Before 1.38 they are one flat map, and typed so at a pin below it.
      await using pinned = await createOpenStackClient({ ...adminOptions(openstack), microversions: { placement: '1.20' } });
      const flat = await unwrap(pinned.placement.GET('/usages', { params: { query: { project_id: projectId } } }));
      const vcpus: number | undefined = flat.usages['VCPU'];
      expect(vcpus).toBe(2);
      expect(flat.usages).toEqual({ VCPU: 2, MEMORY_MB: 1024 });

      await placement.allocations.delete(consumer);
      const empty = await unwrap(placement.GET('/resource_providers/{uuid}/usages', { params: { path: { uuid: provider.uuid } } }));
      expect(empty.usages).toEqual({ VCPU: 0, MEMORY_MB: 0 });
      await placement.resourceProviderInventories.delete(provider.uuid, 'VCPU');
      await expect(placement.resourceProviderInventories.get(provider.uuid, 'VCPU')).rejects.toBeInstanceOf(NotFoundError);
    } finally {
      // Without unwrap: a failed assertion above stays the reported failure (the allocation may be gone already).
      await placement.DELETE('/allocations/{consumer_uuid}', { params: { path: { consumer_uuid: consumer } } });
      await placement.resourceProviders.delete(provider.uuid);
    }
  });

  it('pinned 1.10: create answers 201 without a body; pinned 1.20: create answers the provider', async () => {
    await using old = await createOpenStackClient({ ...adminOptions(openstack), microversions: { placement: '1.10' } });
    await using newer = await createOpenStackClient({ ...adminOptions(openstack), microversions: { placement: '1.20' } });
    const name = uniqueName('pinned');
    // Typed as what 1.10 answers: no body (the 200 with the provider starts at 1.20).
    const nothing: void = await old.placement.resourceProviders.create({ name });
    expect(nothing).toBeUndefined();
    const found = await old.placement.resourceProviders.find({ name });
    try {
      expect(found.name).toBe(name);
      expect(found).not.toHaveProperty('root_provider_uuid');

      const created = await newer.placement.resourceProviders.create({ name: `${name}-1.20` });
      try {
        expect(created.name).toBe(`${name}-1.20`);
        expect(created.root_provider_uuid).toBe(created.uuid);
      } finally {
        await newer.placement.resourceProviders.delete(created.uuid);
      }
    } finally {
      await old.placement.resourceProviders.delete(found.uuid);
    }
  });
});
