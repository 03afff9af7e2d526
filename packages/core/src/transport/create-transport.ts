import type { AuthStrategy } from '../auth/auth-strategy.js';
import { StratusError } from '../errors/stratus-error.js';
import { redactUrl } from '../redaction/redact-url.js';
import { authPolicy } from './auth-policy.js';
import type { UserAgentOptions } from './build-user-agent.js';
import { composePolicies, type Policy } from './compose-policies.js';
import type { BackoffOptions } from './compute-backoff-delay.js';
import { createFetchSender, type FetchLike } from './fetch-sender.js';
import { jsonBodyPolicy } from './json-body-policy.js';
import { recordResponseOrigin } from './response-origin.js';
import { DEFAULT_MAX_RETRIES, retryPolicy, type RetryEvent } from './retry-policy.js';
import { markInertSignal } from './attempt-signal.js';
import { carryStreamBody, markStreamBody } from './non-replayable-body.js';
import { markTransportOwned } from './request-ownership.js';
import { attemptTimeoutPolicy } from './timeout-policy.js';
import { userAgentPolicy } from './user-agent-policy.js';

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
  /** Underlying fetch. Default: `globalThis.fetch`, looked up at call time. */
  fetch?: FetchLike;
  auth?: AuthStrategy;
  /** Extra steps run on every attempt, inside the retry loop and before auth (e.g. `microversionPolicy`). */
  attemptPolicies?: readonly Policy[];
}

/** A fetch-compatible function: pass it as openapi-fetch's `fetch`. */
export type Transport = (input: Request | string | URL, init?: RequestInit) => Promise<Response>;

export const DEFAULT_TIMEOUT_MS = 60_000;

/**
 * Builds the Stratus HTTP pipeline:
 * userAgent → retry → [per attempt: attemptPolicies → auth/sign → timeout → fetch → JSON body check].
 * Signing sits inside the retry loop so every attempt carries a fresh signature.
 */
export function createTransport(options: TransportOptions = {}): Transport {
  const maxRetries = options.maxRetries ?? DEFAULT_MAX_RETRIES;
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  assertNonNegative('maxRetries', maxRetries, { integer: true });
  assertNonNegative('timeoutMs', timeoutMs);
  assertNonNegative('retryDelay.baseMs', options.retryDelay?.baseMs ?? 0);
  assertNonNegative('retryDelay.maxMs', options.retryDelay?.maxMs ?? 0);

  const send = composePolicies(
    [
      userAgentPolicy(options.userAgent),
      retryPolicy({
        maxRetries,
        retryNonIdempotent: options.retryNonIdempotent ?? false,
        ...(options.retryDelay ? { retryDelay: options.retryDelay } : {}),
        ...(options.onRetry ? { onRetry: options.onRetry } : {}),
      }),
      ...(options.attemptPolicies ?? []),
      authPolicy(options.auth),
      attemptTimeoutPolicy(timeoutMs),
      jsonBodyPolicy(),
    ],
    createFetchSender(options.fetch),
  );

  return async (input, init) => {
    markStreamBody(init?.body);
    const request = input instanceof Request && init === undefined ? input : markTransportOwned(new Request(input, init));
    if (input instanceof Request && request !== input) carryStreamBody(input, request);
    // Built here from a URL without a caller signal: its signal can never abort.
    if (!(input instanceof Request) && init?.signal == null) markInertSignal(request.signal);
    const response = await send(request);
    recordResponseOrigin(response, { method: request.method, url: redactUrl(request.url) });
    return response;
  };
}

function assertNonNegative(name: string, value: number, { integer = false } = {}): void {
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0 || (integer && !Number.isInteger(value))) {
    throw new StratusError(`[@stratus/core] createTransport: ${name} must be a non-negative ${integer ? 'integer' : 'number'}, got ${String(value)}`);
  }
}
