import { http, HttpResponse } from 'msw';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { createIdentityClient, type components } from '@stratus/openstack-identity';
import { useMswServer } from './msw-server.js';

const server = useMswServer();
const baseUrl = 'https://keystone.test/v3';
type Token = NonNullable<components['schemas']['AuthTokensPostResponse']['token']>;
type CatalogEndpoint = NonNullable<NonNullable<NonNullable<Token['catalog']>[number]['endpoints']>[number]>;

describe('@stratus/openstack-identity', () => {
  it('token create is a 201 carrying X-Subject-Token; overlays fixed issued_at and region_id', async () => {
    server.use(
      http.post(`${baseUrl}/auth/tokens`, async ({ request }) => {
        expect(request.headers.get('x-auth-token')).toBeNull();
        return HttpResponse.json(
          { token: { issued_at: '2026-11-22T10:00:00Z', expires_at: '2026-11-22T11:00:00Z', methods: ['password'], catalog: [{ type: 'compute', endpoints: [{ interface: 'public', region: 'r1', region_id: 'r1', url: 'https://nova.test/v2.1' }] }] } },
          { status: 201, headers: { 'x-subject-token': 'gAAAA-subject' } },
        );
      }),
    );
    // Logging in needs no token: the client is created without one.
    const client = createIdentityClient({ baseUrl });
    const { data, response } = await client.POST('/auth/tokens', {
      body: { auth: { identity: { methods: ['password'], password: { user: { name: 'demo', domain: { id: 'default' }, password: 'pw' } } } } },
    });
    expect(response.status).toBe(201);
    expect(response.headers.get('x-subject-token')).toBe('gAAAA-subject');
    expect(data?.token?.issued_at).toBe('2026-11-22T10:00:00Z');
    expect(data?.token?.catalog?.[0]?.endpoints?.[0]?.region_id).toBe('r1');
    expectTypeOf<Token>().toHaveProperty('issued_at');
    expectTypeOf<CatalogEndpoint>().toHaveProperty('region_id');
  });
});
