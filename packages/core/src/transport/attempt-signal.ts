// Per-attempt abort signals, handed from the transport's timeout step to the JSON body step and the
// fetch sender without deriving a new Request (`new Request(prev, { signal })`) for every attempt.
// Internal to createTransport's pipeline, where timeout → JSON body → fetch run back to back.
const attemptSignals = new WeakMap<Request, AbortSignal>();

// Signals of requests the transport built from `(url, init)` without a caller signal: they can never
// abort, so they need not be combined with the timeout signal.
const inertSignals = new WeakSet<AbortSignal>();

export function setAttemptSignal(request: Request, signal: AbortSignal): void {
  attemptSignals.set(request, signal);
}

export function clearAttemptSignal(request: Request, signal: AbortSignal): void {
  if (attemptSignals.get(request) === signal) attemptSignals.delete(request);
}

/** The signal that governs the current attempt of `request`: the timeout-linked one, else its own. */
export function attemptSignalOf(request: Request): AbortSignal {
  return attemptSignals.get(request) ?? request.signal;
}

export function markInertSignal(signal: AbortSignal): void {
  inertSignals.add(signal);
}

export function isInertSignal(signal: AbortSignal): boolean {
  return inertSignals.has(signal);
}
