import { describe, expect, it } from 'vitest';
// Core's cache as Keystone auth uses it (the provider packages share it through @stratus/core/internal).
import { createTokenCache } from '@stratus/core/internal';

describe('createTokenCache', () => {
  it('shares one fetch between concurrent callers and refreshes 60 s before expiry', async () => {
    let clock = 0;
    let fetches = 0;
    const cache = createTokenCache({
      now: () => clock,
      fetchToken: async () => {
        fetches += 1;
        await new Promise((resolve) => setTimeout(resolve, 5));
        return { token: `t${fetches}`, expiresAtMs: clock + 3_600_000 };
      },
    });
    const tokens = await Promise.all(Array.from({ length: 200 }, () => cache.get()));
    expect(fetches).toBe(1);
    expect(new Set(tokens.map((t) => t.token))).toEqual(new Set(['t1']));
    clock = 3_600_000 - 60_001;
    expect((await cache.get()).token).toBe('t1');
    clock = 3_600_000 - 60_000;
    expect((await cache.get()).token).toBe('t2');
  });

  it('invalidates only the token that failed', async () => {
    let n = 0;
    const cache = createTokenCache({ fetchToken: async () => ({ token: `t${++n}`, expiresAtMs: undefined }) });
    await cache.get();
    cache.invalidate('t0');
    expect((await cache.get()).token).toBe('t1');
    cache.invalidate('t1');
    expect((await cache.get()).token).toBe('t2');
  });

  it('does not cache a failed authentication', async () => {
    let n = 0;
    const cache = createTokenCache({
      fetchToken: async () => {
        n += 1;
        if (n === 1) throw new Error('nope');
        return { token: 'ok', expiresAtMs: undefined };
      },
    });
    await expect(cache.get()).rejects.toThrow('nope');
    expect((await cache.get()).token).toBe('ok');
  });

  it('clear() forgets the token and ignores an authentication that was in flight', async () => {
    let n = 0;
    const cache = createTokenCache({ fetchToken: async () => ({ token: `t${++n}`, expiresAtMs: undefined }) });
    const pending = cache.get();
    cache.clear();
    await pending;
    expect(cache.peek()).toBeUndefined();
  });

  it('latest() is the token last obtained, expired included, until invalidated or cleared', async () => {
    let clock = 0;
    let n = 0;
    const cache = createTokenCache({ now: () => clock, fetchToken: async () => ({ token: `t${++n}`, expiresAtMs: clock + 120_000 }) });
    expect(cache.latest()).toBeUndefined();
    await cache.get();
    clock = 200_000;
    expect(cache.peek()).toBeUndefined();
    expect(cache.latest()?.token).toBe('t1');
    cache.invalidate('t1');
    expect(cache.latest()).toBeUndefined();
    await cache.get();
    expect(cache.latest()?.token).toBe('t2');
    cache.clear();
    expect(cache.latest()).toBeUndefined();
  });
});
