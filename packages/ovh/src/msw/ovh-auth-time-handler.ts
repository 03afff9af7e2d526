import { http, HttpResponse, type HttpHandler } from 'msw';
import type { OvhEndpointName } from '../endpoints/ovh-endpoints.js';
import { resolveEndpoint } from '../endpoints/resolve-endpoint.js';
import { nextQueryId } from './next-query-id.js';

/**
 * `GET /auth/time` of an endpoint (`ovh-eu` by default, or a base URL): the server clock as Unix
 * seconds, which signed clients read once before their first signed call. `serverTime` fixes the
 * answer (a number) or computes it per call (a function); by default it is the local clock.
 */
export function createOvhAuthTimeHandler(endpoint: OvhEndpointName | (string & {}) = 'ovh-eu', serverTime?: number | (() => number)): HttpHandler {
  const { baseUrl } = resolveEndpoint(endpoint);
  return http.get(`${baseUrl}/auth/time`, () => {
    const time = typeof serverTime === 'function' ? serverTime() : (serverTime ?? Math.floor(Date.now() / 1000));
    return HttpResponse.json(time, { headers: { 'X-Ovh-QueryID': nextQueryId() } });
  });
}
