import { AbortError, ConnectionError, InvalidResponseError, TimeoutError } from '../errors/transport-errors.js';
import { redactUrl } from '../redaction/redact-url.js';
import { computeBackoffDelay, type BackoffOptions } from './compute-backoff-delay.js';
import { isRetryableStatus } from './is-retryable-status.js';
import { parseRetryAfter } from './parse-retry-after.js';
import { sleep } from './sleep.js';

/** Reported before each retry (e.g. for logging). */
export interface RetryEvent {
  /** 1 for the first retry, 2 for the second… */
  attempt: number;
  /** How long the transport waits before retrying. */
  delayMs: number;
  /** Why, e.g. "HTTP 503" or "ConnectionError: …". */
  reason: string;
  method: string;
  /** Redacted request URL. */
  url: string;
}

export const DEFAULT_MAX_RETRIES = 2;
/** Longest Retry-After honoured; a server asking for more gets this much. */
export const MAX_RETRY_AFTER_MS = 60_000;

export interface RetryLoopOptions<R> {
  target: { method: string; url: string };
  /** The caller's signal: an abort wins at once, during an attempt or a wait. */
  signal?: AbortSignal | null | undefined;
  /** Retries after the first attempt (0 for a request that must not be replayed). */
  retries: number;
  /** Sends the request once (signing it afresh). */
  attempt: () => Promise<R>;
  /** Called on a retryable response that is about to be dropped for another attempt. */
  discard?: ((response: R) => void) | undefined;
  retryDelay?: BackoffOptions | undefined;
  onRetry?: ((event: RetryEvent) => void) | undefined;
}

/**
 * The retry rules of the `retry` policy, for any response shape: retryable statuses and transient failures are retried while `retries` last, after
 * Retry-After or backoff with jitter; then the last response is returned or the last error thrown.
 */
export async function runRetryLoop<R extends { status: number; headers: { get(name: string): string | null } }>(options: RetryLoopOptions<R>): Promise<R> {
  const { target, signal, retries } = options;
  const aborted = () => new AbortError({ ...target, cause: signal?.reason });

  for (let retryIndex = 0; ; retryIndex++) {
    if (signal?.aborted) throw aborted();
    const mayRetry = retryIndex < retries;
    let delayMs: number;
    let reason: string;

    try {
      const response = await options.attempt();
      if (!mayRetry || !isRetryableStatus(response.status)) return response;
      delayMs = delayBeforeRetry(retryIndex, response.headers.get('retry-after'), options.retryDelay);
      reason = `HTTP ${response.status}`;
      options.discard?.(response);
    } catch (error) {
      if (signal?.aborted) throw aborted();
      if (!mayRetry || !isTransientFailure(error)) throw error;
      delayMs = computeBackoffDelay(retryIndex, options.retryDelay);
      reason = `${error.name}: ${error.message}`;
    }

    options.onRetry?.({ attempt: retryIndex + 1, delayMs, reason, method: target.method, url: redactUrl(target.url) });
    try {
      await sleep(delayMs, signal ?? undefined);
    } catch {
      throw aborted();
    }
  }
}

/** A failure worth another attempt: the connection failed, the attempt timed out, or the JSON was unreadable. */
export function isTransientFailure(error: unknown): error is Error {
  return error instanceof ConnectionError || error instanceof TimeoutError || error instanceof InvalidResponseError;
}

/** How long to wait before retry `retryIndex` (0-based) after a retryable status: Retry-After (capped), else backoff. */
export function delayBeforeRetry(retryIndex: number, retryAfter: string | null, backoff?: BackoffOptions): number {
  const retryAfterMs = parseRetryAfter(retryAfter);
  return retryAfterMs === undefined ? computeBackoffDelay(retryIndex, backoff) : Math.min(retryAfterMs, MAX_RETRY_AFTER_MS);
}
