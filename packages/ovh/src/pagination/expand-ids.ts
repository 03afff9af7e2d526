import { StratusError } from '@stratus/core';
import type { OvhClientBase, OvhParams } from '../client/ovh-client-types.js';
import { canonicalizeParamName } from '../client/canonicalize-param-name.js';
import { mapWithConcurrency } from './map-with-concurrency.js';

export interface ExpandIdsOptions {
  /** Params of the list call; the item call gets those that fill its placeholders. */
  params?: OvhParams;
  /** Item requests in flight at once. Default 10. */
  concurrency?: number;
  signal?: AbortSignal;
}

export const DEFAULT_EXPAND_CONCURRENCY = 10;

/**
 * v1 lists return ids (`GET /domain/zone/{zoneName}/record` → `[1, 2, 3]`); this fetches each object
 * (`GET /domain/zone/{zoneName}/record/{id}`) with bounded concurrency and returns them in list order.
 * The id fills the item path's last placeholder not given in `params`.
 */
export async function expandIds<Item = unknown>(client: OvhClientBase, listPath: string, itemPath: string, options: ExpandIdsOptions = {}): Promise<Item[]> {
  const params = Object.fromEntries(Object.entries(options.params ?? {}).map(([name, value]) => [canonicalizeParamName(name), value]));
  const placeholders = [...itemPath.matchAll(/\{([^{}]+)\}/g)].map((match) => match[1] as string);
  const idName = placeholders.filter((name) => params[name] === undefined).at(-1);
  if (idName === undefined) {
    throw new StratusError(`[@stratus/ovh] expandIds: ${itemPath} has no placeholder left for the id (all are given in params)`);
  }
  const requestOptions = options.signal ? { signal: options.signal } : {};
  const ids = await client.request('GET', listPath, params, requestOptions);
  if (!Array.isArray(ids)) throw new StratusError(`[@stratus/ovh] expandIds: GET ${listPath} did not return a list`);

  const itemParams = Object.fromEntries(placeholders.filter((name) => name !== idName).map((name) => [name, params[name]]));
  return mapWithConcurrency(ids, options.concurrency ?? DEFAULT_EXPAND_CONCURRENCY, async (id) =>
    (await client.request('GET', itemPath, { ...itemParams, [idName]: id }, requestOptions)) as Item,
  );
}
