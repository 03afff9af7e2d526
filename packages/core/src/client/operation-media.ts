import type { Client, HeadersOptions } from 'openapi-fetch';
import { StratusError } from '../errors/stratus-error.js';
import { isReadableStream } from '../transport/is-readable-stream.js';
import { markStreamBody } from '../transport/non-replayable-body.js';

/** How an operation's bodies differ from JSON (generated into a package's `service.media`). */
export interface OperationMedia {
  /**
   * Content-Type of the request body, sent unless the call sets its own. A JSON media type (one that
   * names `json`, e.g. `application/openstack-images-v2.1-json-patch`) is JSON-encoded; any other is
   * sent as bytes, unchanged.
   */
  request?: string;
  /** How a success body is read when the call passes no `parseAs` (binary downloads: `'blob'`). */
  parseAs?: 'blob' | 'text';
}

/** Operations whose bodies are not JSON, keyed `'PUT /images/{image_id}/file'` (the spec's path). */
export type OperationMediaTable = Readonly<Record<string, OperationMedia>>;

type AnyClient = Client<any, any>;
type Init = { body?: unknown; headers?: HeadersOptions; parseAs?: string; bodySerializer?: unknown; duplex?: string; [key: string]: unknown } | undefined;

const METHODS = ['GET', 'PUT', 'POST', 'DELETE', 'OPTIONS', 'HEAD', 'PATCH', 'TRACE'] as const;

/**
 * The same client, each call of an operation in `table` completed with what openapi-fetch would get
 * wrong by default (it JSON-encodes every body as `application/json` and parses every answer as
 * JSON): the Content-Type, a body serializer that leaves bytes alone, and the default `parseAs`.
 * What the call sets itself (`headers`, `parseAs`, `bodySerializer`) is kept.
 */
export function withOperationMedia<C extends AnyClient>(client: C, table: OperationMediaTable): C {
  const complete = (method: string, url: string, init: Init): Init => {
    const media = table[`${method.toUpperCase()} ${url}`];
    if (!media) return init;
    const options: NonNullable<Init> = { ...init };
    if (media.parseAs && options.parseAs === undefined) options.parseAs = media.parseAs;
    if (media.request && options.body !== undefined) {
      options.headers = withDefaultContentType(options.headers, media.request);
      if (!isJsonMediaType(media.request)) options.bodySerializer ??= (body: unknown) => asBytes(body, `${method.toUpperCase()} ${url}`, media.request!);
      // fetch refuses a stream body without it (it is the only mode fetch implements).
      if (isReadableStream(options.body)) {
        options.duplex ??= 'half';
        // Sent once, never cloned for a retry (see markStreamBody).
        markStreamBody(options.body);
      }
    }
    return options;
  };
  const wrapped: AnyClient = { ...client, request: (method: string, url: string, init?: Init) => client.request(method as never, url as never, complete(method, url, init) as never) };
  for (const method of METHODS) {
    const call = client[method] as (url: string, init?: Init) => unknown;
    (wrapped as unknown as Record<string, unknown>)[method] = (url: string, init?: Init) => call(url, complete(method, url, init));
  }
  return wrapped as C;
}

/** A media type that names JSON is written with JSON.stringify (openapi-fetch's default). */
function isJsonMediaType(mediaType: string): boolean {
  return /json/i.test(mediaType);
}

/** The body as fetch sends bytes: binary values unchanged, a string as its UTF-8 bytes (fetch encodes it). */
function asBytes(body: unknown, operation: string, mediaType: string): BodyInit {
  if (typeof body === 'string' || body instanceof ArrayBuffer || ArrayBuffer.isView(body) || (typeof Blob !== 'undefined' && body instanceof Blob) || isReadableStream(body)) {
    return body as BodyInit;
  }
  throw new StratusError(`[@stratus/core] ${operation} sends ${mediaType}: pass the body as a Blob, ArrayBuffer, typed array (e.g. Uint8Array), ReadableStream or string, not ${describe(body)}`);
}

/** The kind of a value, never its content (a body may hold secrets). */
function describe(value: unknown): string {
  if (value === null) return 'null';
  if (typeof value !== 'object') return `a ${typeof value}`;
  if (Array.isArray(value)) return 'an array';
  const name = (value as { constructor?: { name?: unknown } }).constructor?.name;
  return typeof name === 'string' && name !== 'Object' ? `a ${name}` : 'a plain object';
}

/** `headers` with `content-type: type` added, unless they already name a Content-Type (even to unset it). */
function withDefaultContentType(headers: HeadersOptions | undefined, type: string): HeadersOptions {
  if (headers instanceof Headers) {
    if (headers.has('content-type')) return headers;
    const copy = new Headers(headers);
    copy.set('content-type', type);
    return copy;
  }
  if (Array.isArray(headers)) return headers.some(([name]) => name?.toLowerCase() === 'content-type') ? headers : [...headers, ['content-type', type]];
  if (headers && Object.keys(headers).some((name) => name.toLowerCase() === 'content-type')) return headers;
  return { ...headers, 'content-type': type };
}
