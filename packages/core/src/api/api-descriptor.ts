/**
 * The contract between generated API entry points (`@stratus/ovh/me`, `@stratus/openvcloud/cloudapi`,
 * …) and a provider's hand-written client. An entry point exports one descriptor: a tiny runtime table
 * (which operations go out unauthenticated) plus, as phantom types, the API's operations grouped by
 * method (completing a path is a `keyof` of one interface) and openapi-typescript-style `paths`.
 */
export type ApiMethod = 'get' | 'post' | 'put' | 'delete' | 'patch';

/** openapi-typescript's operation object shape (what `paths[P][M]` holds). */
export interface OperationShape {
  parameters?: { query?: unknown; header?: unknown; path?: unknown; cookie?: unknown };
  requestBody?: { content: Record<string, unknown> } | undefined;
  responses: Record<string | number, unknown>;
}

/** Operations of an API, grouped by lower-case method then keyed by path. */
export type OperationsShape = { [M in ApiMethod]?: object };

export interface ApiDescriptor<Operations extends OperationsShape = OperationsShape, Paths extends {} = {}> {
  /** API name, e.g. `me`, `dedicated/server`, `v2/iam`, `cloudapi`. */
  readonly name: string;
  /** `"GET /auth/time"`-style keys of operations the spec marks as needing no authentication. */
  readonly unauthenticated: readonly string[];
  /** Phantom: never set at runtime. */
  readonly __operations?: Operations;
  /** Phantom: never set at runtime. */
  readonly __paths?: Paths;
}

/** Used by generated entry points; keeps their runtime to one object literal. */
export function defineApi<Operations extends OperationsShape, Paths extends {} = {}>(api: { name: string; unauthenticated: readonly string[] }): ApiDescriptor<Operations, Paths> {
  return api;
}

type PathOf<Operations> = { [M in keyof Operations]: keyof Operations[M] }[keyof Operations];

/**
 * openapi-typescript's `paths` shape (`paths[path][method]`) derived from a per-method operations
 * map, for openapi-fetch. Only computed when used, so the flat clients never pay for it.
 */
export type PathsFromOperations<Operations> = {
  [P in PathOf<Operations> & string]: {
    [M in keyof Operations as P extends keyof Operations[M] ? M : never]: Operations[M][P & keyof Operations[M]];
  };
};

// Shorthands the generated operation maps use, so that each of thousands of operations is a few
// type references instead of nested literals (fewer nodes for the IDE to parse and keep).
/** A JSON success response, in openapi-typescript's shape. */
export interface JsonResponse<T> {
  200: JsonResponseBody<T>;
}
/** One status of `responses` with a JSON body, in openapi-typescript's shape. */
export interface JsonResponseBody<T> {
  content: { 'application/json': T };
}
/** A success response without a body. */
export interface EmptyResponse {
  200: { content?: never };
}
/** A JSON request body, in openapi-typescript's shape. */
export interface JsonRequestBody<T> {
  content: { 'application/json': T };
}
