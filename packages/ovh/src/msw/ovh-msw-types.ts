import type { HttpHandler, RequestHandlerOptions } from 'msw';
import type { IsTyped, OperationAt, OperationsOf, PathsOf, ResultOf } from '../api/operation-types.js';
import type { OvhApi, OvhMethod } from '../api/ovh-api.js';

// Types of `@stratus/ovh/msw`. Like the client's, they only ever look at the one operation a handler
// is written for (nothing maps over all paths), so a handler on /cloud costs what a call on it costs.

/** The operation maps of one descriptor or of a list of descriptors (as the client's `apis`). */
export type OvhHandlerOperations<A> = A extends readonly OvhApi[] ? OperationsOf<A> : A extends OvhApi ? NonNullable<A['__operations']> : never;

// `path?: never` and absent parts contribute nothing.
type Present<T> = [T] extends [never] ? {} : [T] extends [undefined] ? {} : Exclude<T, undefined>;
type Simplify<T> = { [K in keyof T]: T[K] } & {};

/**
 * The path parameters of an operation, by name. Values are the decoded URL segments, so they are
 * strings whatever the schema type is (`Number(params.id)` for numeric ids).
 */
export type OvhPathParamsOf<Op> = unknown extends Op
  ? Record<string, string>
  : [Op] extends [{ parameters: infer P }]
    ? [P] extends [{ path?: infer V }]
      ? Simplify<{ readonly [K in keyof Present<V>]: string }>
      : {}
    : {};

type JsonContentOf<RB> = [RB] extends [never] ? undefined : [RB] extends [{ content: { 'application/json': infer B } }] ? B : undefined;

/** The parsed JSON request body of an operation (undefined when it takes none or none was sent). */
export type OvhRequestBodyOf<Op> = unknown extends Op
  ? unknown
  : [Op] extends [{ requestBody: infer RB }]
    ? JsonContentOf<RB>
    : [Op] extends [{ requestBody?: infer RB }]
      ? JsonContentOf<NonNullable<RB>> | undefined
      : undefined;

/** What a resolver receives. */
export interface OvhResolverInfo<Op> {
  /** Path parameters (`{serviceName}` → `params.serviceName`), URL-decoded. */
  params: OvhPathParamsOf<Op>;
  /** The query string (GET/DELETE flat params land here). */
  query: URLSearchParams;
  /** The JSON body, parsed (POST/PUT flat params land here); undefined when the request had none. */
  body: OvhRequestBodyOf<Op>;
  /** The intercepted request (headers, signature…). Its body is still unread. */
  request: Request;
}

/**
 * What a resolver answers: the operation's result (sent as JSON with status 200 and an
 * `X-Ovh-QueryID`; `undefined` is sent as `null`, like OVH does for operations without a result), or
 * any `Response` (`HttpResponse.json(…)`, `createOvhErrorResponse(…)`), sent as is.
 */
export type OvhResolverResult<Op> = ResultOf<Op> | Response;

export type OvhResolver<Op> = (info: OvhResolverInfo<Op>) => OvhResolverResult<Op> | Promise<OvhResolverResult<Op>>;

/** See the client's `KnownPath`: completions list the API's paths without resolving all of them. */
type KnownPath<P, Paths> = P extends Paths ? P : Paths;

type TypedHandlerMethod<Ops, M extends OvhMethod> = <P extends string>(
  path: KnownPath<P, PathsOf<Ops, M>>,
  resolver: NoInfer<OvhResolver<OperationAt<Ops, M, P>>>,
  options?: RequestHandlerOptions,
) => HttpHandler;

type UntypedHandlerMethod = (path: string, resolver: OvhResolver<unknown>, options?: RequestHandlerOptions) => HttpHandler;

interface OvhHandlersBase {
  /** The endpoint's base URL, e.g. `https://eu.api.ovh.com/1.0`. */
  readonly baseUrl: string;
  /** The msw URL pattern of an API path: `/me/bill/{billId}` → `https://eu.api.ovh.com/1.0/me/bill/:billId`. */
  url(path: string): string;
}

/** msw handlers typed from API descriptors: path, params, body and result of each operation. */
export interface TypedOvhHandlers<Ops> extends OvhHandlersBase {
  get: TypedHandlerMethod<Ops, 'get'>;
  post: TypedHandlerMethod<Ops, 'post'>;
  put: TypedHandlerMethod<Ops, 'put'>;
  delete: TypedHandlerMethod<Ops, 'delete'>;
}

/** Handlers for descriptors without precise operation types: any path, unknown body and result. */
export interface UntypedOvhHandlers extends OvhHandlersBase {
  get: UntypedHandlerMethod;
  post: UntypedHandlerMethod;
  put: UntypedHandlerMethod;
  delete: UntypedHandlerMethod;
}

export type OvhHandlers<Ops> = IsTyped<Ops> extends true ? TypedOvhHandlers<Ops> : UntypedOvhHandlers;
