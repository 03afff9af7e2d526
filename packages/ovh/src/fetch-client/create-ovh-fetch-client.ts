import createClient, { type Client } from 'openapi-fetch';
import type { OvhApi } from '../api/ovh-api.js';
import type { PathsOfApi } from '../api/operation-types.js';
import { markUnsigned } from '../auth/need-auth-marker.js';
import { clientInternals } from '../client/client-internals.js';
import { createUnauthenticatedMatcher } from '../client/create-unauthenticated-matcher.js';
import type { OvhClientBase } from '../client/ovh-client-types.js';
import { recordOvhResponseOrigin } from '../client/response-origins.js';
import { apiPathOfUrl } from '../endpoints/api-path-of-url.js';
import { rewriteVersionedUrl } from '../endpoints/rewrite-versioned-url.js';

const BODYLESS_METHODS = new Set(['GET', 'HEAD']);

/**
 * An openapi-fetch client (`{ data, error }` style) for one API descriptor, on the OVH client's signed
 * transport (same credentials, clock, retries and timeouts). v1 paths are relative to the endpoint;
 * v2 paths start with `/v2`. A separate entry so that programs using only `client.get(…)` do not
 * bundle openapi-fetch.
 */
export function createOvhFetchClient<Api extends OvhApi>(client: OvhClientBase, api: Api): Client<PathsOfApi<Api>, `${string}/${string}`> {
  const { endpoint, apis, defaultHeaders, transport } = clientInternals(client, 'createOvhFetchClient');
  const isUnsigned = createUnauthenticatedMatcher([...apis, api]);
  return createClient<PathsOfApi<Api>, `${string}/${string}`>({
    baseUrl: endpoint.baseUrl,
    headers: defaultHeaders,
    // openapi-fetch appends paths to baseUrl; the prefix rule and the unsigned marker are applied here,
    // before the transport signs, so the signature covers the URL actually sent.
    fetch: async (incoming: Request) => {
      const url = rewriteVersionedUrl(endpoint.baseUrl, incoming.url);
      const apiPath = apiPathOfUrl(endpoint.baseUrl, url);
      const headers = new Headers([...incoming.headers]);
      if (apiPath !== undefined && isUnsigned(incoming.method, apiPath)) markUnsigned(headers);
      const body = BODYLESS_METHODS.has(incoming.method) || incoming.body === null ? undefined : await incoming.arrayBuffer();
      // (url, init) rather than a Request: the transport then owns the request it builds and can set
      // headers on it in place instead of deriving copies.
      const response = await transport(url, { method: incoming.method, headers, body, signal: incoming.signal });
      recordOvhResponseOrigin(response, { method: incoming.method, url });
      return response;
    },
  });
}
