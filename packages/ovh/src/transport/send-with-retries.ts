import {
  AbortError,
  computeBackoffDelay,
  delayBeforeRetry,
  IDEMPOTENT_METHODS,
  isRetryableStatus,
  isTransientFailure,
  redactUrl,
  sleep,
  type BackoffOptions,
  type RetryEvent,
} from '@stratus/core';
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
export async function sendWithRetries<R extends Pick<OvhHttpResponse, 'status' | 'headers'>>(
  request: OvhHttpRequest,
  attempt: (request: OvhHttpRequest) => Promise<R>,
  options: RetryOptions,
): Promise<R> {
  const { signal } = request;
  const retries =
    IDEMPOTENT_METHODS.has(request.method) || options.retryNonIdempotent || Object.keys(request.headers).some((name) => name.toLowerCase() === 'idempotency-key')
      ? options.maxRetries
      : 0;
  const aborted = () => new AbortError({ method: request.method, url: request.url, cause: signal?.reason });

  for (let retryIndex = 0; ; retryIndex++) {
    if (signal?.aborted) throw aborted();
    const mayRetry = retryIndex < retries;
    let delayMs: number;
    let reason: string;
    try {
      const response = await attempt(request);
      if (!mayRetry || !isRetryableStatus(response.status)) return response;
      delayMs = delayBeforeRetry(retryIndex, response.headers.get('retry-after'), options.retryDelay);
      reason = `HTTP ${response.status}`;
    } catch (error) {
      if (signal?.aborted) throw aborted();
      if (!mayRetry || !isTransientFailure(error)) throw error;
      delayMs = computeBackoffDelay(retryIndex, options.retryDelay);
      reason = `${error.name}: ${error.message}`;
    }
    options.onRetry?.({ attempt: retryIndex + 1, delayMs, reason, method: request.method, url: redactUrl(request.url) });
    try {
      await sleep(delayMs, signal);
    } catch {
      throw aborted();
    }
  }
}
