import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { createClient } from '@stratus/openstack-object-store';
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
    const client = createClient({ baseUrl, token: 't' });
    const { data } = await client.GET('/{container}/{object}', {
      params: { path: { container: 'my bucket', object: 'a.txt' } },
      parseAs: 'text',
    });
    expect(data).toBe('hello');
    expect(urls).toEqual(['/v1/AUTH_p123/my%20bucket/a.txt']);
  });
});
