// Statuses that say "try again": timeouts, too-early, rate limiting and transient server/gateway failures.
// 501/505 are permanent, other 4xx are the caller's fault.
const RETRYABLE_STATUSES = new Set([408, 425, 429, 500, 502, 503, 504]);

/** True when a response with this status is worth retrying. */
export function isRetryableStatus(status: number): boolean {
  return RETRYABLE_STATUSES.has(status);
}
