import { setRequestHeaders } from '@stratus/core';

/**
 * A request whose body has been read once, so it can be sent again (after a clock resync or a token
 * refresh) and signed over the exact bytes that go on the wire.
 */
export interface ReplayableRequest {
  readonly url: string;
  readonly method: string;
  readonly body: Uint8Array;
  /** A Request with the same body bytes and these headers set on top of the original ones. */
  build(headers: Record<string, string>): Request;
}

const NO_BODY = new Uint8Array(0);

export async function toReplayableRequest(request: Request): Promise<ReplayableRequest> {
  const method = request.method.toUpperCase();
  const carriesBody = method !== 'GET' && method !== 'HEAD';
  if (!carriesBody && request.body === null) {
    // Nothing to read or replay: the same request can be sent again. Its headers are set in place when
    // the transport created it (each build overwrites the same names), else on a copy.
    return { url: request.url, method, body: NO_BODY, build: (headers) => setRequestHeaders(request, headers) };
  }
  const body = request.body === null ? NO_BODY : new Uint8Array(await request.clone().arrayBuffer());
  return {
    url: request.url,
    method,
    body,
    build(headers) {
      const merged = new Headers([...request.headers]);
      for (const [name, value] of Object.entries(headers)) merged.set(name, value);
      return new Request(request, { headers: merged, ...(carriesBody ? { body: body.slice() } : {}) });
    },
  };
}
