import { createHash } from 'node:crypto';
import { expect, it } from 'vitest';
import { ConflictError, createOpenStackClient, NotFoundError, unwrap } from '@stratus/openstack';
import { describeReal } from './support/real-openstack.js';
import { memberOptions } from './support/real-credentials.js';

const uniqueName = (kind: string): string => `stratus-e2e-${kind}-${crypto.randomUUID().slice(0, 8)}`;

/** `size` bytes that are not valid UTF-8 text, so any re-encoding on the way shows. */
const randomBytes = (size: number): Uint8Array => {
  const bytes = new Uint8Array(size);
  for (let offset = 0; offset < size; offset += 65_536) crypto.getRandomValues(bytes.subarray(offset, Math.min(size, offset + 65_536)));
  bytes[0] = 0xff;
  return bytes;
};

/** The name of a listing entry: an object's or container's, or a rolled-up prefix (with a delimiter). */
const entryName = (entry: { name: string } | { subdir: string }): string => ('name' in entry ? entry.name : entry.subdir);

const sha256 = (bytes: Uint8Array | ArrayBuffer): string => createHash('sha256').update(bytes instanceof ArrayBuffer ? new Uint8Array(bytes) : bytes).digest('hex');

/** A stream of `bytes` in chunks of `chunk`, as a caller streaming a file would send it. */
const streamOf = (bytes: Uint8Array, chunk: number): ReadableStream<Uint8Array> => {
  let offset = 0;
  return new ReadableStream({
    pull(controller) {
      if (offset >= bytes.length) return controller.close();
      controller.enqueue(bytes.slice(offset, offset + chunk));
      offset += chunk;
    },
  });
};

