import { expect, it } from 'vitest';
import { createOpenStackClient, NotFoundError, unwrap } from '@stratus/openstack';
import { describeReal } from './support/real-openstack.js';
import { adminOptions } from './support/real-credentials.js';

const uniqueName = (kind: string): string => `stratus-e2e-${kind}-${crypto.randomUUID().slice(0, 8)}`;

/** A few KB of random bytes: every byte value, no text, an odd length. */
function randomBytes(length: number): Uint8Array {
  const bytes = new Uint8Array(length);
  crypto.getRandomValues(bytes);
  return bytes;
}

describeReal('real Glance: images through the typed client', (openstack) => {
  it('create with tags, upload bytes, download them byte for byte, update by JSON patch, delete', async () => {
    await using cloud = await createOpenStackClient(adminOptions(openstack));
    const { image } = cloud;

    const created = await image.images.create({ name: uniqueName('image'), disk_format: 'raw', container_format: 'bare', tags: ['stratus', 'e2e'] });
    try {
      expect(created.status).toBe('queued');
      expect([...created.tags].sort()).toEqual(['e2e', 'stratus']);

      const data = randomBytes(4219);
      await unwrap(image.PUT('/images/{image_id}/file', { params: { path: { image_id: created.id } }, body: data }));
      const uploaded = await image.images.get(created.id);
      expect(uploaded.status).toBe('active');
      expect(uploaded.size).toBe(data.byteLength);

      const downloaded = await unwrap(image.GET('/images/{image_id}/file', { params: { path: { image_id: created.id } } }));
      expect(new Uint8Array(await downloaded.arrayBuffer())).toEqual(data);

      // Through the manager, then the raw call: both send Glance's JSON-patch media type.
      const renamed = await image.images.update(created.id, [
        { op: 'replace', path: '/name', value: `${created.name}-renamed` },
        { op: 'add', path: '/stratus_note', value: 'patched' },
      ]);
      expect(renamed.name).toBe(`${created.name}-renamed`);
      expect(renamed['stratus_note']).toBe('patched');
      const patched = await unwrap(
        image.PATCH('/images/{image_id}', {
          params: { path: { image_id: created.id } },
          body: [
            { op: 'remove', path: '/stratus_note' },
            { op: 'replace', path: '/tags', value: ['stratus', 'e2e', 'patched'] },
          ],
        }),
      );
      expect(patched).not.toHaveProperty('stratus_note');
      expect([...patched.tags].sort()).toEqual(['e2e', 'patched', 'stratus']);
    } finally {
      await image.images.delete(created.id);
    }
    await expect(image.images.get(created.id)).rejects.toBeInstanceOf(NotFoundError);
  });

  it('lists across pages with limit: each image once, in the order of one unpaged list', async () => {
    await using cloud = await createOpenStackClient(adminOptions(openstack));
    const { image } = cloud;
    const tag = uniqueName('paging');
    const created = await Promise.all([1, 2, 3].map((n) => image.images.create({ name: `${tag}-${n}`, tags: [tag] })));
    try {
      const unpaged = await unwrap(image.GET('/images', { params: { query: { tag: [tag] } } }));
      expect(unpaged.images.map((entry) => entry.id).sort()).toEqual(created.map((entry) => entry.id).sort());

      // Glance follows `next` with a marker: three pages of one, then a last empty one.
      const paged = await image.images.list({ tag: [tag], limit: 1 }).all();
      expect(paged.map((entry) => entry.id)).toEqual(unpaged.images.map((entry) => entry.id));

      const firstPage = await unwrap(image.GET('/images', { params: { query: { tag: [tag], limit: 1 } } }));
      expect(firstPage.images).toHaveLength(1);
      expect(firstPage.next).toMatch(/marker=/);
    } finally {
      await Promise.all(created.map((entry) => image.images.delete(entry.id)));
    }
  });
});
