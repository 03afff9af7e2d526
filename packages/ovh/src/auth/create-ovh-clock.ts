import { StratusError } from '@stratus/core';

/** A server-corrected timestamp and the sync it came from. */
export interface OvhClockReading {
  /** Unix time in seconds as the OVH API sees it. */
  timestamp: number;
  /** Identifies the sync used; pass it to `resync` after a time error. */
  epoch: number;
}

/** Source of `X-Ovh-Timestamp` values. */
export interface OvhClock {
  /** Synchronous once the delta is known (every request after the first sync), else a promise. */
  read(): OvhClockReading | Promise<OvhClockReading>;
  /**
   * Syncs again, unless another caller already did since `staleEpoch` was read (so many requests
   * failing at once share one `/auth/time` call).
   */
  resync(staleEpoch: number): Promise<void>;
  /** Server minus local time in seconds, once known. */
  delta(): number | undefined;
}

export interface OvhClockOptions {
  /** Fetches the server time (`GET /auth/time`, a bare JSON number). Absent: local time is trusted. */
  fetchServerTime?: () => Promise<unknown>;
  /** Local time in ms; default Date.now. */
  now?: () => number;
}

/**
 * Clock for signed requests, like python-ovh's `time_delta`: one `GET /auth/time` on first use
 * (shared by concurrent callers), then `floor(now / 1000) + delta` for every timestamp.
 */
export function createOvhClock(options: OvhClockOptions = {}): OvhClock {
  const now = options.now ?? (() => Date.now());
  const { fetchServerTime } = options;
  let current: { epoch: number; delta: Promise<number> } | undefined;
  let lastEpoch = 0;
  let knownDelta: number | undefined;
  // The sync that knownDelta came from: reads are synchronous while it is the current one.
  let knownEpoch = 0;

  const startSync = () => {
    const epoch = ++lastEpoch;
    const delta = fetchServerTime ? fetchServerTime().then((serverTime) => toDelta(serverTime, now)) : Promise.resolve(0);
    const sync = { epoch, delta };
    current = sync;
    delta.then(
      (value) => {
        if (current !== sync) return;
        knownDelta = value;
        knownEpoch = epoch;
      },
      // A failed sync is forgotten so the next request tries again.
      () => {
        if (current === sync) current = undefined;
      },
    );
    return sync;
  };

  return {
    read() {
      if (knownDelta !== undefined && current?.epoch === knownEpoch) return { timestamp: Math.floor(now() / 1000) + knownDelta, epoch: knownEpoch };
      const sync = current ?? startSync();
      return sync.delta.then((delta) => ({ timestamp: Math.floor(now() / 1000) + delta, epoch: sync.epoch }));
    },
    async resync(staleEpoch) {
      const sync = current && current.epoch !== staleEpoch ? current : startSync();
      await sync.delta;
    },
    delta: () => knownDelta,
  };
}

function toDelta(serverTime: unknown, now: () => number): number {
  if (typeof serverTime !== 'number' || !Number.isFinite(serverTime)) {
    throw new StratusError(`[@stratus/ovh] GET /auth/time did not return a Unix timestamp (got ${typeof serverTime})`);
  }
  return Math.trunc(serverTime) - Math.floor(now() / 1000);
}
