/**
 * A signal that aborts when either input does. AbortSignal.any keeps the caller's signal linked to the
 * response body after this returns; the manual fallback (older runtimes) has to unlink to avoid leaking
 * listeners, so call `unlink` once the attempt is over.
 */
export function linkSignals(caller: AbortSignal, timeout: AbortSignal): { signal: AbortSignal; unlink: () => void } {
  if (typeof AbortSignal.any === 'function') return { signal: AbortSignal.any([caller, timeout]), unlink: () => {} };
  const controller = new AbortController();
  const forward = (source: AbortSignal) => () => controller.abort(source.reason);
  const onCallerAbort = forward(caller);
  const onTimeout = forward(timeout);
  if (caller.aborted) onCallerAbort();
  caller.addEventListener('abort', onCallerAbort, { once: true });
  timeout.addEventListener('abort', onTimeout, { once: true });
  return {
    signal: controller.signal,
    unlink: () => {
      caller.removeEventListener('abort', onCallerAbort);
      timeout.removeEventListener('abort', onTimeout);
    },
  };
}
