import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createServiceClient } from '../src/client/create-service-client.js';
import { NotFoundError } from '../src/errors/http-status-errors.js';
import { StratusError } from '../src/errors/stratus-error.js';
import { attachManagers } from '../src/managers/attach-managers.js';
import { NoMatchError, NoUniqueMatchError } from '../src/managers/find-errors.js';
import type { ManagerTable } from '../src/managers/manager-table.js';

const base = 'https://compute.test/v2.1';
const table = {
  servers: {
    list: { path: '/servers/detail', items: 'servers' },
    get: { path: '/servers/{id}', unwrap: 'server' },
    create: { path: '/servers', unwrap: 'server' },
    update: { path: '/servers/{id}', method: 'put', unwrap: 'server' },
    delete: { path: '/servers/{id}' },
    actions: {
      reboot: { path: '/servers/{id}/action', method: 'post', action: 'reboot' },
      start: { path: '/servers/{id}/action', method: 'post', action: 'os-start' },
      addInterface: { path: '/servers/{id}/add_interface', method: 'put' },
    },
  },
  flavors: { list: { path: '/flavors/detail', items: 'flavors' } },
  images: { list: { path: '/images', items: 'images' } },
  projects: { list: { path: '/projects', items: 'projects' } },
  networks: { list: { path: '/networks', items: 'networks' } },
  serverInterfaces: { list: { path: '/servers/{server_id}/os-interface', items: 'interfaceAttachments' }, get: { path: '/servers/{server_id}/os-interface/{id}', unwrap: 'interfaceAttachment' } },
} satisfies ManagerTable;

type Methods = Record<'list' | 'find' | 'findAll' | 'get' | 'create' | 'update' | 'delete' | 'reboot' | 'start' | 'addInterface', (...args: any[]) => any>;
type Managed = Record<keyof typeof table, Methods>;

const requests: { method: string; url: URL; body: unknown }[] = [];
const flavors = [
  { id: '1', name: 'm1.tiny', ram: 512, vcpus: 1 },
  { id: '2', name: 'm1.small', ram: 2048, vcpus: 1 },
  { id: '3', name: 'm1.medium', ram: 4096, vcpus: 2 },
  { id: '4', name: 'm1.small.b', ram: 2048, vcpus: 2 },
];
const servers = Array.from({ length: 5 }, (_, i) => ({ id: `s${i + 1}`, name: `web-${i + 1}` }));

const server = setupServer(
  http.all(`${base}/*`, async ({ request }) => {
    const text = await request.clone().text();
    requests.push({ method: request.method, url: new URL(request.url), body: text ? JSON.parse(text) : undefined });
    return undefined;
  }),
  // Nova style: `servers_links` with rel=next, two per page.
  http.get(`${base}/servers/detail`, ({ request }) => {
    const url = new URL(request.url);
    const marker = url.searchParams.get('marker');
    const start = marker ? servers.findIndex((s) => s.id === marker) + 1 : 0;
    const page = servers.slice(start, start + 2);
    const more = start + 2 < servers.length;
    return HttpResponse.json({
      servers: page,
      ...(more ? { servers_links: [{ rel: 'next', href: `${base}/servers/detail?limit=2&marker=${page[page.length - 1]!.id}` }] } : {}),
    });
  }),
  http.get(`${base}/flavors/detail`, () => HttpResponse.json({ flavors })),
  // Glance style: a relative `next` with the version prefix.
  http.get(`${base}/images`, ({ request }) => {
    const marker = new URL(request.url).searchParams.get('marker');
    return marker ? HttpResponse.json({ images: [{ id: 'i2' }] }) : HttpResponse.json({ images: [{ id: 'i1' }], next: '/v2/images?marker=i1' });
  }),
  // Keystone style: `links: { next }`.
  http.get(`${base}/projects`, ({ request }) => {
    const page = new URL(request.url).searchParams.get('page');
    return page ? HttpResponse.json({ projects: [{ id: 'p2' }], links: { next: null } }) : HttpResponse.json({ projects: [{ id: 'p1' }], links: { next: `${base}/projects?page=2` } });
  }),
  // No links at all: marker + limit only.
  http.get(`${base}/networks`, ({ request }) => {
    const url = new URL(request.url);
    const all = [{ id: 'n1' }, { id: 'n2' }, { id: 'n3' }];
    const marker = url.searchParams.get('marker');
    const limit = Number(url.searchParams.get('limit') ?? all.length);
    const start = marker ? all.findIndex((n) => n.id === marker) + 1 : 0;
    return HttpResponse.json({ networks: all.slice(start, start + limit) });
  }),
  http.get(`${base}/servers/:id`, ({ params }) =>
    params['id'] === 'missing' ? HttpResponse.json({ itemNotFound: { message: 'Instance missing could not be found.', code: 404 } }, { status: 404 }) : HttpResponse.json({ server: { id: params['id'], name: 'web' } }),
  ),
  http.post(`${base}/servers`, async ({ request }) => HttpResponse.json({ server: { id: 'new', ...((await request.json()) as { server: object }).server } }, { status: 202 })),
  http.put(`${base}/servers/:id`, async ({ request, params }) => HttpResponse.json({ server: { id: params['id'], ...((await request.json()) as { server: object }).server } })),
  http.delete(`${base}/servers/:id`, () => new HttpResponse(null, { status: 204 })),
  http.post(`${base}/servers/:id/action`, () => new HttpResponse(null, { status: 202 })),
  http.put(`${base}/servers/:id/add_interface`, () => HttpResponse.json({ ok: true })),
  http.get(`${base}/servers/:server_id/os-interface/:id`, ({ params }) => HttpResponse.json({ interfaceAttachment: { port_id: params['id'], server: params['server_id'] } })),
);
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  requests.length = 0;
  server.resetHandlers();
});
afterAll(() => server.close());

