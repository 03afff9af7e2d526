import type { AuthStrategy } from '../auth/auth-strategy.js';
import { StratusError } from '../errors/stratus-error.js';
import { authPolicy } from '../pipeline/auth-policy.js';
import { toFetch, type Transport } from '../pipeline/fetch-adapter.js';
import type { FetchLike, SendStreamingHttp, StreamingHttpRequest, StreamingHttpResponse } from '../pipeline/http-message.js';
import { createHttpPipeline, type HttpPolicy } from '../pipeline/http-policy.js';
import { jsonBodyPolicy } from '../pipeline/json-body-policy.js';
import { retryPolicy } from '../pipeline/retry-policy.js';
import { createStreamingFetchSender } from '../pipeline/streaming-fetch-sender.js';
import { timeoutPolicy } from '../pipeline/timeout-policy.js';
import { userAgentPolicy } from '../pipeline/user-agent-policy.js';
import type { UserAgentOptions } from './build-user-agent.js';
import type { BackoffOptions } from './compute-backoff-delay.js';
import { DEFAULT_MAX_RETRIES, type RetryEvent } from './run-retry-loop.js';

/** The retry, timeout and user-agent settings of every Stratus client, whatever carries its requests. */
export interface RequestPolicyOptions {
  /** Retries after the first attempt. Default 2 (so at most 3 attempts). */
  maxRetries?: number;
  /** Retry POST/PATCH too. Default false; a request carrying an Idempotency-Key header is retried regardless. */
  retryNonIdempotent?: boolean;
  /** Exponential backoff with jitter. Default base 500 ms, max 8000 ms. */
  retryDelay?: BackoffOptions;
  /** Per attempt. Default 60 000; 0 disables. */
  timeoutMs?: number;
  /** Appended to the `User-Agent` (`stratus/<version> my-tool/1.2.3`). */
  userAgent?: UserAgentOptions;
  /** Called before each retry (logging). */
  onRetry?: (event: RetryEvent) => void;
}

export interface TransportOptions extends RequestPolicyOptions {
  /** Underlying fetch, called with one `Request`. Default: `globalThis.fetch`, looked up at call time. */
  fetch?: FetchLike;
  auth?: AuthStrategy;
  /** Extra named steps run on every attempt, after `retry` and before `auth` (e.g. `microversionPolicy`). */
  attemptPolicies?: readonly HttpPolicy<StreamingHttpRequest, StreamingHttpResponse>[];
  /** Shown on the ApiErrors `unwrap` builds from this transport's responses, e.g. "openstack-compute". */
  provider?: string;
}

export const DEFAULT_TIMEOUT_MS = 60_000;

/**
 * Core's pipeline as a `fetch` (pass it as openapi-fetch's `fetch`): createTransportPipeline behind
 * the fetch adapter, which turns each `Request` into a plain-object message and its answer into a `Response`.
 */
export function createTransport(options: TransportOptions = {}): Transport {
  return toFetch(createTransportPipeline(options), { provider: options.provider });
}

/**
 * Core's pipeline, called with plain-object messages (`{ method, url, headers, body, signal }`, header
 * names lower-case), for clients that do not need a `fetch` (Keystone, OpenvCloud). Named policies in order:
 * userAgent → retry → [per attempt: attemptPolicies → auth → timeout → json → fetch].
 * Signing sits after retry so every attempt carries a fresh signature.
 */
export function createTransportPipeline(options: Omit<TransportOptions, 'provider'> = {}): SendStreamingHttp {
  const maxRetries = options.maxRetries ?? DEFAULT_MAX_RETRIES;
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  assertNonNegative('maxRetries', maxRetries, { integer: true });
  assertNonNegative('timeoutMs', timeoutMs);
  assertNonNegative('retryDelay.baseMs', options.retryDelay?.baseMs ?? 0);
  assertNonNegative('retryDelay.maxMs', options.retryDelay?.maxMs ?? 0);

  return createHttpPipeline<StreamingHttpRequest, StreamingHttpResponse>(
    [
      userAgentPolicy(options.userAgent),
      retryPolicy({ maxRetries, retryNonIdempotent: options.retryNonIdempotent, retryDelay: options.retryDelay, onRetry: options.onRetry }),
      ...(options.attemptPolicies ?? []),
      authPolicy(options.auth),
      timeoutPolicy(timeoutMs),
      jsonBodyPolicy(),
    ],
    createStreamingFetchSender(options.fetch),
  );
}

function assertNonNegative(name: string, value: number, { integer = false } = {}): void {
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0 || (integer && !Number.isInteger(value))) {
    throw new StratusError(`[@stratus/core] createTransport: ${name} must be a non-negative ${integer ? 'integer' : 'number'}, got ${String(value)}`);
  }
}
