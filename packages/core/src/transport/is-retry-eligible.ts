/** Methods that RFC 9110 defines as idempotent: sending them twice has the same effect as once. */
export const IDEMPOTENT_METHODS: ReadonlySet<string> = new Set(['GET', 'HEAD', 'PUT', 'DELETE', 'OPTIONS', 'TRACE']);

/**
 * May this request be sent more than once? Idempotent methods always; POST/PATCH only when the caller
 * opted in globally (`retryNonIdempotent`) or for this request (an `Idempotency-Key` header), because
 * replaying a create could create twice.
 */
export function isRetryEligible(request: Request, retryNonIdempotent = false): boolean {
  return IDEMPOTENT_METHODS.has(request.method.toUpperCase()) || retryNonIdempotent || request.headers.has('idempotency-key');
}
