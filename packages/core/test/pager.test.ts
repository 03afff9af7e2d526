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
