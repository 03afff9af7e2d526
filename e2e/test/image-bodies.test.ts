import { http, HttpResponse } from 'msw';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { createImageClient, StratusError, unwrap, type components } from '@stratus/openstack-image';
import { useMswServer } from './msw-server.js';

const server = useMswServer();
const baseUrl = 'https://glance.test/v2';
const token = 't';
// Every byte value, so a JSON or text encoding anywhere on the way would show.
const DATA = Uint8Array.from({ length: 4219 }, (_, index) => (index * 13) % 256);
// As Glance 25 answers a queued image: every core attribute, null when unset, plus a custom property.
const IMAGE = {
  id: 'i1', name: 'cirros', disk_format: 'qcow2', container_format: 'bare', size: null, virtual_size: null, status: 'queued' as const,
  visibility: 'shared' as const, protected: false, os_hidden: false, checksum: null, os_hash_algo: null, os_hash_value: null, owner: 'p1',
  min_ram: 0, min_disk: 0, tags: ['a'], created_at: '2026-01-01T00:00:00Z', updated_at: '2026-01-01T00:00:00Z',
  self: '/v2/images/i1', file: '/v2/images/i1/file', schema: '/v2/schemas/image', hw_disk_bus: 'virtio',
};

interface Seen {
  method: string;
  path: string;
  contentType: string | null;
  bytes: Uint8Array;
}

function recordRequests(): Seen[] {
  const seen: Seen[] = [];
  const record = async (request: Request) => {
    seen.push({ method: request.method, path: new URL(request.url).pathname, contentType: request.headers.get('content-type'), bytes: new Uint8Array(await request.arrayBuffer()) });
  };
  server.use(
    http.put(`${baseUrl}/images/:id/file`, async ({ request }) => {
      await record(request);
      return new HttpResponse(null, { status: 204 });
    }),
    http.put(`${baseUrl}/images/:id/stage`, async ({ request }) => {
      await record(request);
      return new HttpResponse(null, { status: 204 });
    }),
    http.get(`${baseUrl}/images/:id/file`, ({ params }) =>
      params['id'] === 'empty' ? new HttpResponse(null, { status: 204 }) : new HttpResponse(DATA, { headers: { 'content-type': 'application/octet-stream', 'content-length': String(DATA.length) } }),
    ),
    http.patch(`${baseUrl}/images/:id`, async ({ request }) => {
      await record(request);
      return HttpResponse.json({ ...IMAGE, name: 'renamed' });
    }),
  );
  return seen;
}

const decode = (bytes: Uint8Array) => new TextDecoder().decode(bytes);

