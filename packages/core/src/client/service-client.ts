import type { Client, FetchResponse, MaybeOptionalInit } from 'openapi-fetch';

// openapi-fetch's client, with one type fixed: the `data` of a binary download. openapi-fetch types
// `data` through a mapped type (`Readable<T>`) that turns a `Blob`'s methods into `{}`, so the Blob a
// download is read as by default (`service.media` → `parseAs: 'blob'`) would not be usable as one.
// Every other operation keeps openapi-fetch's own types.

type HttpMethod = 'get' | 'put' | 'post' | 'delete' | 'options' | 'head' | 'patch' | 'trace';
type Media = `${string}/${string}`;
type SuccessStatus = 200 | 201 | 202 | 203 | 204 | 206 | 207 | '2XX';

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

type PathsWith<Paths, Method extends HttpMethod> = { [Path in keyof Paths]: Paths[Path] extends { [M in Method]: unknown } ? Path : never }[keyof Paths];
type OperationOf<Paths, Path, Method> = Path extends keyof Paths ? (Paths[Path] extends { [M in Method & string]: infer Operation extends Record<string | number, any> } ? Operation : never) : never;
/** The init argument, optional when nothing in it is required (as openapi-fetch's). */
type InitArgument<Init> = {} extends Init ? [(Init & { [key: string]: unknown })?] : [Init & { [key: string]: unknown }];
type InitOf<Paths, Path, Method extends HttpMethod> = MaybeOptionalInit<Paths[Path & keyof Paths], Method & keyof Paths[Path & keyof Paths]>;

type ServiceMethod<Paths, Method extends HttpMethod> = <Path extends PathsWith<Paths, Method>, Init extends InitOf<Paths, Path, Method>>(
  url: Path,
  ...init: InitArgument<Init>
) => Promise<ServiceFetchResponse<OperationOf<Paths, Path, Method>, Init>>;

/** The client `createServiceClient` returns: openapi-fetch's, with downloads typed as what they are read as. */
export type ServiceClient<Paths extends {}> = Pick<Client<Paths, Media>, 'use' | 'eject'> & {
  request<Method extends HttpMethod, Path extends PathsWith<Paths, Method>, Init extends InitOf<Paths, Path, Method>>(
    method: Method,
    url: Path,
    ...init: InitArgument<Init>
  ): Promise<ServiceFetchResponse<OperationOf<Paths, Path, Method>, Init>>;
  GET: ServiceMethod<Paths, 'get'>;
  PUT: ServiceMethod<Paths, 'put'>;
  POST: ServiceMethod<Paths, 'post'>;
  DELETE: ServiceMethod<Paths, 'delete'>;
  OPTIONS: ServiceMethod<Paths, 'options'>;
  HEAD: ServiceMethod<Paths, 'head'>;
  PATCH: ServiceMethod<Paths, 'patch'>;
  TRACE: ServiceMethod<Paths, 'trace'>;
};
