/**
 * The API surface of one entry point: what users' types come from, taken from the IR after
 * overlays and transforms, without documentation text. Committed under generator/surface/ as the
 * baseline `specs diff` compares the specs with.
 */
export interface ApiSurface {
  /** npm package, e.g. `@stratus/ovh`. */
  package: string;
  /** What users import: the package itself, or `@stratus/ovh/us/me`, `@stratus/openvcloud/cloudapi`. */
  entryPoint: string;
  /** Operations by `METHOD /path`, the path as users call it (after prefix stripping). */
  operations: Record<string, OperationSurface>;
  /** Every component schema the operations reach, normalised (see normalize-schema.ts). */
  schemas: Record<string, unknown>;
}

export interface OperationSurface {
  summary?: string;
  /** Hash of every documentation text of the operation (descriptions, examples, defaults). */
  docs?: string;
  deprecated?: true;
  /** OVH `apiStatus` other than PRODUCTION and DEPRECATED (`BETA`, `ALPHA`). */
  status?: string;
  /** The operation declares `security: []`: the client sends it without credentials. */
  unauthenticated?: true;
  /** OpenStack microversion range of the operation (`min-ver`, `max-ver`). */
  'x-openstack'?: Record<string, string>;
  /** Manager methods that call the operation (`servers.get`), for service packages. */
  managers?: string[];
  /** By `<in> <name>`, e.g. `query limit`, `path server_id`. */
  parameters?: Record<string, ParameterSurface>;
  /** Schemas by media type, and `required` when the body must be sent. */
  requestBody?: RequestBodySurface;
  /** By status code (`200`, `4XX`, `default`). */
  responses?: Record<string, ResponseSurface>;
}

/** Media types always contain a `/`, so they cannot clash with `required`. */
export type RequestBodySurface = { required?: true } & { [mediaType: string]: unknown };

export interface ParameterSurface {
  required?: true;
  deprecated?: true;
  schema: unknown;
}

/** Schemas by media type (which always contain a `/`), and the response headers. */
export type ResponseSurface = { headers?: Record<string, ParameterSurface> } & { [mediaType: string]: unknown };
