import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { createObjectStoreClient } from '@stratus/openstack-object-store';
import { useMswServer } from './msw-server.js';

const server = useMswServer();
const baseUrl = 'https://swift.test/v1/AUTH_p123';

describe('@stratus/openstack-object-store', () => {
  it('addresses containers and objects relative to the account URL, URL-encoding names', async () => {
    const urls: string[] = [];
    server.use(
      http.get(`${baseUrl}/:container/:object`, ({ request }) => {
        urls.push(new URL(request.url).pathname);
        return HttpResponse.text('hello', { headers: { 'content-type': 'text/plain' } });
      }),
    );
    const client = createObjectStoreClient({ baseUrl, token: 't' });
    const { data } = await client.GET('/{container}/{object}', {
      params: { path: { container: 'my bucket', object: 'a.txt' } },
      parseAs: 'text',
    });
    expect(data).toBe('hello');
    expect(urls).toEqual(['/v1/AUTH_p123/my%20bucket/a.txt']);
  });

  it("uploads an object's bytes unchanged, with the Content-Type the call names (else application/octet-stream)", async () => {
    const seen: { type: string | null; text: string }[] = [];
    server.use(
      http.put(`${baseUrl}/:container/:object`, async ({ request }) => {
        seen.push({ type: request.headers.get('content-type'), text: await request.text() });
        return new HttpResponse(null, { status: 201, headers: { 'content-length': '0' } });
      }),
    );
    const client = createObjectStoreClient({ baseUrl, token: 't' });
    const object = { container: 'docs', object: 'a.txt' };
    await client.PUT('/{container}/{object}', { params: { path: object, header: { 'Content-Type': 'text/plain; charset=utf-8' } }, body: 'héllo "swift"' });
    await client.PUT('/{container}/{object}', { params: { path: object }, body: new TextEncoder().encode('{"not":"json-encoded"}') });
    expect(seen).toEqual([
      { type: 'text/plain; charset=utf-8', text: 'héllo "swift"' },
      { type: 'application/octet-stream', text: '{"not":"json-encoded"}' },
    ]);
  });
});
