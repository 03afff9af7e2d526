import type { FetchResponse, MaybeOptionalInit, Middleware, ParseAs } from 'openapi-fetch';

// openapi-fetch's call shape (`GET(path, { params, body })` → `{ data, error, response }`), typed from
// one operation map per method (`get: { '/servers': Operation }`) rather than from a `paths` type.
// IDE speed: the paths a method accepts are a plain `keyof` of its map, and only the operation being
// called is looked at; nothing here maps over every path. One type differs from openapi-fetch's: the
// `data` of a binary download. openapi-fetch types `data` through a mapped type (`Readable<T>`) that
// turns a `Blob`'s methods into `{}`, so the Blob a download is read as by default (`service.media` →
// `parseAs: 'blob'`) would not be usable as one.

type HttpMethod = 'get' | 'put' | 'post' | 'delete' | 'options' | 'head' | 'patch' | 'trace';
type Media = `${string}/${string}`;
type SuccessStatus = 200 | 201 | 202 | 203 | 204 | 206 | 207 | '2XX';

/** A client's operations: per HTTP method, per path, an operation object in openapi-typescript's shape. */
export type OperationMap = { readonly [Method in HttpMethod]?: object };

/**
 * The operation map of an openapi-typescript `paths` type. It walks every path: meant for small
 * hand-written types; generated packages emit their maps.
 */
export type OperationsOfPaths<Paths> = {
  [Method in HttpMethod]: { [Path in keyof Paths as Paths[Path] extends { [M in Method]: unknown } ? Path : never]: Paths[Path][Method & keyof Paths[Path]] };
};

/** Each success response's body type; `undefined` for a success without content (204). */
type SuccessBodies<Operation> = Operation extends { responses: infer Responses }
  ? { [Status in keyof Responses & SuccessStatus]: Responses[Status] extends { content: infer Content } ? Content[keyof Content] : undefined }[keyof Responses & SuccessStatus]
  : never;

/** What each `parseAs` reads a body as. */
interface ParsedBody {
  json: unknown;
  text: string;
  blob: Blob;
  arrayBuffer: ArrayBuffer;
  stream: ReadableStream<Uint8Array>;
}

/** A download's data: the Blob (or what `parseAs` asks for); `undefined` too when a bodiless success is declared. */
type DownloadData<Bodies, Init> = (Init extends { parseAs: infer As } ? ParsedBody[As & keyof ParsedBody] : Blob) | (undefined extends Bodies ? undefined : never);

/** openapi-fetch's result, with a download's `data` typed as what it is read as. */
export type ServiceFetchResponse<Operation extends Record<string | number, any>, Init> = [Extract<SuccessBodies<Operation>, Blob>] extends [never]
  ? FetchResponse<Operation, Init, Media>
  : { data: DownloadData<SuccessBodies<Operation>, Init>; error?: never; response: Response } | Extract<FetchResponse<Operation, Init, Media>, { error: unknown }>;

/** The paths that have an operation for `Method`. */
type PathsOf<Ops, Method extends HttpMethod> = Method extends keyof Ops ? keyof Ops[Method] & string : never;

/** The operation at `Method` + `Path` (not distributive over `Path`: a union of paths is never resolved path by path). */
type OperationOf<Ops, Method, Path> = Method extends keyof Ops ? (Ops[Method][Path & keyof Ops[Method]] extends infer Operation extends Record<string | number, any> ? Operation : never) : never;

/**
 * A path string of `Method`. `Path extends string` plus this check (rather than `Path extends Paths`)
 * makes a typo an error that names it against the valid paths ("'/flavor/detail' is not assignable to
 * '/flavors' | '/flavors/detail' | …") instead of a failed overload.
 */
type KnownPath<Path, Paths> = Path extends Paths ? Path : Paths;

/** What any call accepts; `parseAs` keeps its literal type (the result type depends on it). */
type LooseInit = { params?: { path?: Record<string, unknown>; query?: Record<string, unknown>; header?: Record<string, unknown> }; body?: unknown; parseAs?: ParseAs; [key: string]: unknown };

/**
 * The init of a call on `Path`, as openapi-fetch's; loose for a path the method does not have, so that
 * a typo is reported on the path rather than as a missing argument. Distributive over `Path`, with the
 * loose form for `string`: while TypeScript contextually types the init literal it may ask for this
 * type at `Path`'s constraint, which would otherwise be the init of every operation of the method.
 * (Checking `Path extends PathsOf<…>` here instead would do just that: in the true branch `Path` is
 * narrowed to every path of the method.)
 */
type InitAt<Ops, Method, Path> = Path extends string ? (string extends Path ? LooseInit | undefined : InitOf<OperationOf<Ops, Method, Path>>) : never;
type InitOf<Operation> = [Operation] extends [never] ? LooseInit | undefined : MaybeOptionalInit<{ operation: Operation }, 'operation'>;

/** The init argument, optional when nothing in it is required (as openapi-fetch's). */
type InitArgument<Init> = {} extends Init ? [(Init & { [key: string]: unknown })?] : [Init & { [key: string]: unknown }];

type ServiceMethod<Ops, Method extends HttpMethod> = <Path extends string, Init extends InitAt<Ops, Method, Path>>(
  url: KnownPath<Path, PathsOf<Ops, Method>>,
  ...init: InitArgument<Init>
) => Promise<ServiceFetchResponse<OperationOf<Ops, Method, Path>, Init>>;

/** The client `createServiceClient` returns: openapi-fetch's, typed from per-method operation maps, downloads typed as what they are read as. */
export interface ServiceClient<Ops extends {}> {
  request<Method extends HttpMethod, Path extends string, Init extends InitAt<Ops, Method, Path>>(
    method: Method,
    url: KnownPath<Path, PathsOf<Ops, Method>>,
    ...init: InitArgument<Init>
  ): Promise<ServiceFetchResponse<OperationOf<Ops, Method, Path>, Init>>;
  GET: ServiceMethod<Ops, 'get'>;
  PUT: ServiceMethod<Ops, 'put'>;
  POST: ServiceMethod<Ops, 'post'>;
  DELETE: ServiceMethod<Ops, 'delete'>;
  OPTIONS: ServiceMethod<Ops, 'options'>;
  HEAD: ServiceMethod<Ops, 'head'>;
  PATCH: ServiceMethod<Ops, 'patch'>;
  TRACE: ServiceMethod<Ops, 'trace'>;
  /** Registers openapi-fetch middleware. */
  use(...middleware: Middleware[]): void;
  /** Removes middleware registered with `use`. */
  eject(...middleware: Middleware[]): void;
}
