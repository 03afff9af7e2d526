import { runWithTimeout } from '../transport/run-with-timeout.js';
import type { HttpPolicy } from './http-policy.js';

/**
 * The `timeout` policy: gives every attempt `timeoutMs` (response and body) and turns running out
 * into TimeoutError; the caller's signal still aborts. 0 disables.
 */
export function httpTimeoutPolicy(timeoutMs: number): HttpPolicy {
  if (timeoutMs <= 0) return { name: 'timeout', send: (request, next) => next(request) };
  return {
    name: 'timeout',
    send: (request, next) =>
      runWithTimeout(request, request.signal, timeoutMs, (signal) => next({ method: request.method, url: request.url, headers: request.headers, body: request.body, signal })),
  };
}
