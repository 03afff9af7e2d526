import type { OvhApi, OvhMethod } from '../api/ovh-api.js';
import type { FlatParams, IsTyped, OperationAt, OperationsOf, PathsOf, ResultOf } from '../api/operation-types.js';
import type { ResolvedOvhEndpoint } from '../endpoints/resolve-endpoint.js';
import type { HttpResponseHeaders } from '@stratus/core';
import type { OvhAuthMethod } from './select-auth-method.js';

/** Flat params of an untyped call: placeholders, query/body fields and `X-…` headers by name. */
export type OvhParams = Readonly<Record<string, unknown>>;

export interface OvhRequestOptions {
  /** Force (true) or skip (false) authentication. Default: sign unless the operation is `noAuthentication`. */
  needAuth?: boolean;
  /** Extra request headers. */
  headers?: Record<string, string>;
  signal?: AbortSignal;
  /**
   * Send this as the JSON body instead of building one from params (for array or map bodies, or a
   * body field named like a path param). Params that are not path or `X-` params then go to the query.
   */
  body?: unknown;
}

/** A response with its metadata, as returned by `client.send`. */
export interface OvhResponse<T = unknown> {
  data: T;
  status: number;
  /** Response headers (a fetch `Headers` with the default fetch). */
  headers: HttpResponseHeaders;
  /** `X-Ovh-QueryID`. */
  queryId: string | undefined;
}

/** What `client.rawCall` answers: the response as received, whatever its status (python-ovh's `raw_call`). */
export interface OvhRawResponse {
  status: number;
  statusText: string;
  headers: HttpResponseHeaders;
  /** The body text as received ("" when there is none). */
  body: string;
  /** `X-Ovh-QueryID`. */
  queryId: string | undefined;
}

// Params are optional exactly when the operation requires none. NoInfer: P comes from the path only.
type CallArgs<Op> = {} extends FlatParams<Op>
  ? [params?: FlatParams<Op>, options?: OvhRequestOptions]
  : [params: FlatParams<Op>, options?: OvhRequestOptions];

/**
 * A path of the API descriptors. `P extends string` plus this check (rather than `P extends PathsOf<…>`)
 * keeps TypeScript from resolving the params type against every path of every API while it
 * contextually types the params object literal — measured: +4 s of check time per call with all 83
 * OVH APIs otherwise. Completions and errors still list the valid paths.
 */
type KnownPath<P, Paths> = P extends Paths ? P : Paths;

/**
 * The params and options of a call on path P. Distributive over P with a loose form for `string`: while
 * TypeScript contextually types the params object literal it may ask for the constraint of this type
 * with P still unresolved, and the constraint of a distributive conditional type is this type at P's
 * constraint (`string`), i.e. the loose form. Written as `CallArgs<OperationAt<…>>` directly, that
 * constraint is the params of every operation of every API — measured: 4,000 types and 130 ms for the
 * first call with params in a file, against 10 types now.
 */
type ArgsAt<Ops, M extends OvhMethod, P> = P extends string ? (string extends P ? [params?: OvhParams, options?: OvhRequestOptions] : CallArgs<OperationAt<Ops, M, P>>) : never;

/** get/post/put/delete typed from the API descriptors passed as `apis`. */
export interface TypedOvhMethods<Ops> {
  get<P extends string>(path: KnownPath<P, PathsOf<Ops, 'get'>>, ...args: NoInfer<ArgsAt<Ops, 'get', P>>): Promise<ResultOf<OperationAt<Ops, 'get', P>>>;
  post<P extends string>(path: KnownPath<P, PathsOf<Ops, 'post'>>, ...args: NoInfer<ArgsAt<Ops, 'post', P>>): Promise<ResultOf<OperationAt<Ops, 'post', P>>>;
  put<P extends string>(path: KnownPath<P, PathsOf<Ops, 'put'>>, ...args: NoInfer<ArgsAt<Ops, 'put', P>>): Promise<ResultOf<OperationAt<Ops, 'put', P>>>;
  delete<P extends string>(path: KnownPath<P, PathsOf<Ops, 'delete'>>, ...args: NoInfer<ArgsAt<Ops, 'delete', P>>): Promise<ResultOf<OperationAt<Ops, 'delete', P>>>;
  /** Phantom: lets helpers such as `paginate` read the operation types. Never set. */
  readonly __operations?: Ops;
}

/** get/post/put/delete when no typed API descriptors were given. */
export interface UntypedOvhMethods {
  get(path: string, params?: OvhParams, options?: OvhRequestOptions): Promise<unknown>;
  post(path: string, params?: OvhParams, options?: OvhRequestOptions): Promise<unknown>;
  put(path: string, params?: OvhParams, options?: OvhRequestOptions): Promise<unknown>;
  delete(path: string, params?: OvhParams, options?: OvhRequestOptions): Promise<unknown>;
  /** Phantom: marks the client as untyped for helpers such as `paginate`. Never set. */
  readonly __operations?: undefined;
}

/** What every OVH client has, typed or not. */
export interface OvhClientBase {
  readonly endpoint: ResolvedOvhEndpoint;
  readonly authMethod: OvhAuthMethod['type'];
  /** Untyped call, for paths newer than the bundled specs. Returns parsed JSON (undefined for 204). */
  request(method: string, path: string, params?: OvhParams, options?: OvhRequestOptions): Promise<unknown>;
  /** Like `request`, with status, headers and query id (pagination headers…). */
  send<T = unknown>(method: string, path: string, params?: OvhParams, options?: OvhRequestOptions): Promise<OvhResponse<T>>;
  /**
   * python-ovh's `raw_call`: the same request as `request` (params, signing, retries, timeouts), but
   * the response comes back as received — status, headers and body text — with no error classes and
   * no JSON parsing, whatever the status. Only failures to get a response at all throw.
   */
  rawCall(method: string, path: string, params?: OvhParams, options?: OvhRequestOptions): Promise<OvhRawResponse>;
  /**
   * Server time minus local time in seconds, as added to every `X-Ovh-Timestamp` (python-ovh's
   * `time_delta`, go-ovh's `TimeDelta()`): fetched with one unsigned `GET /auth/time` the first time
   * it is needed, then kept (and refreshed after a rejected timestamp).
   */
  timeDelta(): Promise<number>;
}

export type OvhClient<Apis extends readonly OvhApi[] = readonly []> = OvhClientBase &
  (IsTyped<OperationsOf<Apis>> extends true ? TypedOvhMethods<OperationsOf<Apis>> : UntypedOvhMethods);
