import type { HttpRequest } from './http-message.js';

/**
 * The request with these headers set, for policies and auth hooks; the request itself is left as is.
 * Header names are lower-case throughout the pipeline, so each replaces any earlier value. Written
 * out rather than spread: V8 takes slow paths for `{ ...request }` and for the double spread of
 * header objects (≈ 3 µs per signed attempt, measured).
 */
export function withHeaders<Req extends HttpRequest<unknown>>(request: Req, headers: Record<string, string>): Req {
  const { method, url, body, signal } = request;
  return { method, url, headers: Object.assign({}, request.headers, headers), body, signal } as Req;
}
