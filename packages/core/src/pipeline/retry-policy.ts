import type { BackoffOptions } from '../transport/compute-backoff-delay.js';
import { mayReplay } from '../transport/is-retry-eligible.js';
import { isReadableStream } from '../transport/is-readable-stream.js';
import { DEFAULT_MAX_RETRIES, runRetryLoop, type RetryEvent } from '../transport/run-retry-loop.js';
import type { HttpRequest, HttpResponse } from './http-message.js';
import type { HttpPolicy } from './http-policy.js';

export interface RetryPolicyOptions {
  /** Retries after the first attempt (0 disables). Default 2 (at most 3 attempts). */
  maxRetries?: number | undefined;
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
 * each is signed afresh. A ReadableStream body is sent once: it cannot be read twice, and keeping
 * a copy would hold the whole upload in memory. The last response is returned when retries run
 * out; a caller abort wins.
 */
export function retryPolicy<Req extends HttpRequest<unknown> = HttpRequest, Res extends HttpResponse<unknown> = HttpResponse>(options: RetryPolicyOptions = {}): HttpPolicy<Req, Res> {
  const maxRetries = options.maxRetries ?? DEFAULT_MAX_RETRIES;
  return {
    name: 'retry',
    send: (request, next) =>
      runRetryLoop({
        target: request,
        signal: request.signal,
        retries: !isReadableStream(request.body) && mayReplay(request.method, hasHeader(request.headers, 'idempotency-key'), options.retryNonIdempotent) ? maxRetries : 0,
        attempt: () => next(request),
        // Release the connection of a streamed body that will never be read. Not awaited: some stream
        // implementations only settle the cancel once the source finishes.
        discard: (response) => {
          if (isReadableStream(response.body)) void response.body.cancel().catch(() => {});
        },
        retryDelay: options.retryDelay,
        onRetry: options.onRetry,
      }),
  };
}

function hasHeader(headers: Record<string, string>, lowerCaseName: string): boolean {
  for (const name in headers) if (name.toLowerCase() === lowerCaseName) return true;
  return false;
}
