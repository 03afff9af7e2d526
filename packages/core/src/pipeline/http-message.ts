// The pipeline's HTTP messages. Plain objects rather than fetch's Request/Response: API calls are small
// JSON exchanges whose body may be signed as a string, and on Node 20 every Request/Response pair
// costs more CPU than signing, hashing and parsing together. Any `fetch` still plugs in.
//
// Two body shapes share the policies: text (the OVH client signs and parses strings) and fetch bodies
// (openapi-fetch clients: binary uploads, streamed uploads and downloads), see StreamingHttpRequest.

/** Response headers as the pipeline reads them; a fetch `Headers` is one. */
export interface HttpResponseHeaders {
  get(name: string): string | null;
  forEach(callback: (value: string, name: string) => void): void;
}

/** What is sent: the (signed) URL, headers (lower-case names), the body, and the abort signal of the attempt. */
export interface HttpRequest<Body = string> {
  method: string;
  url: string;
  headers: Record<string, string>;
  /** For text: exactly these characters (UTF-8 encoded) are signed and sent. */
  body?: Body | undefined;
  signal?: AbortSignal | undefined;
}

/** A response; for text, its body has been read (inside the attempt, so timeouts and retries cover it). */
export interface HttpResponse<Body = string> {
  status: number;
  statusText: string;
  headers: HttpResponseHeaders;
  body: Body;
}

/** A request body fetch can send. A ReadableStream is sent once and never replayed (nor buffered). */
export type HttpBody = BodyInit;

/** A request of the fetch-based clients (openapi-fetch, Keystone, OpenvCloud): any body fetch can send. */
export type StreamingHttpRequest = HttpRequest<HttpBody>;

/**
 * A response of the fetch-based clients: a JSON body already read as text (within the attempt, so a
 * truncated one is retried), any other body still a stream (image and object downloads stay streams).
 */
export interface StreamingHttpResponse extends HttpResponse<string | ReadableStream<Uint8Array> | null> {
  /** The fetch response's own headers. */
  headers: Headers;
  /** The parsed JSON of a successful response, when the `json` policy read it: `{ value }` (undefined for an empty body). */
  json?: { value: unknown } | undefined;
}

/** Sends one request (one attempt) and reads its response. */
export type SendHttp<Req = HttpRequest, Res = HttpResponse> = (request: Req) => Promise<Res>;

/** Sends a fetch-based client's request further down the pipeline (ultimately: `fetch`). */
export type SendStreamingHttp = SendHttp<StreamingHttpRequest, StreamingHttpResponse>;

/** What the pipeline passes to its `fetch`: `fetch(url, init)`. */
export interface HttpFetchInit {
  method: string;
  headers: Record<string, string>;
  body?: string | undefined;
  signal?: AbortSignal | undefined;
  /** The attempt's time budget in ms; only passed to a fetch that `enforcesTimeout`. */
  timeoutMs?: number | undefined;
}

/** What the pipeline reads from its `fetch`'s answer; a fetch `Response` is one. */
export interface HttpFetchAnswer {
  status: number;
  statusText: string;
  headers: HttpResponseHeaders;
  text(): Promise<string>;
}

/**
 * A `fetch` for the text pipeline: the global fetch, a polyfill, a Node-only fast fetch, or anything else
 * accepting `(url, { method, headers, body, signal })` and answering with status, headers and `text()`.
 */
export type HttpFetch = ((url: string, init: HttpFetchInit) => Promise<HttpFetchAnswer>) & {
  /**
   * True when the fetch enforces `init.timeoutMs` itself and rejects with core's TimeoutError. The
   * pipeline then sets no timer or abort signal of its own per attempt.
   */
  readonly enforcesTimeout?: boolean;
};

/** A `fetch` for the fetch-based clients: it is called with one `Request` (the global fetch is called with `(url, init)`). */
export type FetchLike = (request: Request) => Promise<Response>;
