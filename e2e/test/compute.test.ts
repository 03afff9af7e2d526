import { http, HttpResponse } from 'msw';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { createComputeClient, NotFoundError, unwrap, type components } from '@stratus/openstack-compute';
import { useMswServer } from './msw-server.js';

const server = useMswServer();
const baseUrl = 'https://nova.test/v2.1';

describe('@stratus/openstack-compute', () => {
  it('fills path parameters and returns typed data', async () => {
    server.use(
      http.get(`${baseUrl}/servers/:id`, ({ params }) =>
        HttpResponse.json({ server: { id: params['id'], name: 'web-1', status: 'ACTIVE' } }),
      ),
    );
    const client = createComputeClient({ baseUrl, token: 't' });
    const { data } = await client.GET('/servers/{id}', { params: { path: { id: 'a b/c' } } });
    expect(data?.server).toMatchObject({ id: 'a b/c', name: 'web-1' });
  });

  it('server create is declared 202 (overlay) and its body is typed', async () => {
    server.use(http.post(`${baseUrl}/servers`, () => HttpResponse.json({ server: { id: 'new-id', links: [] } }, { status: 202 })));
    const client = createComputeClient({ baseUrl, token: 't' });
    const { data, response } = await client.POST('/servers', {
      body: { server: { name: 'web-2', flavorRef: '1', imageRef: 'img', networks: 'auto' } } as never,
    });
    expect(response.status).toBe(202);
    expect(data).toMatchObject({ server: { id: 'new-id' } });
    expectTypeOf<components['schemas']['ServersCreateResponse']>().not.toBeAny();
  });

  it('unwrap throws NotFoundError with the Nova message and request id', async () => {
    server.use(
      http.get(`${baseUrl}/servers/:id`, () =>
        HttpResponse.json(
          { itemNotFound: { code: 404, message: 'Instance nope could not be found.' } },
          { status: 404, headers: { 'x-compute-request-id': 'req-42' } },
        ),
      ),
    );
    const client = createComputeClient({ baseUrl, token: 'secret-token-value' });
    const failure = await unwrap(client.GET('/servers/{id}', { params: { path: { id: 'nope' } } })).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(NotFoundError);
    const error = failure as NotFoundError;
    expect(error.status).toBe(404);
    expect(error.requestId).toBe('req-42');
    expect(error.message).toContain('Instance nope could not be found.');
    expect(JSON.stringify(error)).not.toContain('secret-token-value');
  });

  it('retries an idempotent GET after a 503 and re-sends the token', async () => {
    let calls = 0;
    server.use(
      http.get(`${baseUrl}/flavors/detail`, ({ request }) => {
        calls++;
        expect(request.headers.get('x-auth-token')).toBe('t');
        return calls === 1 ? new HttpResponse(null, { status: 503 }) : HttpResponse.json({ flavors: [] });
      }),
    );
    const client = createComputeClient({ baseUrl, token: 't', retryDelay: { baseMs: 1, maxMs: 2 } });
    const data = await unwrap(client.GET('/flavors/detail'));
    expect(data).toEqual({ flavors: [] });
    expect(calls).toBe(2);
  });

  it('has no version-prefixed paths in its types', () => {
    const client = createComputeClient({ baseUrl, token: 't' });
    // Type-level only (checked by `pnpm typecheck`), never sent.
    const versioned = () =>
      // @ts-expect-error — paths are relative to the versioned catalog URL
      client.GET('/v2.1/servers');
    expectTypeOf(versioned).toBeFunction();
  });
});