function client(): Managed {
  return attachManagers(createServiceClient<{}>({ baseUrl: base, token: 't' }, { provider: 'openstack-compute', auth: { headerName: 'X-Auth-Token' } }), table) as unknown as Managed;
}

describe('list', () => {
  it('walks every page through `<items>_links` rel=next with for await', async () => {
    const names: string[] = [];
    for await (const s of client().servers.list({ limit: 2 })) names.push(s.name);
    expect(names).toEqual(['web-1', 'web-2', 'web-3', 'web-4', 'web-5']);
    expect(requests.map((r) => r.url.search)).toEqual(['?limit=2', '?limit=2&marker=s2', '?limit=2&marker=s4']);
  });

  it('gives one page, every page, or everything as arrays', async () => {
    const c = client();
    expect(await c.servers.list({ limit: 2, marker: 's2' }).firstPage()).toEqual([servers[2], servers[3]]);
    const pages: unknown[][] = [];
    for await (const page of c.servers.list({ limit: 2 }).pages()) pages.push(page);
    expect(pages.map((p) => p.length)).toEqual([2, 2, 1]);
    expect(await c.servers.list({ limit: 2 }).all()).toEqual(servers);
  });

  it('follows Glance `next` and Keystone `links.next`', async () => {
    expect(await client().images.list().all()).toEqual([{ id: 'i1' }, { id: 'i2' }]);
    expect(requests.map((r) => r.url.pathname + r.url.search)).toEqual(['/v2.1/images', '/v2.1/images?marker=i1']);
    expect(await client().projects.list().all()).toEqual([{ id: 'p1' }, { id: 'p2' }]);
  });

  it('continues with marker = last id when a full page has no link, and stops on a short page', async () => {
    expect(await client().networks.list({ limit: 2 }).all()).toEqual([{ id: 'n1' }, { id: 'n2' }, { id: 'n3' }]);
    expect(requests.map((r) => r.url.search)).toEqual(['?limit=2', '?limit=2&marker=n2']);
  });

  it('ends a linked listing when the link disappears, even on a full page', async () => {
    const seen: string[] = [];
    server.use(
      http.get(`${base}/networks`, ({ request }) => {
        seen.push(new URL(request.url).search);
        const marker = new URL(request.url).searchParams.get('marker');
        return marker ? HttpResponse.json({ networks: [{ id: 'n2' }] }) : HttpResponse.json({ networks: [{ id: 'n1' }], next: `${base}/networks?limit=1&marker=n1` });
      }),
    );
    expect(await client().networks.list({ limit: 1 }).all()).toEqual([{ id: 'n1' }, { id: 'n2' }]);
    expect(seen).toEqual(['?limit=1', '?limit=1&marker=n1']);
  });

  it('lists Keystone users once when Keystone ignores limit and marker (`links.next: null`)', async () => {
    const users = [{ id: 'u1' }, { id: 'u2' }, { id: 'u3' }, { id: 'u4' }];
    const seen: string[] = [];
    server.use(
      http.get(`${base}/projects`, ({ request }) => {
        seen.push(new URL(request.url).search);
        return HttpResponse.json({ projects: users, links: { next: null, self: request.url, previous: null } });
      }),
    );
    expect(await client().projects.list({ limit: 1 }).all()).toEqual(users);
    expect(seen).toEqual(['?limit=1']);
  });

  it('stops when a link-less server honours limit but ignores marker, without repeating its first page', async () => {
    const seen: string[] = [];
    server.use(
      http.get(`${base}/networks`, ({ request }) => {
        seen.push(new URL(request.url).search);
        return HttpResponse.json({ networks: [{ id: 'n1' }, { id: 'n2' }] });
      }),
    );
    expect(await client().networks.list({ limit: 2 }).all()).toEqual([{ id: 'n1' }, { id: 'n2' }]);
    expect(seen).toEqual(['?limit=2', '?limit=2&marker=n2']);
  });

  it('is lazy: nothing is sent until iterated', async () => {
    const pager = client().servers.list();
    expect(requests).toHaveLength(0);
    await pager.firstPage();
    expect(requests).toHaveLength(1);
  });

  it('fills parent path parameters from leading arguments', async () => {
    expect(await client().serverInterfaces.get('s1', 'port-9')).toEqual({ port_id: 'port-9', server: 's1' });
  });
});

