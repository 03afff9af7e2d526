import { http, HttpResponse, delay } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createOvhClient } from '../src/client/create-ovh-client.js';
import { ResourceNotFoundError } from '../src/errors/ovh-errors.js';
import { expandIds } from '../src/pagination/expand-ids.js';
import { mapWithConcurrency } from '../src/pagination/map-with-concurrency.js';
import { paginate } from '../src/pagination/paginate.js';

const pages: Record<string, { items: number[]; next?: string }> = {
  '': { items: [1, 2], next: 'c2' },
  c2: { items: [3, 4], next: 'c3' },
  c3: { items: [5] },
};
let received: Request[] = [];
let inFlight = 0;
let maxInFlight = 0;

const server = setupServer(
  http.get('https://eu.api.ovh.com/v2/things', ({ request }) => {
    received.push(request.clone());
    const page = pages[request.headers.get('x-pagination-cursor') ?? ''];
    if (!page) return HttpResponse.json({ message: 'bad cursor' }, { status: 400 });
    return HttpResponse.json(page.items, { headers: page.next ? { 'X-Pagination-Cursor-Next': page.next } : {} });
  }),
  http.get('https://eu.api.ovh.com/v2/loop', () => HttpResponse.json([0], { headers: { 'X-Pagination-Cursor-Next': 'same' } })),
  http.get('https://eu.api.ovh.com/1.0/domain/zone/:zone/record', ({ request }) => {
    received.push(request.clone());
    return HttpResponse.json(Array.from({ length: 25 }, (_, index) => 100 + index));
  }),
  http.get('https://eu.api.ovh.com/1.0/domain/zone/:zone/record/:id', async ({ params }) => {
    inFlight += 1;
    maxInFlight = Math.max(maxInFlight, inFlight);
    const id = Number(params['id']);
    await delay(id % 3 === 0 ? 15 : 2); // out-of-order completion
    inFlight -= 1;
    if (id === 999) return HttpResponse.json({ message: 'gone' }, { status: 404 });
    return HttpResponse.json({ id, zone: params['zone'] });
  }),
);
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  received = [];
  inFlight = 0;
  maxInFlight = 0;
});
afterAll(() => server.close());

const client = createOvhClient({ accessToken: 't' });

describe('paginate', () => {
  it('follows X-Pagination-Cursor-Next until it is absent, yielding items', async () => {
    const items: unknown[] = [];
    for await (const item of paginate(client, '/v2/things', { iamTags: { env: [{ operator: 'EQ', value: 'prod' }] } }, { pageSize: 2 })) items.push(item);
    expect(items).toEqual([1, 2, 3, 4, 5]);
    expect(received.map((request) => request.headers.get('x-pagination-cursor'))).toEqual([null, 'c2', 'c3']);
    expect(received.every((request) => request.headers.get('x-pagination-size') === '2')).toBe(true);
    expect(new URL(received[0]!.url).searchParams.get('iamTags')).toBe('{"env":[{"operator":"EQ","value":"prod"}]}');
  });

  it('is lazy: breaking out stops fetching', async () => {
    for await (const item of paginate(client, '/v2/things')) {
      if (item === 2) break;
    }
    expect(received).toHaveLength(1);
  });

  it('stops when a server repeats a cursor', async () => {
    const items: unknown[] = [];
    for await (const item of paginate(client, '/v2/loop')) items.push(item);
    expect(items).toEqual([0, 0]);
  });
});

describe('expandIds', () => {
  it('fetches every object with at most `concurrency` requests in flight, in list order', async () => {
    const records = await expandIds<{ id: number; zone: string }>(client, '/domain/zone/{zoneName}/record', '/domain/zone/{zoneName}/record/{id}', {
      params: { zoneName: 'example.com', fieldType: 'A' },
      concurrency: 4,
    });
    expect(records.map((record) => record.id)).toEqual(Array.from({ length: 25 }, (_, index) => 100 + index));
    expect(records.every((record) => record.zone === 'example.com')).toBe(true);
    expect(maxInFlight).toBe(4);
    expect(new URL(received[0]!.url).search).toBe('?fieldType=A');
  });

  it('defaults to 10 requests in flight', async () => {
    await expandIds(client, '/domain/zone/{zoneName}/record', '/domain/zone/{zoneName}/record/{id}', { params: { zoneName: 'example.com' } });
    expect(maxInFlight).toBe(10);
  });

  it('rejects with the first error', async () => {
    await expect(mapWithConcurrency([1, 999, 3], 2, (id) => client.get(`/domain/zone/z/record/${id}`))).rejects.toBeInstanceOf(ResourceNotFoundError);
    await expect(mapWithConcurrency([1], 0, async () => 1)).rejects.toThrow('concurrency must be a positive integer');
  });

  it('needs a placeholder left for the id', async () => {
    await expect(expandIds(client, '/a', '/a/{id}', { params: { id: 1 } })).rejects.toThrow('has no placeholder left for the id');
  });
});