describe('@stratus/openstack-image bodies that are not JSON', () => {
  it('uploads bytes unchanged as application/octet-stream (PUT /images/{image_id}/file), a string as UTF-8', async () => {
    const seen = recordRequests();
    const glance = createImageClient({ baseUrl, token });
    await unwrap(glance.PUT('/images/{image_id}/file', { params: { path: { image_id: 'i1' } }, body: DATA }));
    await unwrap(glance.PUT('/images/{image_id}/file', { params: { path: { image_id: 'i1' } }, body: 'ünïcode "quoted"' }));
    expect(seen.map((s) => s.contentType)).toEqual(['application/octet-stream', 'application/octet-stream']);
    expect(seen[0]!.bytes).toEqual(DATA);
    expect(decode(seen[1]!.bytes)).toBe('ünïcode "quoted"');
  });

  it('stages bytes through the manager (images.stage) as application/octet-stream', async () => {
    const seen = recordRequests();
    const glance = createImageClient({ baseUrl, token });
    await glance.images.stage('i1', new Blob([DATA]));
    expect(seen).toEqual([{ method: 'PUT', path: '/v2/images/i1/stage', contentType: 'application/octet-stream', bytes: DATA }]);
  });

  it('downloads as a Blob by default, or as the parseAs asked; a 204 (no data) is data: undefined', async () => {
    recordRequests();
    const glance = createImageClient({ baseUrl, token });
    const file = { params: { path: { image_id: 'i1' } } };
    const blob = await unwrap(glance.GET('/images/{image_id}/file', file));
    expectTypeOf(blob).toEqualTypeOf<Blob>();
    expect(new Uint8Array(await blob.arrayBuffer())).toEqual(DATA);
    const buffer = await unwrap(glance.GET('/images/{image_id}/file', { ...file, parseAs: 'arrayBuffer' }));
    expectTypeOf(buffer).toEqualTypeOf<ArrayBuffer>();
    expect(new Uint8Array(buffer)).toEqual(DATA);
    const stream = await unwrap(glance.GET('/images/{image_id}/file', { ...file, parseAs: 'stream' }));
    expectTypeOf(stream).toEqualTypeOf<ReadableStream<Uint8Array>>();
    expect(new Uint8Array(await new Response(stream).arrayBuffer())).toEqual(DATA);

    const empty = await glance.GET('/images/{image_id}/file', { params: { path: { image_id: 'empty' } } });
    expectTypeOf(empty.data).toEqualTypeOf<Blob | undefined>();
    expect([empty.data, empty.error, empty.response.status]).toEqual([undefined, undefined, 204]);
  });

  it('images.update(id, patch) sends the JSON patch as application/openstack-images-v2.1-json-patch and returns the image', async () => {
    const seen = recordRequests();
    const glance = createImageClient({ baseUrl, token });
    const updated = await glance.images.update('i1', [
      { op: 'replace', path: '/name', value: 'renamed' },
      { op: 'add', path: '/hw_disk_bus', value: 'scsi' },
      { op: 'remove', path: '/os_distro' },
    ]);
    expect(updated.name).toBe('renamed');
    expect(seen[0]!.contentType).toBe('application/openstack-images-v2.1-json-patch');
    expect(JSON.parse(decode(seen[0]!.bytes))).toEqual([
      { op: 'replace', path: '/name', value: 'renamed' },
      { op: 'add', path: '/hw_disk_bus', value: 'scsi' },
      { op: 'remove', path: '/os_distro' },
    ]);
    const typeChecks = (): void => {
      // @ts-expect-error -- Glance's patch media type has no move (400)
      void glance.images.update('i1', [{ op: 'move', from: '/a', path: '/b' }]);
      // @ts-expect-error -- the patch is a list of operations, not the image
      void glance.images.update('i1', { name: 'x' });
    };
    void typeChecks; // never called: its @ts-expect-error lines are checked by tsc (vitest's typecheck run)
  });

  it('refuses a non-binary upload body with an error naming the operation, before any request', async () => {
    const seen = recordRequests();
    const glance = createImageClient({ baseUrl, token });
    const upload = glance.PUT('/images/{image_id}/file', {
      params: { path: { image_id: 'i1' } },
      // @ts-expect-error -- a number is not bytes
      body: 42,
    });
    await expect(upload).rejects.toThrow(StratusError);
    await expect(upload).rejects.toThrow(/PUT \/images\/\{image_id\}\/file sends application\/octet-stream: .* not a number/);
    expect(seen).toEqual([]);
  });

  it('types an image as Glance sends it: declared fields keep their types beside custom properties', () => {
    type Image = components['schemas']['ImageShowResponse'];
    const image: Image = IMAGE;
    expectTypeOf(image.min_disk).toEqualTypeOf<number>();
    expectTypeOf(image.protected).toEqualTypeOf<boolean>();
    expectTypeOf(image['hw_disk_bus']).toEqualTypeOf<unknown>();
    type Create = NonNullable<Parameters<ReturnType<typeof createImageClient>['images']['create']>[0]>;
    const create: Create = { name: 'cirros', disk_format: 'qcow2', container_format: 'bare', tags: ['a', 'b'], hw_disk_bus: 'virtio' };
    expect(create.tags).toEqual(['a', 'b']);
  });
});
