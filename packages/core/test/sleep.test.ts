import { afterEach, describe, expect, it, vi } from 'vitest';
import { sleep } from '../src/transport/sleep.js';

describe('sleep', () => {
  afterEach(() => void vi.useRealTimers());

  it('resolves once the delay has passed, not before', async () => {
    vi.useFakeTimers();
    let resolved = false;
    const pending = sleep(20).then(() => (resolved = true));
    await vi.advanceTimersByTimeAsync(19);
    expect(resolved).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    await pending;
    expect(resolved).toBe(true);
  });

  it('rejects with the reason as soon as the signal aborts', async () => {
    const controller = new AbortController();
    const reason = new Error('stop');
    const pending = sleep(60_000, controller.signal);
    controller.abort(reason);
    await expect(pending).rejects.toBe(reason);
  });

  it('rejects straight away when already aborted', async () => {
    const reason = new Error('already');
    await expect(sleep(60_000, AbortSignal.abort(reason))).rejects.toBe(reason);
  });
});
