import { createHttpPipeline, type HttpFetch, type HttpRequest, type HttpResponse, type RequestPolicyOptions, retryPolicy, type RetryPolicyOptions, StratusError } from '@stratus/core';
import { buildUserAgent, createAttemptSender, DEFAULT_MAX_RETRIES, DEFAULT_TIMEOUT_MS } from '@stratus/core/internal';
import type { OvhApi } from '../api/ovh-api.js';
import { createOvhClock } from '../auth/create-ovh-clock.js';
import { DEFAULT_OVH_ENDPOINT, type OvhEndpointName } from '../endpoints/ovh-endpoints.js';
import { resolveEndpoint } from '../endpoints/resolve-endpoint.js';
import { buildOvhRequest } from './build-ovh-request.js';
import { registerClientInternals } from './client-internals.js';
import { createUnauthenticatedMatcher } from './create-unauthenticated-matcher.js';
import type { OvhClient, OvhClientBase, OvhParams, OvhRawResponse, OvhRequestOptions, OvhResponse, UntypedOvhMethods } from './ovh-client-types.js';
import { parseOvhResponse } from './parse-ovh-response.js';
import { selectAuthHook } from './select-auth-hook.js';
import { selectAuthMethod, type OvhCredentials } from './select-auth-method.js';

/** Credentials, endpoint, typed APIs, and core's retry/timeout/user-agent settings (`maxRetries` applies to GET/PUT/DELETE, and POST with `retryNonIdempotent`). */
export interface OvhClientOptions<Apis extends readonly OvhApi[] = readonly OvhApi[]> extends OvhCredentials, RequestPolicyOptions {
  /** Endpoint name (default `ovh-eu`) or a base URL such as `https://eu.api.ovh.com/1.0` (proxies, tests). */
  endpoint?: OvhEndpointName | (string & {});
  /** OAuth2 token URL; only needed with clientId/clientSecret on a base-URL endpoint. */
  oauth2TokenUrl?: string;
  /** Generated API descriptors (`import { me } from '@stratus/ovh/me'`): type the client, list unsigned operations. */
  apis?: Apis;
  /** Headers sent with every request (e.g. `X-Schemas-Version`). */
  headers?: Record<string, string>;
  /** Replaces the global fetch (looked up per call by default, so msw and polyfills apply). `createNodeFetch()` from `@stratus/ovh/node` is the fast one on Node. */
  fetch?: HttpFetch;
}

/**
 * Creates an OVHcloud API client: signed (application key), OAuth2 or bearer-token requests with
 * retries and timeouts, python-ovh style flat params, typed errors.
 */