describe('find', () => {
  it('lists with details and returns the one item matching every attribute', async () => {
    expect(await client().flavors.find({ ram: 512 })).toEqual(flavors[0]);
    expect(await client().flavors.find({ ram: 2048, vcpus: 2 })).toEqual(flavors[3]);
    expect(requests.every((r) => r.url.pathname === '/v2.1/flavors/detail')).toBe(true);
  });

  it('throws NoMatchError (a NotFoundError) naming the filter when nothing matches', async () => {
    const error = await client().flavors.find({ ram: 1 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NoMatchError);
    expect(error).toBeInstanceOf(NotFoundError);
    expect((error as NoMatchError).message).toBe('No flavors match {"ram":1} (listed with GET /flavors/detail)');
    expect((error as NoMatchError).status).toBe(404);
  });

  it('throws NoUniqueMatchError naming the filter and the count when several match', async () => {
    const error = await client().flavors.find({ ram: 2048 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NoUniqueMatchError);
    expect((error as NoUniqueMatchError).message).toBe('2 flavors match {"ram":2048}; add attributes to the filter, or use findAll()');
    expect((error as NoUniqueMatchError).matches).toBe(2);
    expect(await client().flavors.findAll({ ram: 2048 })).toEqual([flavors[1], flavors[3]]);
  });

  it('never puts secret-looking filter values in the error', async () => {
    const error = (await client().flavors.find({ ram: 1, password: 'hunter2-secret' }).catch((e: unknown) => e)) as NoMatchError;
    expect(error.message).not.toContain('hunter2-secret');
    expect(JSON.stringify(error)).not.toContain('hunter2-secret');
    expect(error.filter).toEqual({ ram: 1, password: '[REDACTED]' });
  });

  it('uses the errors a package passes', async () => {
    const c = attachManagers(createServiceClient<{}>({ baseUrl: base }, { provider: 'x' }), table, {
      findErrors: { none: (t) => new Error(`none ${t.resource}`), many: (t, n) => new Error(`many ${n}`) },
    }) as unknown as Managed;
    await expect(c.flavors.find({ ram: 1 })).rejects.toThrow('none flavors');
    await expect(c.flavors.find({ ram: 2048 })).rejects.toThrow('many 2');
  });

  it('rejects a missing filter with a clear error', async () => {
    await expect(client().flavors.find()).rejects.toThrow("flavors.find(): pass the attributes to match as an object, e.g. { name: 'web' }");
  });
});

describe('get, create, update, delete', () => {
  it('strips the envelope key from results', async () => {
    const c = client();
    expect(await c.servers.get('s1')).toEqual({ id: 's1', name: 'web' });
    expect(await c.servers.create({ server: { name: 'db' } })).toEqual({ id: 'new', name: 'db' });
    expect(requests.at(-1)?.body).toEqual({ server: { name: 'db' } });
    expect(await c.servers.update('s1', { server: { name: 'renamed' } })).toEqual({ id: 's1', name: 'renamed' });
    expect(requests.at(-1)?.method).toBe('PUT');
    expect(await c.servers.delete('s1')).toBeUndefined();
    expect(requests.at(-1)?.method).toBe('DELETE');
  });

  it('throws the core error of the status, and a package unwrap when given', async () => {
    await expect(client().servers.get('missing')).rejects.toBeInstanceOf(NotFoundError);
    const c = attachManagers(createServiceClient<{}>({ baseUrl: base }, { provider: 'x' }), table, {
      unwrap: async (result) => {
        const { response } = await result;
        if (!response.ok) throw new Error(`custom ${response.status}`);
        return 'ok';
      },
    }) as unknown as Managed;
    await expect(c.servers.get('missing')).rejects.toThrow('custom 404');
  });

  it('names the missing path parameter', async () => {
    await expect(client().servers.get()).rejects.toThrow(new StratusError('servers: GET /servers/{id} needs "id" (argument 1) as a non-empty string, got undefined'));
  });
});

describe('actions', () => {
  it('send `{ "<action>": args }` to …/action', async () => {
    await client().servers.reboot('s1', { type: 'HARD' });
    expect(requests.at(-1)).toMatchObject({ method: 'POST', body: { reboot: { type: 'HARD' } } });
    expect(requests.at(-1)?.url.pathname).toBe('/v2.1/servers/s1/action');
  });

  it('send `{ "<action>": null }` for actions without arguments', async () => {
    await client().servers.start('s1');
    expect(requests.at(-1)?.body).toEqual({ 'os-start': null });
  });

  it('send the body as given for member operations that are not OpenStack actions', async () => {
    expect(await client().servers.addInterface('s1', { port: 'p' })).toEqual({ ok: true });
    expect(requests.at(-1)).toMatchObject({ method: 'PUT', body: { port: 'p' } });
  });
});

it('builds each manager once, on first use, and leaves client methods alone', () => {
  const c = client() as Managed & { GET: unknown };
  expect(c.servers).toBe(c.servers);
  expect(typeof c.GET).toBe('function');
  expect(Object.keys(c.servers).sort()).toEqual(['addInterface', 'create', 'delete', 'find', 'findAll', 'get', 'list', 'reboot', 'start', 'update']);
});
