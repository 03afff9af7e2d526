import { describe, expect, it } from 'vitest';
import { hasLinkContainer, nextPageQuery } from '../src/managers/next-page-query.js';

describe('nextPageQuery', () => {
  it('reads `<items>_links`, `links` (array or object) and `next`, merging the href query over the current one', () => {
    expect(nextPageQuery({ servers: [], servers_links: [{ rel: 'next', href: 'https://h/v2.1/servers?marker=a&limit=2' }] }, 'servers', [], { name: 'web' })).toEqual({ name: 'web', marker: 'a', limit: '2' });
    expect(nextPageQuery({ links: [{ rel: 'self', href: '/x' }, { rel: 'next', href: '/x?marker=b' }] }, 'x', [], undefined)).toEqual({ marker: 'b' });
    expect(nextPageQuery({ links: { self: '/p', next: 'https://k/v3/projects?page=2' } }, 'projects', [], undefined)).toEqual({ page: '2' });
    expect(nextPageQuery({ next: '/v2/images?marker=i1&tag=a&tag=b' }, 'images', [], undefined)).toEqual({ marker: 'i1', tag: ['a', 'b'] });
  });

  it('ends without a link, with `links.next: null` or an empty href', () => {
    expect(nextPageQuery({ servers: [{ id: 'a' }] }, 'servers', [{ id: 'a' }], undefined)).toBeUndefined();
    expect(nextPageQuery({ links: { next: null } }, 'projects', [], undefined)).toBeUndefined();
    expect(nextPageQuery({ next: '' }, 'boards', [], undefined)).toBeUndefined();
  });

  it('falls back to marker = last id (or uuid) only when a limit was given and reached', () => {
    expect(nextPageQuery({}, 'networks', [{ id: 'n1' }, { id: 'n2' }], { limit: 2 })).toEqual({ limit: 2, marker: 'n2' });
    expect(nextPageQuery({}, 'boards', [{ uuid: 'u1' }], { limit: '1' })).toEqual({ limit: '1', marker: 'u1' });
    expect(nextPageQuery({}, 'networks', [{ id: 'n1' }], { limit: 2 })).toBeUndefined();
    expect(nextPageQuery({}, 'networks', [{ id: 'n1' }], undefined)).toBeUndefined();
  });

  it('leaves the marker fallback out when asked (a service that sent links ends with none)', () => {
    expect(nextPageQuery({}, 'nodes', [{ uuid: 'u1' }], { limit: '1' }, { markerFallback: false })).toBeUndefined();
    expect(nextPageQuery({ next: '/v1/nodes?marker=u1' }, 'nodes', [{ uuid: 'u1' }], { limit: '1' }, { markerFallback: false })).toEqual({ limit: '1', marker: 'u1' });
  });

  it('never falls back to a marker when the body has a link container, even an empty one (Keystone ignores limit and marker)', () => {
    const users = [{ id: 'u1' }, { id: 'u2' }, { id: 'u3' }, { id: 'u4' }];
    // What Keystone answers to GET /v3/users?limit=1 when list_limit is unset: every user, links.next null.
    const keystone = { users, links: { next: null, self: 'http://127.0.0.1:5000/v3/users?limit=1', previous: null } };
    expect(nextPageQuery(keystone, 'users', users, { limit: 1 })).toBeUndefined();
    expect(nextPageQuery({ users: users.slice(0, 1), links: { next: null } }, 'users', users.slice(0, 1), { limit: 1 })).toBeUndefined();
    expect(nextPageQuery({ servers: [{ id: 's1' }], servers_links: [] }, 'servers', [{ id: 's1' }], { limit: 1 })).toBeUndefined();
    expect(nextPageQuery({ nodes: [{ uuid: 'n1' }], next: null }, 'nodes', [{ uuid: 'n1' }], { limit: 1 })).toBeUndefined();
  });

  it('stops when a page has more items than `limit` (the server ignored it)', () => {
    expect(nextPageQuery({}, 'networks', [{ id: 'n1' }, { id: 'n2' }, { id: 'n3' }], { limit: 2 })).toBeUndefined();
  });
});

describe('hasLinkContainer', () => {
  it('sees `links`, `<items>_links` and `next`, whatever their value', () => {
    expect(hasLinkContainer({ links: { next: null } }, 'users')).toBe(true);
    expect(hasLinkContainer({ servers_links: [] }, 'servers')).toBe(true);
    expect(hasLinkContainer({ next: null }, 'nodes')).toBe(true);
    expect(hasLinkContainer({ networks: [] }, 'networks')).toBe(false);
    expect(hasLinkContainer([{ id: 'a' }], 'containers')).toBe(false);
  });
});
