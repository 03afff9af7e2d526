import { createOvhApiError } from '../errors/create-ovh-api-error.js';
import { getResponseOrigin } from '@stratus/core/internal';

export interface OvhFetchResult {
  data?: unknown;
  error?: unknown;
  response: Response;
}

/**
 * Throwing style for `createOvhFetchClient(client, api)` results: returns `data`, or throws the OVH error class
 * (ResourceNotFoundError, NotGrantedCallError…) for the response. Accepts the result or its promise.
 */
export async function unwrap<R extends OvhFetchResult>(result: R | Promise<R>): Promise<NonNullable<R['data']>> {
  const { data, error, response } = await result;
  if (error !== undefined || !response.ok) {
    const origin = getResponseOrigin(response);
    throw createOvhApiError({ response, body: error, method: origin?.method ?? '', url: origin?.url ?? response.url });
  }
  return data as NonNullable<R['data']>;
}
