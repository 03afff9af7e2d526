import type { OvhHttpRequest, OvhHttpResponse, SendOvhHttp } from '../transport/ovh-http.js';

/**
 * How the OVH client authenticates one attempt: decorate (sign) the request and send it, possibly
 * a second time (after a clock resync, a token renewal). `needAuth` false: an operation marked
 * `noAuthentication`, sent without credentials.
 */
export type OvhAuthHook = (request: OvhHttpRequest, send: SendOvhHttp, needAuth: boolean) => Promise<OvhHttpResponse>;

/**
 * The request with these headers set; names are lower-case throughout the client, so each replaces
 * any earlier value. Object.assign rather than `{ ...a, ...b }`: V8 takes a slow path (≈ 3 µs) for
 * the double spread of these hyphenated header objects, on every signed attempt.
 */
export function withHeaders(request: OvhHttpRequest, headers: Record<string, string>): OvhHttpRequest {
  return { ...request, headers: Object.assign({}, request.headers, headers) };
}
