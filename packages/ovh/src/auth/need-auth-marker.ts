import { setRequestHeaders } from '@stratus/core';

/**
 * Internal request header telling the OVH auth strategies to leave a request unsigned (operations
 * marked `noAuthentication`, `needAuth: false`). It is a header because the retry and timeout
 * policies may rebuild the Request between the client and the auth hook, so only headers survive.
 * The hook always removes it before the request leaves the process.
 */
export const UNSIGNED_MARKER_HEADER = 'x-stratus-ovh-unsigned';

// Requests whose marker was removed in place (transport-owned ones): a bodiless request is sent as is
// again on retry, so the decision has to outlive the header.
const unsignedRequests = new WeakSet<Request>();

/** Marks a request's headers as "send without credentials". */
export function markUnsigned(headers: Headers): void {
  headers.set(UNSIGNED_MARKER_HEADER, '1');
}

/** Whether the request must be authenticated, and the request without the marker. */
export function takeUnsignedMarker(request: Request): { request: Request; needAuth: boolean } {
  if (unsignedRequests.has(request)) return { request, needAuth: false };
  if (!request.headers.has(UNSIGNED_MARKER_HEADER)) return { request, needAuth: true };
  // In place when the transport created the request, else on a copy (the caller's request is untouched).
  const stripped = setRequestHeaders(request, { [UNSIGNED_MARKER_HEADER]: null });
  unsignedRequests.add(stripped);
  return { request: stripped, needAuth: false };
}
