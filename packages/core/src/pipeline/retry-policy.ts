import type { BackoffOptions } from '../transport/compute-backoff-delay.js';
import { mayReplay } from '../transport/is-retry-eligible.js';
import { runRetryLoop, type RetryEvent } from '../transport/retry-policy.js';
import type { HttpResponse } from './http-message.js';
import type { HttpPolicy } from './http-policy.js';

export interface HttpRetryOptions {
  /** Retries after the first attempt (0 disables). */
  maxRetries: number;
  /** Also retry POST/PATCH. Default false: a request with an `Idempotency-Key` header is retried anyway. */
  retryNonIdempotent?: boolean | undefined;
  retryDelay?: BackoffOptions | undefined;
  onRetry?: ((event: RetryEvent) => void) | undefined;
}

/**
 * The `retry` policy: runs the rest of the pipeline (which signs and sends) until it succeeds, with
 * core's retry rules (runRetryLoop): retryable statuses (408/425/429/500/502/503/504), connection
 * failures, timeouts and unreadable JSON are retried for requests that may be replayed, after
 * Retry-After or an exponential backoff with jitter. Policies after it run on every attempt, so
 * each is signed afresh. The last response is returned when retries run out; a caller abort wins.
 */
export function httpRetryPolicy<R extends HttpResponse = HttpResponse>(options: HttpRetryOptions): HttpPolicy<R> {
  return {
    name: 'retry',
    send: (request, next) =>
      runRetryLoop({
        target: { method: request.method, url: request.url },
        signal: request.signal,
        retries: mayReplay(request.method, Object.keys(request.headers).some((name) => name.toLowerCase() === 'idempotency-key'), options.retryNonIdempotent) ? options.maxRetries : 0,
        attempt: () => next(request) as Promise<R>,
        retryDelay: options.retryDelay,
        onRetry: options.onRetry,
      }),
  };
}
