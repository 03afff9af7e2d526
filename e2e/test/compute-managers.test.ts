import { http, HttpResponse } from 'msw';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { createComputeClient, NoMatchError, NotFoundError, NoUniqueMatchError } from '@stratus/openstack-compute';
import { useMswServer } from './msw-server.js';

const server = useMswServer();
const baseUrl = 'https://nova.test/v2.1';
const flavors = [
  { id: '1', name: 'm1.tiny', ram: 512, vcpus: 1, disk: 1 },
  { id: '2', name: 'm1.small', ram: 2048, vcpus: 1, disk: 20 },
  { id: '3', name: 'm1.small.2', ram: 2048, vcpus: 2, disk: 20 },
];

describe('@stratus/openstack-compute managers', () => {
  it('novaclient flow: flavors.find({ ram: 512 }), servers.create, then servers.list paging through servers_links', async () => {
    const created: unknown[] = [];
    const servers = Array.from({ length: 5 }, (_, i) => ({ id: `s${i}`, name: `web-${i}`, status: 'ACTIVE' }));
    server.use(
      http.get(`${baseUrl}/flavors/detail`, () => HttpResponse.json({ flavors })),
      http.post(`${baseUrl}/servers`, async ({ request }) => {
        created.push(await request.json());
        return HttpResponse.json({ server: { id: 's-new', links: [], adminPass: 'x' } }, { status: 202 });
      }),
      http.get(`${baseUrl}/servers/detail`, ({ request }) => {
        const marker = new URL(request.url).searchParams.get('marker');
        const start = marker ? servers.findIndex((s) => s.id === marker) + 1 : 0;
        const page = servers.slice(start, start + 2);
        const next = start + 2 < servers.length ? [{ rel: 'next', href: `https://nova.test/v2.1/servers/detail?limit=2&marker=${page.at(-1)!.id}` }] : undefined;
        return HttpResponse.json({ servers: page, ...(next ? { servers_links: next } : {}) });
      }),
    );
    const compute = createComputeClient({ baseUrl, token: 't' });

    const flavor = await compute.flavors.find({ ram: 512 });
    expect(flavor.name).toBe('m1.tiny');
    expectTypeOf(flavor.ram).toEqualTypeOf<number>();
    // find/findAll (core's Finders<Item>): the filter is any subset of a listed item, findAll gives the items.
    expectTypeOf(compute.flavors.find).parameter(0).toEqualTypeOf<{ [K in keyof typeof flavor]?: (typeof flavor)[K] }>();
    expectTypeOf(compute.flavors.findAll).returns.resolves.toEqualTypeOf<(typeof flavor)[]>();

    const created1 = await compute.servers.create({ server: { name: 'my-server', flavorRef: flavor.id, imageRef: 'img', networks: 'auto' } });
    expect(created).toEqual([{ server: { name: 'my-server', flavorRef: '1', imageRef: 'img', networks: 'auto' } }]);
    expect(created1).toMatchObject({ server: { id: 's-new' } });

    const names: string[] = [];
    for await (const s of compute.servers.list({ limit: 2 })) names.push('name' in s ? (s.name ?? '') : s.id);
    expect(names).toEqual(['web-0', 'web-1', 'web-2', 'web-3', 'web-4']);
    expect((await compute.servers.list({ limit: 2 }).firstPage()).map((s) => s.id)).toEqual(['s0', 's1']);
  });

  it('find throws NoMatchError (a NotFoundError) or NoUniqueMatchError naming the filter', async () => {
    server.use(http.get(`${baseUrl}/flavors/detail`, () => HttpResponse.json({ flavors })));
    const compute = createComputeClient({ baseUrl, token: 't' });
    const none = await compute.flavors.find({ ram: 1 }).catch((e: unknown) => e);
    expect(none).toBeInstanceOf(NoMatchError);
    expect(none).toBeInstanceOf(NotFoundError);
    expect((none as Error).message).toBe('No flavors match {"ram":1} (listed with GET /flavors/detail)');
    const many = await compute.flavors.find({ ram: 2048 }).catch((e: unknown) => e);
    expect(many).toBeInstanceOf(NoUniqueMatchError);
    expect((many as Error).message).toContain('2 flavors match {"ram":2048}');
  });

  it('get unwraps the envelope; actions send { "<action>": args }; delete resolves to undefined', async () => {
    const bodies: unknown[] = [];
    server.use(
      http.get(`${baseUrl}/servers/:id`, ({ params }) => HttpResponse.json({ server: { id: params['id'], name: 'web', status: 'ACTIVE' } })),
      http.post(`${baseUrl}/servers/:id/action`, async ({ request }) => {
        bodies.push(await request.json());
        return new HttpResponse(null, { status: 202 });
      }),
      http.delete(`${baseUrl}/servers/:id`, () => new HttpResponse(null, { status: 204 })),
    );
    const compute = createComputeClient({ baseUrl, token: 't' });
    const got = await compute.servers.get('s1');
    expect(got).toMatchObject({ id: 's1', name: 'web' });
    expectTypeOf(got).toHaveProperty('status');
    await compute.servers.reboot('s1', { type: 'HARD' });
    await compute.servers.start('s1');
    await compute.servers.createImage('s1', { name: 'snap' });
    expect(bodies).toEqual([{ reboot: { type: 'HARD' } }, { 'os-start': null }, { createImage: { name: 'snap' } }]);
    expect(await compute.servers.delete('s1')).toBeUndefined();
    expectTypeOf(compute.servers.reboot).parameter(1).toEqualTypeOf<{ type: 'HARD' | 'Hard' | 'SOFT' | 'Soft' | 'hard' | 'soft' }>();
    // Type-level only (never called): reboot needs its arguments, and only the spec's reboot types.
    const typeChecks = (): void => {
      // @ts-expect-error missing arguments
      void compute.servers.reboot('s1');
      // @ts-expect-error not a reboot type
      void compute.servers.reboot('s1', { type: 'MEDIUM' });
    };
    void typeChecks; // never called: its @ts-expect-error lines are checked by tsc (vitest's typecheck run)
  });

  it('nested resources take the parent id first; a failed call throws the typed ApiError', async () => {
    server.use(
      http.get(`${baseUrl}/servers/:server_id/os-interface`, ({ params }) => HttpResponse.json({ interfaceAttachments: [{ port_id: `p-${String(params['server_id'])}` }] })),
      http.get(`${baseUrl}/servers/:id`, () => HttpResponse.json({ itemNotFound: { code: 404, message: 'Instance nope could not be found.' } }, { status: 404 })),
    );
    const compute = createComputeClient({ baseUrl, token: 't' });
    expect(await compute.serverInterface.list('s9').all()).toEqual([{ port_id: 'p-s9' }]);
    const failure = await compute.servers.get('nope').catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(NotFoundError);
    expect((failure as Error).message).toContain('Instance nope could not be found.');
  });

  it('manager types narrow with the pinned microversion (server show 2.73–2.89 at 2.79, 2.0–2.2 at 2.1; images.list gone at 2.79)', () => {
    type Full<S> = Extract<S, { name: string }>;
    const at279 = createComputeClient({ baseUrl, token: 't', microversion: '2.79' });
    const at21 = createComputeClient({ baseUrl, token: 't', microversion: '2.1' });
    const latest = createComputeClient({ baseUrl, token: 't' });
    type At279 = Full<Awaited<ReturnType<typeof at279.servers.get>>>;
    type At21 = Full<Awaited<ReturnType<typeof at21.servers.get>>>;
    type Latest = Full<Awaited<ReturnType<typeof latest.servers.get>>>;
    expectTypeOf<At279>().toHaveProperty('locked_reason');
    expectTypeOf<Latest>().toHaveProperty('pinned_availability_zone');
    const typeChecks = (s279: At279, s21: At21): void => {
      // @ts-expect-error -- pinned_availability_zone is 2.96+
      void s279.pinned_availability_zone;
      // @ts-expect-error -- locked_reason is 2.73+
      void s21.locked_reason;
      // @ts-expect-error -- GET /images ends at 2.35: the manager's list takes nothing that type-checks
      void at279.images.list({ limit: 1 });
    };
    void typeChecks; // never called: its @ts-expect-error lines are checked by tsc (vitest's typecheck run)
  });

  it('managers follow a microversion-pinned client', async () => {
    server.use(http.get(`${baseUrl}/servers/:id`, ({ request }) => HttpResponse.json({ server: { id: 's1', header: request.headers.get('openstack-api-version') } })));
    const compute = createComputeClient({ baseUrl, token: 't', microversion: '2.79' });
    expect(await compute.servers.get('s1')).toMatchObject({ header: 'compute 2.79' });
  });
});