// Swift's proxy takes Keystone tokens (keystonemiddleware + keystoneauth); a member of the project may
// use the project's account, which the catalog URL names (`/v1/AUTH_<project id>`).
describeReal('real Swift: containers, objects byte-exact, metadata, listings', (openstack) => {
  it('the catalog gives the project’s account; the account lists the containers as JSON', async () => {
    await using cloud = await createOpenStackClient(memberOptions(openstack));
    expect(cloud.endpointFor('objectStore')).toBe(openstack.endpoints['object-store']);
    expect(openstack.endpoints['object-store']).toMatch(new RegExp(`/v1/AUTH_${openstack.project.id}$`));
    const container = uniqueName('acct');
    await unwrap(cloud.objectStore.PUT('/{container}', { params: { path: { container } } }));
    try {
      const containers = await unwrap(cloud.objectStore.GET('/', { params: { query: { format: 'json', prefix: container } } }));
      expect(containers).toEqual([{ name: container, count: 0, bytes: 0, last_modified: expect.any(String) }]);
    } finally {
      await unwrap(cloud.objectStore.DELETE('/{container}', { params: { path: { container } } }));
    }
  });

  it('objects: text and binary (a few MB, also streamed) uploaded and downloaded byte-exact', async () => {
    await using cloud = await createOpenStackClient(memberOptions(openstack));
    const { objectStore } = cloud;
    const container = uniqueName('objects');
    await unwrap(objectStore.PUT('/{container}', { params: { path: { container } } }));
    const names: string[] = [];
    try {
      const text = 'héllo "swift" ✓\n';
      names.push('notes/hello.txt');
      await unwrap(objectStore.PUT('/{container}/{object}', { params: { path: { container, object: 'notes/hello.txt' }, header: { 'Content-Type': 'text/plain; charset=utf-8' } }, body: text }));
      const textBlob = await unwrap(objectStore.GET('/{container}/{object}', { params: { path: { container, object: 'notes/hello.txt' } } }));
      // Blob normalises the media type it was given (`text/plain;charset=utf-8`).
      expect(textBlob.type).toMatch(/^text\/plain; ?charset=utf-8$/);
      expect(await textBlob.text()).toBe(text);

      const bytes = randomBytes(3 * 1024 * 1024 + 17);
      names.push('data/blob.bin');
      await unwrap(objectStore.PUT('/{container}/{object}', { params: { path: { container, object: 'data/blob.bin' } }, body: bytes }));
      const downloaded = await unwrap(objectStore.GET('/{container}/{object}', { params: { path: { container, object: 'data/blob.bin' } } }));
      expect(downloaded.size).toBe(bytes.length);
      expect(sha256(await downloaded.arrayBuffer())).toBe(sha256(bytes));

      // A stream up, in 64 KiB chunks (chunked transfer), and a stream down.
      names.push('data/streamed.bin');
      await unwrap(objectStore.PUT('/{container}/{object}', { params: { path: { container, object: 'data/streamed.bin' } }, body: streamOf(bytes, 65_536) }));
      const streamed = await unwrap(objectStore.GET('/{container}/{object}', { params: { path: { container, object: 'data/streamed.bin' } }, parseAs: 'stream' }));
      const chunks: Uint8Array[] = [];
      for await (const chunk of streamed) chunks.push(chunk);
      expect(sha256(Buffer.concat(chunks))).toBe(sha256(bytes));

      // Swift's ETag is the MD5 of the content: the same bytes, the same tag.
      const heads = await Promise.all(
        ['data/blob.bin', 'data/streamed.bin'].map((object) => objectStore.HEAD('/{container}/{object}', { params: { path: { container, object } } })),
      );
      expect(heads.map(({ response }) => response.status)).toEqual([200, 200]);
      expect(heads[0]?.response.headers.get('etag')).toBe(heads[1]?.response.headers.get('etag'));
      expect(heads[0]?.response.headers.get('content-length')).toBe(String(bytes.length));

      await expect(unwrap(objectStore.GET('/{container}/{object}', { params: { path: { container, object: 'missing' } } }))).rejects.toBeInstanceOf(NotFoundError);
      // A container with objects cannot be deleted.
      await expect(unwrap(objectStore.DELETE('/{container}', { params: { path: { container } } }))).rejects.toBeInstanceOf(ConflictError);
    } finally {
      for (const object of names) await objectStore.DELETE('/{container}/{object}', { params: { path: { container, object } } });
      await unwrap(objectStore.DELETE('/{container}', { params: { path: { container } } }));
    }
  });

  it('metadata: container and object metadata headers set, read back and changed', async () => {
    await using cloud = await createOpenStackClient(memberOptions(openstack));
    const { objectStore } = cloud;
    const container = uniqueName('meta');
    await unwrap(objectStore.PUT('/{container}', { params: { path: { container } }, headers: { 'X-Container-Meta-Owner': 'e2e' } }));
    try {
      const containerHead = await objectStore.HEAD('/{container}', { params: { path: { container } } });
      expect(containerHead.response.headers.get('x-container-meta-owner')).toBe('e2e');
      expect(containerHead.response.headers.get('x-container-object-count')).toBe('0');

      await unwrap(objectStore.PUT('/{container}/{object}', { params: { path: { container, object: 'o' } }, headers: { 'X-Object-Meta-Color': 'blue' }, body: 'x' }));
      const before = await objectStore.HEAD('/{container}/{object}', { params: { path: { container, object: 'o' } } });
      expect(before.response.headers.get('x-object-meta-color')).toBe('blue');
      // POST replaces the object's metadata.
      await objectStore.POST('/{container}/{object}', { params: { path: { container, object: 'o' } }, headers: { 'X-Object-Meta-Shape': 'round' } });
      const after = await objectStore.HEAD('/{container}/{object}', { params: { path: { container, object: 'o' } } });
      expect(after.response.headers.get('x-object-meta-shape')).toBe('round');
      expect(after.response.headers.get('x-object-meta-color')).toBeNull();
      await objectStore.DELETE('/{container}/{object}', { params: { path: { container, object: 'o' } } });
    } finally {
      await unwrap(objectStore.DELETE('/{container}', { params: { path: { container } } }));
    }
  });

  it('listings: prefix, delimiter, and pages of limit followed by marker', async () => {
    await using cloud = await createOpenStackClient(memberOptions(openstack));
    const { objectStore } = cloud;
    const container = uniqueName('list');
    await unwrap(objectStore.PUT('/{container}', { params: { path: { container } } }));
    const names = ['a/1', 'a/2', 'a/3', 'b/1', 'top'];
    try {
      for (const object of names) await unwrap(objectStore.PUT('/{container}/{object}', { params: { path: { container, object } }, body: object }));
      const all = await unwrap(objectStore.GET('/{container}', { params: { path: { container }, query: { format: 'json' } } }));
      expect(all.map(entryName)).toEqual(names);
      expect(all[0]).toEqual({ name: 'a/1', bytes: 3, hash: expect.any(String), content_type: 'application/octet-stream', last_modified: expect.any(String) });

      const underA = await unwrap(objectStore.GET('/{container}', { params: { path: { container }, query: { format: 'json', prefix: 'a/' } } }));
      expect(underA.map(entryName)).toEqual(['a/1', 'a/2', 'a/3']);

      // With a delimiter, the "folders" come as subdir entries.
      const top = await unwrap(objectStore.GET('/{container}', { params: { path: { container }, query: { format: 'json', delimiter: '/' } } }));
      expect(top).toEqual([{ subdir: 'a/' }, { subdir: 'b/' }, expect.objectContaining({ name: 'top' })]);

      const pages: string[][] = [];
      let marker: string | undefined;
      for (;;) {
        const page = await unwrap(objectStore.GET('/{container}', { params: { path: { container }, query: { format: 'json', limit: 2, ...(marker === undefined ? {} : { marker }) } } }));
        if (page.length === 0) break;
        pages.push(page.map(entryName));
        const last = page.at(-1);
        marker = last === undefined ? undefined : entryName(last);
      }
      expect(pages).toEqual([['a/1', 'a/2'], ['a/3', 'b/1'], ['top']]);
    } finally {
      for (const object of names) await objectStore.DELETE('/{container}/{object}', { params: { path: { container, object } } });
      await unwrap(objectStore.DELETE('/{container}', { params: { path: { container } } }));
    }
  });
});
