// Captured at load: test suites that fake timers later must not stall every response.
const setImmediateAtLoad: ((callback: () => void) => unknown) | undefined = (globalThis as { setImmediate?: (callback: () => void) => unknown }).setImmediate;

/**
 * Resolves after the I/O callbacks of this event-loop turn (Node, Bun; at once where there is no
 * `setImmediate`, as in browsers). Under concurrency, every answer that arrived in the same turn is
 * then handed over together, and the requests they lead to leave in one burst: fewer wake-ups at
 * both ends of the connection. This is why @ovhcloud/node-ovh, whose Bluebird promises settle this
 * way, outran plain keep-alive clients in bench/throughput.
 */
export function afterPendingIo(): Promise<void> | undefined {
  const schedule = setImmediateAtLoad;
  return schedule ? new Promise((resolve) => schedule(resolve)) : undefined;
}
