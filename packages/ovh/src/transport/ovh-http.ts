// The OVH client's own HTTP messages. Plain objects rather than fetch's Request/Response: OVH calls
// are small JSON exchanges whose body is signed as a string, and on Node 20 every Request/Response
// pair costs more CPU than signing, hashing and parsing together. Any `fetch` still plugs in.

/** Response headers as the client reads them; a fetch `Headers` is one. */
export interface OvhResponseHeaders {
  get(name: string): string | null;
  forEach(callback: (value: string, name: string) => void): void;
}

/** What the client sends: the signed URL, the exact body text, and the abort signal of the attempt. */
export interface OvhHttpRequest {
  method: string;
  url: string;
  headers: Record<string, string>;
  /** JSON text; exactly these characters (UTF-8 encoded) are signed and sent. */
  body?: string | undefined;
  signal?: AbortSignal | undefined;
}

/** A response whose body has been read (inside the attempt, so timeouts and retries cover it). */
export interface OvhHttpResponse {
  status: number;
  statusText: string;
  headers: OvhResponseHeaders;
  body: string;
}

/** Sends one request (one attempt) and reads its response. */
export type SendOvhHttp = (request: OvhHttpRequest) => Promise<OvhHttpResponse>;

/** What the client passes to its `fetch`: `fetch(url, init)`. */
export interface OvhFetchInit {
  method: string;
  headers: Record<string, string>;
  body?: string | undefined;
  signal?: AbortSignal | undefined;
  /** The attempt's time budget in ms; only passed to a fetch that `enforcesTimeout`. */
  timeoutMs?: number | undefined;
}

/** What the client reads from its `fetch`'s answer; a fetch `Response` is one. */
export interface OvhFetchAnswer {
  status: number;
  statusText: string;
  headers: OvhResponseHeaders;
  text(): Promise<string>;
}

/**
 * The `fetch` option: the global fetch, a polyfill, `createNodeFetch()` from `@stratus/ovh/node`, or
 * anything else accepting `(url, { method, headers, body, signal })` and answering with status,
 * headers and `text()`.
 */
export type OvhFetch = ((url: string, init: OvhFetchInit) => Promise<OvhFetchAnswer>) & {
  /**
   * True when the fetch enforces `init.timeoutMs` itself and rejects with core's TimeoutError, as
   * createNodeFetch does. The client then sets no timer or abort signal of its own per attempt.
   */
  readonly enforcesTimeout?: boolean;
};