export function createOvhClient<const Apis extends readonly OvhApi[] = readonly []>(options: OvhClientOptions<Apis>): OvhClient<Apis> {
  const { apis = [] as unknown as Apis, headers: defaultHeaders = {}, timeoutMs = DEFAULT_TIMEOUT_MS } = options;
  const maxRetries = options.maxRetries ?? DEFAULT_MAX_RETRIES;
  const retry: RetryPolicyOptions = { ...options, maxRetries };
  if (!(maxRetries >= 0 && Number.isInteger(maxRetries))) throw invalidOption('maxRetries', 'a non-negative integer', maxRetries);
  if (!(timeoutMs >= 0 && Number.isFinite(timeoutMs))) throw invalidOption('timeoutMs', 'a non-negative number of milliseconds', timeoutMs);
  const endpoint = resolveEndpoint(options.endpoint ?? DEFAULT_OVH_ENDPOINT);
  const authMethod = selectAuthMethod(options);
  const isUnauthenticated = createUnauthenticatedMatcher(apis);
  const baseHeaders: Record<string, string> = { accept: 'application/json', 'user-agent': buildUserAgent(options.userAgent), ...lowerCaseKeys(defaultHeaders) };

  const sendOnce = createAttemptSender(options.fetch, timeoutMs);
  // The clock syncs through this client (unsigned GET /auth/time), so it shares fetch, retries and timeouts.
  const clock = createOvhClock({ fetchServerTime: () => request('GET', '/auth/time', undefined, { needAuth: false }) });
  const authHook = selectAuthHook(authMethod, {
    endpoint,
    oauth2TokenUrl: options.oauth2TokenUrl,
    clock,
    // Replaying a client-credentials grant is harmless, so the token request is retried like a GET.
    sendTokenRequest: createHttpPipeline([retryPolicy({ ...retry, retryNonIdempotent: true })], sendOnce),
  });

  // core's pipeline, named policies in order: retry → sign (every attempt is signed afresh) → parse
  // (2xx bodies are parsed within the attempt, so an unreadable one is retried like a network
  // failure) → timeout + fetch (sendOnce). `rawCall` leaves out the parse step.
  const pipelines = (needAuth: boolean) => {
    const sign = { name: 'sign', send: (request: HttpRequest, next: (request: HttpRequest) => Promise<HttpResponse>) => authHook(request, next, needAuth) };
    const parse = {
      name: 'parse',
      async send(request: HttpRequest, next: (request: HttpRequest) => Promise<HttpResponse>): Promise<ParsedOvhHttpResponse> {
        const response = await next(request);
        const { status, statusText, headers, body } = response;
        return { status, statusText, headers, body, data: status >= 200 && status <= 299 ? parseOvhResponse(response, request) : undefined };
      },
    };
    return {
      parsed: createHttpPipeline([retryPolicy(retry), sign, parse], sendOnce) as (request: HttpRequest) => Promise<ParsedOvhHttpResponse>,
      raw: createHttpPipeline([retryPolicy(retry), sign], sendOnce),
    };
  };
  const signed = pipelines(true);
  const unsigned = pipelines(false);
  const dispatch = (httpRequest: HttpRequest, needAuth: boolean) => (needAuth ? signed : unsigned).parsed(httpRequest);

  const prepare = (method: string, path: string, params: OvhParams | undefined, requestOptions: OvhRequestOptions) => {
    const upperMethod = method.toUpperCase();
    const parts = buildOvhRequest({ baseUrl: endpoint.baseUrl, method: upperMethod, path, params, body: requestOptions.body });
    const headers = { ...baseHeaders, ...lowerCaseKeys(parts.headers), ...lowerCaseKeys(requestOptions.headers) };
    if (parts.body !== undefined) headers['content-type'] = 'application/json';
    const httpRequest: HttpRequest = { method: upperMethod, url: parts.url, headers, body: parts.body, signal: requestOptions.signal };
    return { httpRequest, needAuth: requestOptions.needAuth ?? !isUnauthenticated(upperMethod, path) };
  };

  async function send<T = unknown>(method: string, path: string, params?: OvhParams, requestOptions: OvhRequestOptions = {}): Promise<OvhResponse<T>> {
    const { httpRequest, needAuth } = prepare(method, path, params, requestOptions);
    const response = await dispatch(httpRequest, needAuth);
    // An error status that survived the retries: throws the OVH error class.
    if (response.status < 200 || response.status > 299) parseOvhResponse(response, httpRequest);
    return { data: response.data as T, status: response.status, headers: response.headers, queryId: response.headers.get('x-ovh-queryid') || undefined };
  }

  async function rawCall(method: string, path: string, params?: OvhParams, requestOptions: OvhRequestOptions = {}): Promise<OvhRawResponse> {
    const { httpRequest, needAuth } = prepare(method, path, params, requestOptions);
    const { status, statusText, headers, body } = await (needAuth ? signed : unsigned).raw(httpRequest);
    return { status, statusText, headers, body, queryId: headers.get('x-ovh-queryid') || undefined };
  }

  async function timeDelta(): Promise<number> {
    const known = clock.delta();
    if (known !== undefined) return known;
    await clock.read();
    return clock.delta()!;
  }

  async function request(method: string, path: string, params?: OvhParams, requestOptions?: OvhRequestOptions): Promise<unknown> {
    return (await send(method, path, params, requestOptions)).data;
  }

  const client: OvhClientBase & UntypedOvhMethods = {
    endpoint,
    authMethod: authMethod.type,
    request,
    send,
    rawCall,
    timeDelta,
    get: (path, params, requestOptions) => request('GET', path, params, requestOptions),
    post: (path, params, requestOptions) => request('POST', path, params, requestOptions),
    put: (path, params, requestOptions) => request('PUT', path, params, requestOptions),
    delete: (path, params, requestOptions) => request('DELETE', path, params, requestOptions),
  };
  registerClientInternals(client, { endpoint, apis, defaultHeaders: baseHeaders, dispatch });
  return client as unknown as OvhClient<Apis>;
}

/** A response whose 2xx body the `parse` step has already turned into data. */
interface ParsedOvhHttpResponse extends HttpResponse {
  data: unknown;
}

function invalidOption(name: string, expected: string, value: unknown): StratusError {
  return new StratusError(`[@stratus/ovh] createOvhClient: ${name} must be ${expected}, got ${String(value)}`);
}

// Header names are case-insensitive: one spelling per name, so a caller's `Accept` replaces the client's.
function lowerCaseKeys(headers: Record<string, string> = {}): Record<string, string> {
  const lowered: Record<string, string> = {};
  for (const name in headers) lowered[name.toLowerCase()] = headers[name]!;
  return lowered;
}
