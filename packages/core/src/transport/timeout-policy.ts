import { TimeoutError } from '../errors/transport-errors.js';
import { clearAttemptSignal, isInertSignal, setAttemptSignal } from './attempt-signal.js';
import type { Policy } from './compose-policies.js';
import { linkSignals } from './link-signals.js';

/**
 * Aborts an attempt that takes longer than `timeoutMs` (response headers and, for JSON, the body read
 * by the policies below) and throws TimeoutError. The caller's own signal keeps working. 0 disables.
 */
export function timeoutPolicy(timeoutMs: number): Policy {
  return createTimeoutPolicy(timeoutMs, (request, signal) => new Request(request, { signal }));
}

/**
 * createTransport's variant: the attempt signal is handed to the JSON body step and the fetch sender
 * through `setAttemptSignal` instead of a derived `new Request(request, { signal })`, and it is the
 * bare timeout signal when the transport knows the caller gave none. Only valid when those steps
 * follow directly (they read `attemptSignalOf(request)`).
 */
export function attemptTimeoutPolicy(timeoutMs: number): Policy {
  return createTimeoutPolicy(timeoutMs, (request, signal) => {
    setAttemptSignal(request, signal);
    return request;
  });
}

function createTimeoutPolicy(timeoutMs: number, attach: (request: Request, signal: AbortSignal) => Request): Policy {
  if (timeoutMs <= 0) return (request, next) => next(request);
  return async (request, next) => {
    const target = { method: request.method, url: request.url };
    const timeout = new AbortController();
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      timeout.abort(new TimeoutError({ ...target, timeoutMs }));
    }, timeoutMs);
    const { signal, unlink } = isInertSignal(request.signal) ? { signal: timeout.signal, unlink: () => {} } : linkSignals(request.signal, timeout.signal);

    try {
      return await next(attach(request, signal));
    } catch (error) {
      if (timedOut && !request.signal.aborted) throw new TimeoutError({ ...target, timeoutMs });
      throw error;
    } finally {
      clearTimeout(timer);
      unlink();
      clearAttemptSignal(request, signal);
    }
  };
}
