import { createApiError } from '../errors/create-api-error.js';
import { getResponseOrigin } from '../transport/response-origin.js';

/** The shape openapi-fetch resolves to: `{ data, response }` on success, `{ error, response }` otherwise. */
export interface FetchResultLike {
  data?: unknown;
  error?: unknown;
  response: Response;
}

export interface UnwrapOptions {
  /** Provider shown on the error; defaults to the one recorded by createServiceClient. */
  provider?: string;
}

/**
 * Throwing style for openapi-fetch results: returns `data`, or throws the ApiError subclass matching
 * the response (NotFoundError, RateLimitedError…). Accepts the result or its promise:
 * `const server = await unwrap(client.GET('/servers/{id}', …))`.
 * For bodiless successes (204, HEAD) the returned value is `undefined` at runtime.
 */
export async function unwrap<R extends FetchResultLike>(result: R | Promise<R>, options: UnwrapOptions = {}): Promise<NonNullable<R['data']>> {
  const { data, error, response } = await result;
  if (error !== undefined || !response.ok) {
    const origin = getResponseOrigin(response);
    throw createApiError({
      response,
      body: error,
      method: origin?.method ?? '',
      url: origin?.url ?? response.url,
      provider: options.provider ?? origin?.provider,
    });
  }
  return data as NonNullable<R['data']>;
}
