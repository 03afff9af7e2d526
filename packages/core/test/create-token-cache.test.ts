import { describe, expect, it } from 'vitest';
import { createTokenCache } from '../src/internal.js';

describe('createTokenCache renewal point', () => {
  it('renews at renewAtMs when the entry gives one, else refreshMarginMs before expiry', async () => {
    let clock = 0;
    let fetched = 0;
    const cache = createTokenCache({
      fetchToken: async () => {
        fetched += 1;
        return fetched === 1 ? { token: 'a', expiresAtMs: 1000, renewAtMs: 500 } : { token: `t${fetched}`, expiresAtMs: 10_000 };
      },
      refreshMarginMs: 100,
      now: () => clock,
    });
    expect((await cache.get()).token).toBe('a');
    clock = 499;
    expect((await cache.get()).token).toBe('a');
    clock = 500;
    expect((await cache.get()).token).toBe('t2');
    clock = 9899;
    expect((await cache.get()).token).toBe('t2');
    clock = 9900;
    expect((await cache.get()).token).toBe('t3');
  });

  it('shares one fetch among concurrent callers and drops only the token a 401 proved dead', async () => {
    let fetched = 0;
    const cache = createTokenCache({ fetchToken: async () => ({ token: `t${++fetched}`, expiresAtMs: undefined }) });
    const tokens = await Promise.all(Array.from({ length: 50 }, () => cache.get()));
    expect(new Set(tokens.map((entry) => entry.token))).toEqual(new Set(['t1']));
    cache.invalidate('stale');
    expect((await cache.get()).token).toBe('t1');
    cache.invalidate('t1');
    expect((await cache.get()).token).toBe('t2');
    expect(fetched).toBe(2);
  });
});
