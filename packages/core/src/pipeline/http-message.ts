// The pipeline's HTTP messages. Plain objects rather than fetch's Request/Response: API calls are small
// JSON exchanges whose body may be signed as a string, and on Node 20 every Request/Response pair
// costs more CPU than signing, hashing and parsing together. Any `fetch` still plugs in.

/** Response headers as the pipeline reads them; a fetch `Headers` is one. */
export interface HttpResponseHeaders {
  get(name: string): string | null;
  forEach(callback: (value: string, name: string) => void): void;
}

/** What is sent: the (signed) URL, the exact body text, and the abort signal of the attempt. */
export interface HttpRequest {
  method: string;
  url: string;
  headers: Record<string, string>;
  /** JSON text; exactly these characters (UTF-8 encoded) are signed and sent. */
  body?: string | undefined;
  signal?: AbortSignal | undefined;
}

/** A response whose body has been read (inside the attempt, so timeouts and retries cover it). */
export interface HttpResponse {
  status: number;
  statusText: string;
  headers: HttpResponseHeaders;
  body: string;
}

/** Sends one request (one attempt) and reads its response. */
export type SendHttp = (request: HttpRequest) => Promise<HttpResponse>;

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
 * A `fetch` for the pipeline: the global fetch, a polyfill, a Node-only fast fetch, or anything else
 * accepting `(url, { method, headers, body, signal })` and answering with status, headers and `text()`.
 */
export type HttpFetch = ((url: string, init: HttpFetchInit) => Promise<HttpFetchAnswer>) & {
  /**
   * True when the fetch enforces `init.timeoutMs` itself and rejects with core's TimeoutError. The
   * pipeline then sets no timer or abort signal of its own per attempt.
   */
  readonly enforcesTimeout?: boolean;
};
