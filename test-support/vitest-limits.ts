/**
 * The time limits every vitest config shares. A limit only stops a hung test; it is not a measurement:
 * CI's two cores run every package's tests, and their type checks, at once, so a test that takes 0.3 s
 * on a quiet machine can take many seconds there. vitest's defaults (5 s per test, 10 s per hook)
 * failed correct tests that way. `expect.poll` waits for an event (a server seeing a connection close),
 * and returns as soon as it is seen; its 1 s default failed on that machine too.
 */
export const vitestLimits = { testTimeout: 120_000, hookTimeout: 120_000, expect: { poll: { timeout: 60_000 } } };
