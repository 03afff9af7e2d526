import { expect, it } from 'vitest';
import { createOpenStackClient, ForbiddenError, MicroversionNotSupportedError, MicroversionOutOfRangeError, NotFoundError, unwrap } from '@stratus/openstack';
import { describeReal } from './support/real-openstack.js';
import { adminOptions, memberOptions } from './support/real-credentials.js';
import { createRequestLog } from './support/request-log.js';
import { until } from './support/until.js';

const uniqueName = (kind: string): string => `stratus-e2e-${kind}-${crypto.randomUUID().slice(0, 8)}`;

// Cinder runs its API, scheduler and one volume service (Cinder's fake driver: volumes are records,
// nothing is allocated) in one process. Volume types are for admins; volumes for members.
describeReal('real Cinder: volume types, volumes, microversions', (openstack) => {
  it('volume types: admin creates, lists, shows and deletes one; a member may not create', async () => {
    await using admin = await createOpenStackClient(adminOptions(openstack));
    await using member = await createOpenStackClient(memberOptions(openstack));
    const name = uniqueName('type');
    const type = await admin.blockStorage.types.create({ volume_type: { name, description: 'e2e', extra_specs: { volume_backend_name: 'fake' } } });
    try {
      expect(type.name).toBe(name);
      expect(type.extra_specs).toEqual({ volume_backend_name: 'fake' });
      expect(type.is_public).toBe(true);
      expect((await admin.blockStorage.types.get(type.id)).description).toBe('e2e');
      expect((await member.blockStorage.types.list().all()).map((entry) => entry.name)).toContain(name);
      await expect(member.blockStorage.types.create({ volume_type: { name: `${name}-member` } })).rejects.toBeInstanceOf(ForbiddenError);
    } finally {
      await admin.blockStorage.types.delete(type.id);
    }
    await expect(admin.blockStorage.types.get(type.id)).rejects.toBeInstanceOf(NotFoundError);
  });

  it('volumes: create → available, list in detail and by name, show, update, delete → gone', async () => {
    await using cloud = await createOpenStackClient(memberOptions(openstack));
    const { blockStorage } = cloud;
    const name = uniqueName('volume');
    const created = await blockStorage.volumes.create({ volume: { size: 1, name, description: 'e2e', metadata: { purpose: 'e2e' } } });
    try {
      expect(created.name).toBe(name);
      expect(created.size).toBe(1);
      const available = await until(() => blockStorage.volumes.get(created.id), (volume) => volume.status !== 'creating', 'volume create');
      expect(available.status).toBe('available');
      expect(available.metadata).toEqual({ purpose: 'e2e' });
      expect(available.attachments).toEqual([]);

      expect((await blockStorage.volumes.find({ name })).id).toBe(created.id);
      // The summary list: id, name and links of each volume.
      const summaries = await unwrap(blockStorage.GET('/volumes'));
      expect(summaries.volumes.find((volume) => volume.id === created.id)).toEqual({ id: created.id, name, links: expect.any(Array) });
      const updated = await blockStorage.volumes.update(created.id, { volume: { description: 'updated' } });
      expect(updated.description).toBe('updated');
    } finally {
      await blockStorage.volumes.delete(created.id);
    }
    await until(
      () => blockStorage.volumes.get(created.id).then(() => 'present', (error: unknown) => (error instanceof NotFoundError ? 'gone' : Promise.reject(error))),
      (state) => state === 'gone',
      'volume delete',
    );
  });

  it('microversions: a pin above the server’s newest is a 406 (or, checked first, refused before any call); unpinned negotiates the server’s newest; a pin is sent as is', async () => {
    // Cinder 21 (Zed) stops at 3.70; the package describes up to 3.71. Its 406 carries no range
    // headers: the range is in its message only.
    await using above = await createOpenStackClient({ ...memberOptions(openstack), microversions: { blockStorage: '3.71' } });
    const refused = await above.blockStorage.volumes.list().all().catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(MicroversionNotSupportedError);
    expect(String(refused)).toContain('Minimum is 3.0 and maximum is 3.70');

    const log = createRequestLog();
    await using checked = await createOpenStackClient({ ...memberOptions(openstack, log.fetch), microversions: { blockStorage: '3.71' }, negotiateMicroversions: true });
    const early = await checked.blockStorage.volumes.list().all().catch((error: unknown) => error);
    expect(early).toBeInstanceOf(MicroversionOutOfRangeError);
    if (!(early instanceof MicroversionOutOfRangeError)) throw early;
    expect(early.serverRange).toEqual({ min: '3.0', max: '3.70' });
    expect(log.requests.filter((request) => request.url.includes('/volumes'))).toHaveLength(0);

    await using unpinned = await createOpenStackClient(memberOptions(openstack, log.fetch));
    await unpinned.blockStorage.volumes.list().all();
    const calls = log.requests.filter((request) => request.url.includes('/volumes/detail'));
    expect(calls.map((request) => request.headers['openstack-api-version'])).toEqual(['volume 3.70']);
    expect(calls.map((request) => request.responseHeaders['openstack-api-version'])).toEqual(['volume 3.70']);

    await using pinned = await createOpenStackClient({ ...memberOptions(openstack, log.fetch), microversions: { blockStorage: '3.50' } });
    await pinned.blockStorage.volumes.list().all();
    expect(log.requests.at(-1)?.headers['openstack-api-version']).toBe('volume 3.50');
    expect(log.requests.at(-1)?.responseHeaders['openstack-api-version']).toBe('volume 3.50');
  });
});
