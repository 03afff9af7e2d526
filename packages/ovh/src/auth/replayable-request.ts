/**
 * A request whose body has been read once, so it can be sent again (after a clock resync or a token
 * refresh) and signed over the exact bytes that go on the wire.
 */
export interface ReplayableRequest {
  readonly url: string;
  readonly method: string;
  readonly body: Uint8Array;
  /** A fresh Request with the same body bytes and these headers set on top of the original ones. */
  build(headers: Record<string, string>): Request;
}

export async function toReplayableRequest(request: Request): Promise<ReplayableRequest> {
  const body = new Uint8Array(await request.clone().arrayBuffer());
  const method = request.method.toUpperCase();
  const carriesBody = method !== 'GET' && method !== 'HEAD';
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
