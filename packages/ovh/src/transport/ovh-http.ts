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

/**
 * The `fetch` option: the global fetch, a polyfill, `createNodeFetch()` from `@stratus/ovh/node`, or
 * anything else accepting `(url, { method, headers, body, signal })` and answering with status,
 * headers and `text()`.
 */
export type OvhFetch = (
  url: string,
  init: { method: string; headers: Record<string, string>; body?: string | undefined; signal?: AbortSignal | undefined },
) => Promise<{ status: number; statusText: string; headers: OvhResponseHeaders; text(): Promise<string> }>;
