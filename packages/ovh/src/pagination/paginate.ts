import { StratusError } from '@stratus/core';
import type { FlatParams, OperationAt, PathsOf, ResultOf } from '../api/operation-types.js';
import type { OvhClientBase, OvhParams } from '../client/ovh-client-types.js';

export interface PaginateOptions {
  /** Sent as `X-Pagination-Size`; the server default otherwise. */
  pageSize?: number;
  signal?: AbortSignal;
}

type PaginationHeader = 'X-Pagination-Cursor' | 'X-Pagination-Size';
type ListParams<Op> = Omit<FlatParams<Op>, PaginationHeader>;
type ListArgs<Op> = {} extends ListParams<Op> ? [params?: ListParams<Op>, options?: PaginateOptions] : [params: ListParams<Op>, options?: PaginateOptions];
type ItemOf<T> = T extends readonly (infer Item)[] ? Item : unknown;

/**
 * Iterates over every item of a v2 list, page by page: the cursor of `X-Pagination-Cursor-Next` is
 * sent back as `X-Pagination-Cursor` until the server stops returning one.
 *
 * ```ts
 * for await (const policy of paginate(client, '/v2/iam/policy', {}, { pageSize: 100 })) console.log(policy.id);
 * ```
 */
// `const P`: without it the literal path widens while Ops is still being inferred. The path check
// has the same shape as the client methods' (see KnownPath there) for the same type-checking cost reason.
export function paginate<Ops, const P extends string>(
  client: OvhClientBase & { readonly __operations?: Ops },
  path: P extends PathsOf<Ops, 'get'> ? P : PathsOf<Ops, 'get'>,
  ...args: NoInfer<ListArgs<OperationAt<Ops, 'get', P>>>
): AsyncGenerator<ItemOf<ResultOf<OperationAt<Ops, 'get', P>>>, void, undefined>;
export function paginate<Item = unknown>(
  client: OvhClientBase & { readonly __operations?: undefined },
  path: string,
  params?: OvhParams,
  options?: PaginateOptions,
): AsyncGenerator<Item, void, undefined>;
export async function* paginate(client: OvhClientBase, path: string, params?: OvhParams, options: PaginateOptions = {}): AsyncGenerator<unknown, void, undefined> {
  let cursor: string | undefined;
  const seen = new Set<string>();
  do {
    const headers: Record<string, string> = {};
    if (cursor !== undefined) headers['X-Pagination-Cursor'] = cursor;
    if (options.pageSize !== undefined) headers['X-Pagination-Size'] = String(options.pageSize);
    const page = await client.send('GET', path, params, { headers, ...(options.signal ? { signal: options.signal } : {}) });
    if (!Array.isArray(page.data)) throw new StratusError(`[@stratus/ovh] paginate: GET ${path} did not return a list`);
    yield* page.data;
    cursor = page.headers.get('X-Pagination-Cursor-Next') ?? undefined;
    // A server repeating a cursor would loop forever.
    if (cursor !== undefined && seen.has(cursor)) break;
    if (cursor !== undefined) seen.add(cursor);
  } while (cursor !== undefined && cursor !== '');
}
