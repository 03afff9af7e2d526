import type { IncomingMessage } from 'node:http';
import { afterAll, beforeAll, beforeEach, describe, expect, expectTypeOf, it } from 'vitest';
import { createServiceClient, type ServiceDescriptor } from '../src/client/create-service-client.js';
import { unwrap } from '../src/client/unwrap.js';
import { StratusError } from '../src/errors/stratus-error.js';
import type { ComputeOperations } from './support/compute-paths.js';
import { IMAGE_MEDIA, type ImageOperations } from './support/image-paths.js';
import { startLoopbackServer, type LoopbackServer } from './support/loopback-server.js';

// Over a real socket: what Glance would receive is what the server below records, byte for byte.
interface Received {
  method: string;
  url: string;
  contentType: string | undefined;
  bytes: Buffer;
}

const image: ServiceDescriptor = { provider: 'openstack-image', auth: { headerName: 'X-Auth-Token' }, media: IMAGE_MEDIA };
// Every byte value, so an encoding step (UTF-8, JSON, base64) anywhere would show.
const DATA = Uint8Array.from({ length: 4219 }, (_, index) => (index * 7) % 256);

let server: LoopbackServer;
const received: Received[] = [];

async function readBytes(request: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

beforeAll(async () => {
  server = await startLoopbackServer((request, response) => {
    void readBytes(request).then((bytes) => {
      received.push({ method: request.method!, url: request.url!, contentType: request.headers['content-type'], bytes });
      if (request.method === 'GET' && request.url === '/v2/images/empty/file') {
        response.writeHead(204).end();
      } else if (request.method === 'GET' && request.url?.endsWith('/file')) {
        response.writeHead(200, { 'content-type': 'application/octet-stream', 'content-length': String(DATA.length) }).end(Buffer.from(DATA));
      } else if (request.method === 'PUT') {
        response.writeHead(204).end();
      } else if (request.method === 'PATCH') {
        response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ id: 'i1', name: 'patched', min_disk: 1 }));
      } else {
        response.writeHead(404, { 'content-type': 'application/json' }).end('{"message":"no"}');
      }
    });
  });
});
beforeEach(() => {
  received.length = 0;
});
afterAll(() => server.close());

const client = () => createServiceClient<ImageOperations>({ baseUrl: `${server.url}/v2`, token: 't', maxRetries: 0 }, image);
const file = { params: { path: { image_id: 'i1' } } };

describe('binary request bodies (service.media request: application/octet-stream)', () => {
  it.each([
    ['a Uint8Array', () => DATA],
    ['a Node Buffer', () => Buffer.from(DATA)],
    ['an ArrayBuffer', () => DATA.slice().buffer],
    ['a DataView over part of a buffer', () => new DataView(Uint8Array.from([9, 9, ...DATA, 9]).buffer, 2, DATA.length)],
    ['a Blob', () => new Blob([DATA])],
    ['a ReadableStream in chunks', () => new ReadableStream<Uint8Array>({ start(controller) { controller.enqueue(DATA.subarray(0, 1000)); controller.enqueue(DATA.subarray(1000)); controller.close(); } })],
  ])('sends %s as its bytes, unchanged, as application/octet-stream', async (_, body) => {
    const { error, response } = await client().PUT('/images/{image_id}/file', { ...file, body: body() });
    expect(error).toBeUndefined();
    expect(response.status).toBe(204);
    expect(received).toHaveLength(1);
    expect(received[0]!.contentType).toBe('application/octet-stream');
    expect(new Uint8Array(received[0]!.bytes)).toEqual(DATA);
  });

  it('sends a ReadableStream once, never cloned for a retry, even on a retryable status', async () => {
    const attempts: Uint8Array[] = [];
    const retrying = createServiceClient<ImageOperations>(
      {
        baseUrl: 'https://image.test/v2',
        token: 't',
        maxRetries: 2,
        retryDelay: { baseMs: 0, maxMs: 0 },
        fetch: async (request) => {
          attempts.push(new Uint8Array(await request.arrayBuffer()));
          return new Response(null, { status: 503 });
        },
      },
      image,
    );
    const upload = new ReadableStream<Uint8Array>({ start(controller) { controller.enqueue(DATA); controller.close(); } });
    const { response } = await retrying.PUT('/images/{image_id}/file', { ...file, body: upload });
    expect(response.status).toBe(503);
    expect(attempts).toEqual([DATA]);
  });

  it('sends a string as its UTF-8 bytes, not JSON-quoted', async () => {
    await unwrap(client().PUT('/images/{image_id}/file', { ...file, body: 'héllo "disk"\n' }));
    expect(received[0]!.bytes.toString('hex')).toBe(Buffer.from('héllo "disk"\n', 'utf8').toString('hex'));
    expect(received[0]!.contentType).toBe('application/octet-stream');
  });

  it("keeps the caller's own Content-Type", async () => {
    await unwrap(client().PUT('/images/{image_id}/file', { ...file, body: DATA, headers: { 'Content-Type': 'application/x-qemu-disk' } }));
    expect(received[0]!.contentType).toBe('application/x-qemu-disk');
    expect(new Uint8Array(received[0]!.bytes)).toEqual(DATA);
  });

  it('refuses a body that is not bytes, naming the operation and what to pass, before sending anything', async () => {
    const call = client().PUT('/images/{image_id}/file', {
      ...file,
      // @ts-expect-error -- an object is not a binary body
      body: { data: [1, 2, 3] },
    });
    await expect(call).rejects.toThrow(StratusError);
    await expect(call).rejects.toThrow('PUT /images/{image_id}/file sends application/octet-stream: pass the body as a Blob, ArrayBuffer, typed array (e.g. Uint8Array), ReadableStream or string, not a plain object');
    expect(received).toEqual([]);
  });
});

