/**
 * The contract between generated API entry points (`@stratus/ovh/me`, `@stratus/ovh/v2/iam`, …) and
 * the hand-written client. An entry point exports one `OvhApi` value: a tiny runtime table (which
 * operations are unauthenticated) plus, as phantom types, the API's operations grouped by method
 * (cheap for the IDE: completing a path is a `keyof` of one interface) and openapi-typescript's
 * `paths` (for the `{ data, error }` style on openapi-fetch).
 */
export type OvhMethod = 'get' | 'post' | 'put' | 'delete';

/** openapi-typescript's operation object shape (what `paths[P][M]` holds). */
export interface OperationShape {
  parameters?: { query?: unknown; header?: unknown; path?: unknown; cookie?: unknown };
  requestBody?: { content: Record<string, unknown> } | undefined;
  responses: Record<string | number, unknown>;
}

/**
 * Operations of an API, grouped by lower-case method then keyed by path.
 * `object` rather than `Record<string, unknown>`: generated maps may be interfaces, which have no
 * implicit index signature and would not be assignable to a Record.
 */
export type OperationsShape = { [M in OvhMethod]?: object };

export interface OvhApi<Operations extends OperationsShape = OperationsShape, Paths extends {} = {}> {
  /** API name as in OVH's index, e.g. `me`, `dedicated/server`, `v2/iam`. */
  readonly name: string;
  /** `"GET /auth/time"`-style keys of operations the schema marks `noAuthentication`: sent unsigned. */
  readonly unauthenticated: readonly string[];
  /** Phantom: never set at runtime. */
  readonly __operations?: Operations;
  /** Phantom: never set at runtime. */
  readonly __paths?: Paths;
}

/** Used by generated entry points; keeps their runtime to one object literal. */
export function defineOvhApi<Operations extends OperationsShape, Paths extends {} = {}>(api: {
  name: string;
  unauthenticated: readonly string[];
}): OvhApi<Operations, Paths> {
  return api;
}
