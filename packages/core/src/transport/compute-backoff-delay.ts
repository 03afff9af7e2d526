export interface BackoffOptions {
  /** Delay before the first retry, before jitter. Default 500 ms. */
  baseMs?: number;
  /** Ceiling for the exponential growth. Default 8000 ms. */
  maxMs?: number;
}

export const DEFAULT_BACKOFF_BASE_MS = 500;
export const DEFAULT_BACKOFF_MAX_MS = 8000;

/**
 * Exponential backoff with "equal jitter": d = min(max, base·2^retryIndex), delay in [d/2, d].
 * Half the delay is guaranteed (so retries really back off), the random half spreads out clients
 * that failed together. `retryIndex` is 0 for the first retry.
 */
export function computeBackoffDelay(retryIndex: number, options: BackoffOptions = {}, random: () => number = Math.random): number {
  const baseMs = options.baseMs ?? DEFAULT_BACKOFF_BASE_MS;
  const maxMs = options.maxMs ?? DEFAULT_BACKOFF_MAX_MS;
  const ceiling = Math.min(maxMs, baseMs * 2 ** retryIndex);
  return Math.round(ceiling / 2 + random() * (ceiling / 2));
}
