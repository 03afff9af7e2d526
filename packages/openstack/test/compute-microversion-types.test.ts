import { describe, expectTypeOf, it } from 'vitest';
import { createComputeClient, type components, type paths, type PathsAt } from '@stratus/openstack-compute';
import type { ServiceClients } from '../src/cloud/services.js';

type Schemas = components['schemas'];
type ServerShow<P> = P extends { '/servers/{id}': { get: { responses: { 200: { content: { 'application/json': infer Json } } } } } } ? Json : never;
type Data<R> = NonNullable<Awaited<R> extends { data?: infer D } ? D : never>;
/** The full server shape (the other member of the inner oneOf is the partial "down cell" one). */
type HasKey<T, K extends string> = K extends keyof T ? true : false;
type FullServer<Show> = Extract<Show extends { server: infer S } ? S : never, { name: string }>;

// Checked by `tsc` (the package's typecheck), like every expectTypeOf; the `it` blocks keep vitest listing them.
describe('compute types narrowed by the pinned microversion', () => {
  it('server show at 2.79 is one variant (2.73–2.89), with the 2.73 locked_reason', () => {
    const client = createComputeClient({ baseUrl: 'https://nova.test/v2.1', token: 't', microversion: '2.79' });
    const show = () => client.GET('/servers/{id}', { params: { path: { id: 'x' } } });
    expectTypeOf<Data<ReturnType<typeof show>>>().toEqualTypeOf<Schemas['ServerShowResponse_273']>();
    expectTypeOf<FullServer<Data<ReturnType<typeof show>>>>().toHaveProperty('locked_reason');
    // 2.96's pinned_availability_zone does not exist yet at 2.79.
    const server = {} as FullServer<Data<ReturnType<typeof show>>>;
    // @ts-expect-error -- pinned_availability_zone is 2.96+
    void server.pinned_availability_zone;
  });

  it('at 2.1 the same call has the 2.0–2.2 shape, without locked_reason', () => {
    expectTypeOf<ServerShow<PathsAt<'2.1'>>>().toEqualTypeOf<Schemas['ServerShowResponse_20']>();
    const server = {} as FullServer<ServerShow<PathsAt<'2.1'>>>;
    // @ts-expect-error -- locked_reason is 2.73+
    void server.locked_reason;
  });

  it('unpinned clients and the `paths` export are the newest version', () => {
    expectTypeOf<ServerShow<paths>>().toEqualTypeOf<Schemas['ServerShowResponse_2100']>();
    const client = createComputeClient({ baseUrl: 'https://nova.test/v2.1', token: 't' });
    expectTypeOf(client).toEqualTypeOf<ReturnType<typeof createComputeClient<'2.104'>>>();
    expectTypeOf<FullServer<ServerShow<paths>>>().toHaveProperty('pinned_availability_zone');
  });

  it('request bodies narrow too: server create at 2.79 is one variant', () => {
    type CreateBody<P> = P extends { '/servers': { post: { requestBody?: { content: { 'application/json': infer Body } } } } } ? Body : never;
    expectTypeOf<CreateBody<PathsAt<'2.79'>>>().toEqualTypeOf<Schemas['ServersCreate_274']>();
  });

  it('operations whose max-ver is below the pin are gone (GET /images ends at 2.35)', () => {
    expectTypeOf<HasKey<PathsAt<'2.79'>['/images'], 'get'>>().toEqualTypeOf<false>();
    expectTypeOf<PathsAt<'2.30'>['/images']>().toHaveProperty('get');
    const pinned = createComputeClient({ baseUrl: 'https://nova.test/v2.1', token: 't', microversion: '2.79' });
    // @ts-expect-error -- GET /images does not exist at 2.79
    void (() => pinned.GET('/images'));
    const old = createComputeClient({ baseUrl: 'https://nova.test/v2.1', token: 't', microversion: '2.30' });
    void (() => old.GET('/images'));
  });

  it('rejects a version the package does not describe', () => {
    // @ts-expect-error -- 2.200 is not a compute microversion
    void (() => createComputeClient({ baseUrl: 'https://nova.test/v2.1', token: 't', microversion: '2.200' }));
  });

  it('createOpenStackClient() pins flow into the cloud\'s clients', () => {
    expectTypeOf<ServerShow<ServiceClients<{ compute: '2.79' }>['compute'] extends { GET: unknown } ? PathsAt<'2.79'> : never>>().toEqualTypeOf<Schemas['ServerShowResponse_273']>();
    expectTypeOf<ServiceClients<{ compute: '2.79' }>['compute']>().toEqualTypeOf<ReturnType<typeof createComputeClient<'2.79'>>>();
    expectTypeOf<ServiceClients['compute']>().toEqualTypeOf<ReturnType<typeof createComputeClient<'2.104'>>>();
  });
});
