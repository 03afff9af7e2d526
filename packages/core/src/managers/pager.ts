/**
 * What a manager's `list()` returns: `for await (const server of compute.servers.list())` walks
 * every page lazily; `pages()`, `firstPage()` and `all()` give arrays.
 */
export interface Pager<Item> extends AsyncIterable<Item> {
  /** Page by page, following the service's next links (or markers). */
  pages(): AsyncIterable<Item[]>;
  /** The first page only; choose it with `limit` / `marker` in the query. */
  firstPage(): Promise<Item[]>;
  /** Every item of every page, in order. */
  all(): Promise<Item[]>;
}

/** One fetched page: its items and the query of the next page, if any. */
export interface Page<Item> {
  items: Item[];
  next: Record<string, unknown> | undefined;
}

/** A pager over `fetchPage`, which is called with the first query, then each next one. */
export function createPager<Item>(firstQuery: Record<string, unknown> | undefined, fetchPage: (query: Record<string, unknown> | undefined) => Promise<Page<Item>>): Pager<Item> {
  async function* pages(): AsyncGenerator<Item[]> {
    let query = firstQuery;
    const seen = new Set<string>([JSON.stringify(query ?? {})]);
    let previousFirst: string | undefined;
    for (;;) {
      const page = await fetchPage(query);
      // A server that ignores `marker` answers every next query with the first page again. Distinct
      // pages of one listing never start with the same item, so comparing first items catches it
      // before a duplicate is yielded, in constant memory (a set of every id would grow with the listing).
      const first = page.items.length > 0 ? itemKey(page.items[0]) : undefined;
      if (first !== undefined && first === previousFirst) return;
      previousFirst = first;
      yield page.items;
      if (page.next === undefined || page.items.length === 0) return;
      // A next link pointing back at a page already read would loop forever.
      const key = JSON.stringify(page.next);
      if (seen.has(key)) return;
      seen.add(key);
      query = page.next;
    }
  }
  return {
    pages,
    async *[Symbol.asyncIterator]() {
      for await (const items of pages()) yield* items;
    },
    async firstPage() {
      return (await fetchPage(firstQuery)).items;
    },
    async all() {
      const all: Item[] = [];
      for await (const items of pages()) all.push(...items);
      return all;
    },
  };
}

/** What identifies an item across pages: its `id` or `uuid`, else its JSON. */
function itemKey(item: unknown): string {
  if (typeof item === 'object' && item !== null) {
    const { id, uuid } = item as { id?: unknown; uuid?: unknown };
    const key = id ?? uuid;
    if (typeof key === 'string' || typeof key === 'number') return `id:${key}`;
  }
  return `json:${JSON.stringify(item)}`;
}
