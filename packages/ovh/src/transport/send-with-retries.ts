import { type BackoffOptions, type RetryEvent } from '@stratus/core';
import { IDEMPOTENT_METHODS, runRetryLoop } from '@stratus/core/internal';
import type { OvhHttpRequest, OvhHttpResponse } from './ovh-http.js';

export interface RetryOptions {
  /** Retries after the first attempt (0 disables). */
  maxRetries: number;
  /** Also retry POST. Default false: a request with an `Idempotency-Key` header is retried anyway. */
  retryNonIdempotent?: boolean | undefined;
  retryDelay?: BackoffOptions | undefined;
  onRetry?: ((event: RetryEvent) => void) | undefined;
}

/**
 * Runs `attempt` (which signs and sends) until it succeeds, with core's retry rules: retryable statuses
 * (408/425/429/502/503/504), connection failures, timeouts and unreadable JSON are retried for requests
 * that may be replayed, after Retry-After or an exponential backoff with jitter. Every attempt is signed
 * afresh because signing happens inside `attempt`. The last response is returned when retries run out;
 * a caller abort wins at once.
 */
export function sendWithRetries<R extends Pick<OvhHttpResponse, 'status' | 'headers'>>(
  request: OvhHttpRequest,
  attempt: (request: OvhHttpRequest) => Promise<R>,
  options: RetryOptions,
): Promise<R> {
  const mayReplay =
    IDEMPOTENT_METHODS.has(request.method) || options.retryNonIdempotent || Object.keys(request.headers).some((name) => name.toLowerCase() === 'idempotency-key');
  return runRetryLoop({
    target: { method: request.method, url: request.url },
    signal: request.signal,
    retries: mayReplay ? options.maxRetries : 0,
    attempt: () => attempt(request),
    retryDelay: options.retryDelay,
    onRetry: options.onRetry,
  });
}
