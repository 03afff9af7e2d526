import { TimeoutError } from '../errors/transport-errors.js';
import { linkSignals } from '../transport/link-signals.js';
import type { HttpPolicy } from './http-policy.js';

/**
 * The `timeout` policy: gives every attempt `timeoutMs` (response and body) and turns running out
 * into TimeoutError; the caller's signal still aborts. 0 disables. A cleared timer rather than
 * `AbortSignal.timeout`, whose timers stay pending until they fire, one per request.
 */
export function httpTimeoutPolicy(timeoutMs: number): HttpPolicy {
  if (timeoutMs <= 0) return { name: 'timeout', send: (request, next) => next(request) };
  return {
    name: 'timeout',
    async send(request, next) {
      const timeout = new AbortController();
      const timer = setTimeout(() => timeout.abort(new TimeoutError({ method: request.method, url: request.url, timeoutMs })), timeoutMs);
      const callerSignal = request.signal;
      const { signal, unlink } = callerSignal ? linkSignals(callerSignal, timeout.signal) : { signal: timeout.signal, unlink: () => {} };
      try {
        return await next({ method: request.method, url: request.url, headers: request.headers, body: request.body, signal });
      } catch (error) {
        if (timeout.signal.aborted && !callerSignal?.aborted) throw timeout.signal.reason;
        throw error;
      } finally {
        clearTimeout(timer);
        unlink();
      }
    },
  };
}
