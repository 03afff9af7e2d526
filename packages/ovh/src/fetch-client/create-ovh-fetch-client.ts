import createClient, { type Client } from 'openapi-fetch';
import type { OvhApi } from '../api/ovh-api.js';
import type { PathsOfApi } from '../api/operation-types.js';
import { clientInternals } from '../client/client-internals.js';
import { createUnauthenticatedMatcher } from '../client/create-unauthenticated-matcher.js';
import { encodeQueryString } from '../client/encode-query-string.js';
import { toPythonJson } from '../client/to-python-json.js';
import type { OvhClientBase } from '../client/ovh-client-types.js';
import { apiPathOfUrl } from '../endpoints/api-path-of-url.js';
import { rewriteVersionedUrl } from '../endpoints/rewrite-versioned-url.js';
import { redactUrl } from '@stratus/core';
import { recordResponseOrigin, toFetchResponse } from '@stratus/core/internal';

/**
 * An openapi-fetch client (`{ data, error }` style) for one API descriptor, on the OVH client's signed
 * pipeline (same credentials, clock, retries and timeouts). v1 paths are relative to the endpoint;
 * v2 paths start with `/v2`. A separate entry so that programs using only `client.get(…)` do not
 * bundle openapi-fetch.
 */
export function createOvhFetchClient<Api extends OvhApi>(client: OvhClientBase, api: Api): Client<PathsOfApi<Api>, `${string}/${string}`> {
  const { endpoint, apis, defaultHeaders, dispatch } = clientInternals(client, 'createOvhFetchClient');
  const isUnsigned = createUnauthenticatedMatcher([...apis, api]);
  return createClient<PathsOfApi<Api>, `${string}/${string}`>({
    baseUrl: endpoint.baseUrl,
    headers: defaultHeaders,
    // Query strings and bodies as the client (and python-ovh) writes them.
    querySerializer: (query) => encodeQueryString(Object.entries(query)),
    bodySerializer: (body) => toPythonJson(body),
    // openapi-fetch appends paths to baseUrl; the prefix rule is applied here, before signing, so the
    // signature covers the URL actually sent.
    fetch: async (incoming: Request) => {
      const url = rewriteVersionedUrl(endpoint.baseUrl, incoming.url);
      const apiPath = apiPathOfUrl(endpoint.baseUrl, url);
      const needAuth = !(apiPath !== undefined && isUnsigned(incoming.method, apiPath));
      const body = incoming.body === null ? undefined : await incoming.text();
      const request = { method: incoming.method, url, headers: Object.fromEntries(incoming.headers), body, signal: incoming.signal };
      const response = toFetchResponse(await dispatch(request, needAuth));
      recordResponseOrigin(response, { method: incoming.method, url: redactUrl(url) });
      return response;
    },
  });
}