describe('JSON-patch request bodies', () => {
  it('sends the operations as JSON with the media type the operation declares', async () => {
    const patch = [{ op: 'replace', path: '/name', value: 'patched' }, { op: 'remove', path: '/os_distro' }] as const;
    const { data } = await client().PATCH('/images/{image_id}', { ...file, body: [...patch] });
    expect(data).toEqual({ id: 'i1', name: 'patched', min_disk: 1 });
    expect(received[0]!.contentType).toBe('application/openstack-images-v2.1-json-patch');
    expect(JSON.parse(received[0]!.bytes.toString('utf8'))).toEqual(patch);
  });

  it('applies to the managers too, which call through `request`', async () => {
    await unwrap(client().request('patch', '/images/{image_id}', { ...file, body: [{ op: 'add', path: '/tags/-', value: 'x' }] }));
    expect(received[0]!.contentType).toBe('application/openstack-images-v2.1-json-patch');
  });

  it('takes only the operations the media type accepts (types)', () => {
    void (() =>
      client().PATCH('/images/{image_id}', {
        ...file,
        // @ts-expect-error -- Glance's json-patch has no `move`
        body: [{ op: 'move', from: '/a', path: '/b' }],
      }));
    void (() =>
      client().PATCH('/images/{image_id}', {
        ...file,
        // @ts-expect-error -- `replace` needs a value
        body: [{ op: 'replace', path: '/name' }],
      }));
  });
});

describe('binary downloads (service.media parseAs: blob)', () => {
  it('reads the body as a Blob by default, byte-exact', async () => {
    const { data } = await client().GET('/images/{image_id}/file', file);
    expectTypeOf(data).toEqualTypeOf<Blob | undefined>();
    expect(data).toBeInstanceOf(Blob);
    expect(new Uint8Array(await data!.arrayBuffer())).toEqual(DATA);
  });

  it("reads it as the caller's parseAs: arrayBuffer, stream, text", async () => {
    const buffer = await unwrap(client().GET('/images/{image_id}/file', { ...file, parseAs: 'arrayBuffer' }));
    expectTypeOf(buffer).toEqualTypeOf<ArrayBuffer>();
    expect(new Uint8Array(buffer)).toEqual(DATA);

    const stream = await unwrap(client().GET('/images/{image_id}/file', { ...file, parseAs: 'stream' }));
    expectTypeOf(stream).toEqualTypeOf<ReadableStream<Uint8Array>>();
    expect(new Uint8Array(await new Response(stream).arrayBuffer())).toEqual(DATA);
  });

  it('answers data: undefined for a 204 (an image without data), whatever parseAs', async () => {
    const empty = { params: { path: { image_id: 'empty' } } };
    for (const parseAs of [undefined, 'blob', 'arrayBuffer', 'stream', 'text'] as const) {
      const { data, error, response } = await client().GET('/images/{image_id}/file', { ...empty, ...(parseAs ? { parseAs } : {}) });
      expect([data, error, response.status]).toEqual([undefined, undefined, 204]);
    }
  });
});

describe('operations without service.media', () => {
  it('keep openapi-fetch types and JSON', () => {
    type Compute = ReturnType<typeof createServiceClient<ComputeOperations>>;
    type Data<R> = Awaited<R> extends { data?: infer D } ? D : never;
    expectTypeOf<Data<ReturnType<Compute['GET']>>>().toExtend<{ server: { id: string; name: string } } | undefined>();
    // A JSON operation of a package with media entries is JSON as before.
    expectTypeOf<Data<ReturnType<typeof getImage>>>().toExtend<{ id: string } | undefined>();
  });

  it('are sent and read as JSON', async () => {
    const { error } = await getImage();
    expect(error).toEqual({ message: 'no' });
    expect(received[0]!.method).toBe('GET');
  });
});

const getImage = () => client().GET('/images/{image_id}', file);
