import { describe, expect, it, vi } from 'vitest';
import { createOvhClock } from '../src/auth/create-ovh-clock.js';

describe('createOvhClock', () => {
  it('syncs lazily with one /auth/time call and applies the delta (python-ovh: server 1457018881, local 1457018875.467 → 6)', async () => {
    const fetchServerTime = vi.fn(async () => 1457018881);
    let nowMs = 1457018875467;
    const clock = createOvhClock({ fetchServerTime, now: () => nowMs });
    expect(fetchServerTime).not.toHaveBeenCalled();
    expect(clock.delta()).toBeUndefined();

    expect(await clock.read()).toEqual({ timestamp: 1457018881, epoch: 1 });
    expect(clock.delta()).toBe(6);
    nowMs += 10_900;
    // Once synced, a read is synchronous: no promise per signed request.
    expect(clock.read()).toEqual({ timestamp: 1457018892, epoch: 1 });
    expect(fetchServerTime).toHaveBeenCalledTimes(1);
  });

  it('shares one sync between concurrent readers', async () => {
    let release!: (value: number) => void;
    const fetchServerTime = vi.fn(() => new Promise<number>((resolve) => (release = resolve)));
    const clock = createOvhClock({ fetchServerTime, now: () => 1_000_000 });
    const readings = Promise.all(Array.from({ length: 20 }, () => clock.read()));
    release(1500);
    expect((await readings).every((reading) => reading.timestamp === 1500)).toBe(true);
    expect(fetchServerTime).toHaveBeenCalledTimes(1);
  });

  it('resyncs once for all requests that read the stale epoch', async () => {
    const times = [1000, 2000, 3000];
    const fetchServerTime = vi.fn(async () => times.shift());
    const clock = createOvhClock({ fetchServerTime, now: () => 0 });
    const { epoch } = await clock.read();
    const resyncing = clock.resync(epoch);
    // While a resync is in flight, reads wait for it rather than use the stale delta.
    expect(clock.read()).toBeInstanceOf(Promise);
    await resyncing;
    await Promise.all([clock.resync(epoch), clock.resync(epoch), clock.resync(epoch)]);
    expect(fetchServerTime).toHaveBeenCalledTimes(2);
    expect(await clock.read()).toEqual({ timestamp: 2000, epoch: 2 });
  });

  it('forgets a failed sync so the next read tries again', async () => {
    const fetchServerTime = vi.fn().mockRejectedValueOnce(new Error('down')).mockResolvedValueOnce(42);
    const clock = createOvhClock({ fetchServerTime, now: () => 0 });
    await expect(clock.read()).rejects.toThrow('down');
    expect(await clock.read()).toMatchObject({ timestamp: 42 });
  });

  it('rejects a non-numeric server time', async () => {
    const clock = createOvhClock({ fetchServerTime: async () => 'soon', now: () => 0 });
    await expect(clock.read()).rejects.toThrow('GET /auth/time did not return a Unix timestamp (got string)');
  });

  it('trusts local time without a server (delta 0)', async () => {
    const clock = createOvhClock({ now: () => 1_700_000_000_999 });
    expect(await clock.read()).toMatchObject({ timestamp: 1_700_000_000 });
  });
});
