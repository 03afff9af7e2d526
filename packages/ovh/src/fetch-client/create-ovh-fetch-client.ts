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
import { StratusError } from '@stratus/core';
import { toFetch } from '@stratus/core/internal';

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
    // Core's fetch adapter, reading every body as its exact text: the signature covers those characters.
    // openapi-fetch appends paths to baseUrl; the prefix rule is applied here, before signing, so the
    // signature covers the URL actually sent (and `unwrap` names that URL).
    fetch: toFetch(
      (request) => {
        const url = (request.url = rewriteVersionedUrl(endpoint.baseUrl, request.url));
        const { method, headers, body, signal } = request;
        const apiPath = apiPathOfUrl(endpoint.baseUrl, url);
        if (body !== undefined && typeof body !== 'string') throw new StratusError(`[@stratus/ovh] createOvhFetchClient: ${method} ${apiPath ?? url}: a streamed body cannot be signed; pass the body as a value`);
        return dispatch({ method, url, headers, body, signal }, !(apiPath !== undefined && isUnsigned(method, apiPath)));
      },
      { textBodies: true },
    ),
  });
}
