import { TimeoutError } from '../errors/transport-errors.js';
import { linkSignals } from './link-signals.js';

/**
 * Runs one attempt with `timeoutMs` (> 0): `run` gets a signal that aborts when the caller's does or
 * when time runs out, and running out becomes TimeoutError. A cleared timer rather than
 * `AbortSignal.timeout`, whose timers stay pending until they fire, one per request. Used by the
 * `timeout` policy.
 */
export async function runWithTimeout<T>(
  target: { method: string; url: string },
  callerSignal: AbortSignal | undefined,
  timeoutMs: number,
  run: (signal: AbortSignal) => Promise<T>,
): Promise<T> {
  const timeout = new AbortController();
  const timer = setTimeout(() => timeout.abort(new TimeoutError({ method: target.method, url: target.url, timeoutMs })), timeoutMs);
  const { signal, unlink } = callerSignal ? linkSignals(callerSignal, timeout.signal) : { signal: timeout.signal, unlink: () => {} };
  try {
    return await run(signal);
  } catch (error) {
    if (timeout.signal.aborted && !callerSignal?.aborted) throw timeout.signal.reason;
    throw error;
  } finally {
    clearTimeout(timer);
    unlink();
  }
}
