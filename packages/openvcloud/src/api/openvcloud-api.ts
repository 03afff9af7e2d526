/**
 * The contract between the generated API entry points (`@stratus/openvcloud/cloudapi`,
 * `@stratus/openvcloud/cloudbroker`) and the hand-written client. An entry point exports one
 * `OpenvCloudApi` value: a tiny runtime table (the `@noauth` methods) plus, as phantom types, the
 * app's operations (all `post`, keyed `/<app>/<actor>/<method>`) and openapi-typescript's `paths`.
 */
export type OpenvCloudMethod = 'get' | 'post' | 'put' | 'delete' | 'patch';

/** openapi-typescript's operation object shape (what `paths[P][M]` holds). */
export interface OperationShape {
  parameters?: { query?: unknown; header?: unknown; path?: unknown; cookie?: unknown };
  requestBody?: { content: Record<string, unknown> } | undefined;
  responses: Record<string | number, unknown>;
}

/** Operations of an app, grouped by lower-case method then keyed by path. */
export type OperationsShape = { [M in OpenvCloudMethod]?: object };

export interface OpenvCloudApi<Operations extends OperationsShape = OperationsShape, Paths extends {} = {}> {
  /** Portal app, e.g. `cloudapi` or `cloudbroker`. */
  readonly name: string;
  /** `"POST /cloudapi/users/authenticate"`-style keys of `@noauth` methods: sent without credentials. */
  readonly unauthenticated: readonly string[];
  /** Phantom: never set at runtime. */
  readonly __operations?: Operations;
  /** Phantom: never set at runtime. */
  readonly __paths?: Paths;
}

/** Used by generated entry points; keeps their runtime to one object literal. */
export function defineOpenvCloudApi<Operations extends OperationsShape, Paths extends {} = {}>(api: {
  name: string;
  unauthenticated: readonly string[];
}): OpenvCloudApi<Operations, Paths> {
  return api;
}

type PathOf<Operations> = { [M in keyof Operations]: keyof Operations[M] }[keyof Operations];

/** openapi-typescript's `paths` shape derived from a per-method operations map (for openapi-fetch). */
export type PathsFromOperations<Operations> = {
  [P in PathOf<Operations> & string]: {
    [M in keyof Operations as P extends keyof Operations[M] ? M : never]: Operations[M][P & keyof Operations[M]];
  };
};

/** A JSON success response, in openapi-typescript's shape. */
export interface JsonResponse<T> {
  200: { content: { 'application/json': T } };
}
/** A success response without a body. */
export interface EmptyResponse {
  200: { content?: never };
}
/** A JSON request body, in openapi-typescript's shape. */
export interface JsonRequestBody<T> {
  content: { 'application/json': T };
}
