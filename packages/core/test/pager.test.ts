import { expect, it } from 'vitest';
import { createPager } from '../src/managers/pager.js';

it('stops when a next query repeats one already fetched (a server looping its links)', async () => {
  let calls = 0;
  const pager = createPager<number>({ marker: 'a' }, async (query) => {
    calls++;
    return { items: [calls], next: query?.['marker'] === 'a' ? { marker: 'b' } : { marker: 'a' } };
  });
  expect(await pager.all()).toEqual([1, 2]);
  expect(calls).toBe(2);
});

it('stops on an empty page even if it carries a next link', async () => {
  let calls = 0;
  const pager = createPager<number>(undefined, async () => ({ items: calls++ === 0 ? [1] : [], next: { marker: String(calls) } }));
  expect(await pager.all()).toEqual([1]);
  expect(calls).toBe(2);
});

it('stops before yielding a page that starts with the previous page\'s first item (a server ignoring `marker`)', async () => {
  const queries: unknown[] = [];
  const pager = createPager<{ id: string }>({ limit: 2 }, async (query) => {
    queries.push(query);
    return { items: [{ id: 'a' }, { id: 'b' }], next: { limit: 2, marker: `b${queries.length}` } };
  });
  expect(await pager.all()).toEqual([{ id: 'a' }, { id: 'b' }]);
  expect(queries).toEqual([{ limit: 2 }, { limit: 2, marker: 'b1' }]);
});

it('compares items without id or uuid by value', async () => {
  let calls = 0;
  const pager = createPager<{ name: string }>(undefined, async () => ({ items: [{ name: 'c1' }], next: { marker: String(++calls) } }));
  expect(await pager.all()).toEqual([{ name: 'c1' }]);
  expect(calls).toBe(2);
});

it('keeps pages whose first items differ, uuid-keyed included', async () => {
  const pages = [[{ uuid: 'u1' }], [{ uuid: 'u2' }], [{ uuid: 'u3' }]];
  let calls = 0;
  const pager = createPager<{ uuid: string }>(undefined, async () => {
    const items = pages[calls++]!;
    return { items, next: calls < pages.length ? { marker: items[0]!.uuid } : undefined };
  });
  expect(await pager.all()).toEqual([{ uuid: 'u1' }, { uuid: 'u2' }, { uuid: 'u3' }]);
});
