/** Methods that RFC 9110 defines as idempotent: sending them twice has the same effect as once. */
export const IDEMPOTENT_METHODS: ReadonlySet<string> = new Set(['GET', 'HEAD', 'PUT', 'DELETE', 'OPTIONS', 'TRACE']);

/**
 * May a request be sent more than once? Idempotent methods always; POST/PATCH only when the caller
 * opted in globally (`retryNonIdempotent`) or for this request (an `Idempotency-Key` header), because
 * replaying a create could create twice.
 */
export function mayReplay(method: string, hasIdempotencyKey: boolean, retryNonIdempotent = false): boolean {
  return IDEMPOTENT_METHODS.has(method.toUpperCase()) || retryNonIdempotent || hasIdempotencyKey;
}
