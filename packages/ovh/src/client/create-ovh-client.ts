import { createTransport, type TransportOptions } from '@stratus/core';
import createClient from 'openapi-fetch';
import type { OvhApi } from '../api/ovh-api.js';
import { createOvhClock } from '../auth/create-ovh-clock.js';
import { markUnsigned } from '../auth/need-auth-marker.js';
import { apiPathOfUrl } from '../endpoints/api-path-of-url.js';
import { DEFAULT_OVH_ENDPOINT, type OvhEndpointName } from '../endpoints/ovh-endpoints.js';
import { resolveEndpoint } from '../endpoints/resolve-endpoint.js';
import { rewriteVersionedUrl } from '../endpoints/rewrite-versioned-url.js';
import { buildOvhRequest } from './build-ovh-request.js';
import { createAuthStrategy } from './create-auth-strategy.js';
import { createUnauthenticatedMatcher, type UnauthenticatedMatcher } from './create-unauthenticated-matcher.js';
import type { OvhClient, OvhClientBase, OvhParams, OvhRequestOptions, OvhResponse, UntypedOvhMethods } from './ovh-client-types.js';
import { parseOvhResponse } from './parse-ovh-response.js';
import { recordOvhResponseOrigin } from './response-origins.js';
import { selectAuthMethod, type OvhCredentials } from './select-auth-method.js';

export interface OvhClientOptions<Apis extends readonly OvhApi[] = readonly OvhApi[]> extends OvhCredentials, Omit<TransportOptions, 'auth'> {
  /** Endpoint name (default `ovh-eu`) or a base URL such as `https://eu.api.ovh.com/1.0` (proxies, tests). */
  endpoint?: OvhEndpointName | (string & {});
  /** OAuth2 token URL; only needed with clientId/clientSecret on a base-URL endpoint. */
  oauth2TokenUrl?: string;
  /** Generated API descriptors (`import { me } from '@stratus/ovh/me'`): type the client, list unsigned operations. */
  apis?: Apis;
  /** Headers sent with every request (e.g. `X-Schemas-Version`). */
  headers?: Record<string, string>;
}

const BODYLESS_METHODS = new Set(['GET', 'HEAD']);

/**
 * Creates an OVHcloud API client: signed (application key), OAuth2 or bearer-token requests over
 * core's transport (retries, timeouts, user agent), python-ovh style flat params, typed errors.
 */
export function createOvhClient<const Apis extends readonly OvhApi[] = readonly []>(options: OvhClientOptions<Apis>): OvhClient<Apis> {
  const {
    endpoint: endpointOption,
    oauth2TokenUrl,
    apis = [] as unknown as Apis,
    headers: defaultHeaders = {},
    applicationKey,
    applicationSecret,
    consumerKey,
    clientId,
    clientSecret,
    accessToken,
    ...transportOptions
  } = options;
  const endpoint = resolveEndpoint(endpointOption ?? DEFAULT_OVH_ENDPOINT);
  const authMethod = selectAuthMethod({ applicationKey, applicationSecret, consumerKey, clientId, clientSecret, accessToken });
  const isUnauthenticated = createUnauthenticatedMatcher(apis);

  // The clock syncs through this client (unsigned GET /auth/time), so it shares fetch, retries and timeouts.
  const clock = createOvhClock({ fetchServerTime: () => send('GET', '/auth/time', undefined, { needAuth: false }).then((r) => r.data) });
  const auth = createAuthStrategy(authMethod, { endpoint, oauth2TokenUrl, clock, transport: transportOptions });
  const transport = createTransport({ ...transportOptions, auth });

  async function send<T = unknown>(method: string, path: string, params?: OvhParams, requestOptions: OvhRequestOptions = {}): Promise<OvhResponse<T>> {
    const upperMethod = method.toUpperCase();
    const parts = buildOvhRequest({ baseUrl: endpoint.baseUrl, method: upperMethod, path, params, body: requestOptions.body });
    const headers = new Headers({ Accept: 'application/json', ...defaultHeaders, ...parts.headers, ...requestOptions.headers });
    if (parts.body !== undefined) headers.set('Content-Type', 'application/json');
    if (!(requestOptions.needAuth ?? !isUnauthenticated(upperMethod, path))) markUnsigned(headers);

    const response = await transport(parts.url, {
      method: upperMethod,
      headers,
      ...(parts.body !== undefined ? { body: parts.body } : {}),
      ...(requestOptions.signal ? { signal: requestOptions.signal } : {}),
    });
    const data = (await parseOvhResponse(response, { method: upperMethod, url: parts.url })) as T;
    return { data, status: response.status, headers: response.headers, queryId: response.headers.get('x-ovh-queryid') || undefined };
  }

  const request = async (method: string, path: string, params?: OvhParams, requestOptions?: OvhRequestOptions) =>
    (await send(method, path, params, requestOptions)).data;

  const matchers = new WeakMap<OvhApi, UnauthenticatedMatcher>();
  const fetchClient: OvhClientBase['fetchClient'] = (api) => {
    let matcher = matchers.get(api);
    if (!matcher) matchers.set(api, (matcher = createUnauthenticatedMatcher([...apis, api])));
    const isUnsigned = matcher;
    return createClient({
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
  };

  const client: OvhClientBase & UntypedOvhMethods = {
    endpoint,
    authMethod: authMethod.type,
    request,
    send,
    fetchClient,
    get: (path, params, requestOptions) => request('GET', path, params, requestOptions),
    post: (path, params, requestOptions) => request('POST', path, params, requestOptions),
    put: (path, params, requestOptions) => request('PUT', path, params, requestOptions),
    delete: (path, params, requestOptions) => request('DELETE', path, params, requestOptions),
  };
  return client as unknown as OvhClient<Apis>;
}
