/**
 * Internal request header telling the OVH auth strategies to leave a request unsigned (operations
 * marked `noAuthentication`, `needAuth: false`). It is a header because the retry and timeout
 * policies rebuild the Request between the client and the auth hook, so only headers survive.
 * The hook always removes it before the request leaves the process.
 */
export const UNSIGNED_MARKER_HEADER = 'x-stratus-ovh-unsigned';

/** Marks a request's headers as "send without credentials". */
export function markUnsigned(headers: Headers): void {
  headers.set(UNSIGNED_MARKER_HEADER, '1');
}

/** Whether the request must be authenticated, and the request without the marker. */
export function takeUnsignedMarker(request: Request): { request: Request; needAuth: boolean } {
  if (!request.headers.has(UNSIGNED_MARKER_HEADER)) return { request, needAuth: true };
  // Copied from entries: msw patches the Headers class and `new Headers(headers)` can lose entries.
  const headers = new Headers([...request.headers].filter(([name]) => name.toLowerCase() !== UNSIGNED_MARKER_HEADER));
  return { request: new Request(request, { headers }), needAuth: false };
}
