import type { HttpResponse } from './http-message.js';

// Statuses whose Response must not have a body (the constructor throws otherwise).
const BODYLESS_STATUSES = new Set([101, 204, 205, 304]);

/** A fetch `Response` for code that needs one (openapi-fetch, the fetch adapter) from the pipeline's response. */
export function toFetchResponse(response: HttpResponse<string | ReadableStream<Uint8Array> | null>): Response {
  return new Response(BODYLESS_STATUSES.has(response.status) ? null : response.body, {
    status: response.status,
    statusText: response.statusText,
    headers: response.headers as Headers,
  });
}
