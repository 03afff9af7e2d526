import { createTransport, type TransportOptions } from '@stratus/core';
import type { OvhApi } from '../api/ovh-api.js';
import { createOvhClock } from '../auth/create-ovh-clock.js';
import { markUnsigned } from '../auth/need-auth-marker.js';
import { DEFAULT_OVH_ENDPOINT, type OvhEndpointName } from '../endpoints/ovh-endpoints.js';
import { resolveEndpoint } from '../endpoints/resolve-endpoint.js';
import { buildOvhRequest } from './build-ovh-request.js';
import { createAuthStrategy } from './create-auth-strategy.js';
import { registerClientInternals } from './client-internals.js';
import { createUnauthenticatedMatcher } from './create-unauthenticated-matcher.js';
import type { OvhClient, OvhClientBase, OvhParams, OvhRequestOptions, OvhResponse, UntypedOvhMethods } from './ovh-client-types.js';
import { parseOvhResponse } from './parse-ovh-response.js';
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

  const client: OvhClientBase & UntypedOvhMethods = {
    endpoint,
    authMethod: authMethod.type,
    request,
    send,
    get: (path, params, requestOptions) => request('GET', path, params, requestOptions),
    post: (path, params, requestOptions) => request('POST', path, params, requestOptions),
    put: (path, params, requestOptions) => request('PUT', path, params, requestOptions),
    delete: (path, params, requestOptions) => request('DELETE', path, params, requestOptions),
  };
  registerClientInternals(client, { endpoint, apis, defaultHeaders, transport });
  return client as unknown as OvhClient<Apis>;
}
