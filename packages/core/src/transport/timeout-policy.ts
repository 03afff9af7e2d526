import { clearAttemptSignal, isInertSignal, setAttemptSignal } from './attempt-signal.js';
import type { Policy } from './compose-policies.js';
import { runWithTimeout } from './run-with-timeout.js';

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
  return (request, next) => {
    // A signal the transport knows can never abort need not be linked to the timer.
    const callerSignal = isInertSignal(request.signal) ? undefined : request.signal;
    let attemptSignal: AbortSignal | undefined;
    return runWithTimeout(request, callerSignal, timeoutMs, (signal) => {
      attemptSignal = signal;
      return next(attach(request, signal));
    }).finally(() => {
      if (attemptSignal) clearAttemptSignal(request, attemptSignal);
    });
  };
}
