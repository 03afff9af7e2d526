import { describe, expect, it } from 'vitest';
import { InvalidConfigurationError, StratusError } from '../src/index.js';
import { createTokenCache, DEFAULT_REFRESH_MARGIN_MS } from '../src/internal.js';

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

  it('without refreshMarginMs, renews DEFAULT_REFRESH_MARGIN_MS (60 s) before expiry', async () => {
    let clock = 0;
    let fetched = 0;
    const cache = createTokenCache({ now: () => clock, fetchToken: async () => ({ token: `t${++fetched}`, expiresAtMs: clock + 3_600_000 }) });
    expect(DEFAULT_REFRESH_MARGIN_MS).toBe(60_000);
    expect((await cache.get()).token).toBe('t1');
    clock = 3_600_000 - 60_001;
    expect((await cache.get()).token).toBe('t1');
    clock = 3_600_000 - 60_000;
    expect((await cache.get()).token).toBe('t2');
  });
});

describe('createTokenCache failures and forgetting', () => {
  it('does not cache a failed fetch: the next get() fetches again', async () => {
    let fetched = 0;
    const cache = createTokenCache({
      fetchToken: async () => {
        fetched += 1;
        if (fetched === 1) throw new Error('refused');
        return { token: 'ok', expiresAtMs: undefined };
      },
    });
    await expect(cache.get()).rejects.toThrow('refused');
    expect((await cache.get()).token).toBe('ok');
    expect(fetched).toBe(2);
  });

  it('clear() while a fetch is in flight: the token it brings is never cached', async () => {
    const pending = deferred<{ token: string; expiresAtMs: undefined }>();
    const cache = createTokenCache({ fetchToken: () => pending.promise });
    const first = cache.get();
    cache.clear();
    pending.resolve({ token: 't1', expiresAtMs: undefined });
    await first;
    expect(cache.peek()).toBeUndefined();
    expect(cache.latest()).toBeUndefined();
  });

  it('latest() is the token last obtained, expired included, until invalidated or cleared', async () => {
    let clock = 0;
    let fetched = 0;
    const cache = createTokenCache({ now: () => clock, fetchToken: async () => ({ token: `t${++fetched}`, expiresAtMs: clock + 120_000 }) });
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

/** A promise the test settles, so the order of events is explicit. */
function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

describe('createTokenCache with an initial token and refreshToken', () => {
  it('serves the initial token, then refreshes it by presenting it, once for concurrent callers', async () => {
    let clock = 0;
    const presented: string[] = [];
    const answer = deferred<{ token: string; expiresAtMs: number }>();
    const cache = createTokenCache({
      initial: { token: 'given', expiresAtMs: 1000 },
      refreshToken: (expiring) => {
        presented.push(expiring.token);
        return answer.promise;
      },
      refreshMarginMs: 100,
      now: () => clock,
    });
    expect((await cache.get()).token).toBe('given');
    clock = 900;
    const waiting = Array.from({ length: 20 }, () => cache.get());
    expect(presented).toEqual(['given']);
    answer.resolve({ token: 'refreshed', expiresAtMs: 5000 });
    expect(new Set((await Promise.all(waiting)).map((entry) => entry.token))).toEqual(new Set(['refreshed']));
    expect((await cache.get()).token).toBe('refreshed');
    expect(presented).toEqual(['given']);
  });

  it('refreshes a token obtained by fetchToken, and fetches anew when the refresh fails', async () => {
    let clock = 0;
    let fetched = 0;
    const presented: string[] = [];
    const cache = createTokenCache({
      fetchToken: async () => ({ token: `fetched${++fetched}`, expiresAtMs: clock + 1000 }),
      refreshToken: async (expiring) => {
        presented.push(expiring.token);
        if (presented.length === 2) throw new Error('refresh refused');
        return { token: `refreshed${presented.length}`, expiresAtMs: clock + 1000 };
      },
      refreshMarginMs: 100,
      now: () => clock,
    });
    expect((await cache.get()).token).toBe('fetched1');
    clock = 900;
    expect((await cache.get()).token).toBe('refreshed1');
    clock = 1800;
    expect((await cache.get()).token).toBe('fetched2');
    expect(presented).toEqual(['fetched1', 'refreshed1']);
  });

  it('without fetchToken, serves the token whose refresh failed until it expires, retrying each time, then throws the failure', async () => {
    let clock = 0;
    let attempts = 0;
    const cache = createTokenCache({
      initial: { token: 'given', expiresAtMs: 1000 },
      refreshToken: async () => {
        attempts += 1;
        throw new Error(`refresh refused ${attempts}`);
      },
      refreshMarginMs: 100,
      now: () => clock,
    });
    clock = 950;
    expect((await cache.get()).token).toBe('given');
    expect((await cache.get()).token).toBe('given');
    expect(attempts).toBe(2);
    expect(cache.peek()).toBeUndefined();
    clock = 1000;
    await expect(cache.get()).rejects.toThrow('refresh refused 3');
  });

  it('a refresh that succeeds after failures replaces the token', async () => {
    let clock = 950;
    let attempts = 0;
    const cache = createTokenCache({
      initial: { token: 'given', expiresAtMs: 1000 },
      refreshToken: async () => {
        attempts += 1;
        if (attempts === 1) throw new Error('try again');
        return { token: 'refreshed', expiresAtMs: 10_000 };
      },
      refreshMarginMs: 100,
      now: () => clock,
    });
    expect((await cache.get()).token).toBe('given');
    expect((await cache.get()).token).toBe('refreshed');
    expect(cache.peek()?.token).toBe('refreshed');
  });

  it('clear() during a refresh keeps the refreshed token out of the cache', async () => {
    const answer = deferred<{ token: string; expiresAtMs: number | undefined }>();
    const cache = createTokenCache({ initial: { token: 'given', expiresAtMs: 0 }, refreshToken: () => answer.promise, now: () => 0 });
    const pending = cache.get();
    cache.clear();
    answer.resolve({ token: 'refreshed', expiresAtMs: undefined });
    expect((await pending).token).toBe('refreshed');
    expect(cache.latest()).toBeUndefined();
  });

  it('without fetchToken, a token dropped by invalidate() or clear() cannot be renewed: a clear error', async () => {
    const cache = createTokenCache({ initial: { token: 'given', expiresAtMs: undefined }, refreshToken: async () => ({ token: 'never', expiresAtMs: undefined }) });
    expect((await cache.get()).token).toBe('given');
    cache.invalidate('given');
    await expect(cache.get()).rejects.toThrow(StratusError);
    await expect(cache.get()).rejects.toThrow(/invalidated or cleared and there is no fetchToken/);
  });

  it('needs fetchToken, or initial with refreshToken', () => {
    expect(() => createTokenCache({ refreshToken: async () => ({ token: 't', expiresAtMs: undefined }) })).toThrow(InvalidConfigurationError);
    expect(() => createTokenCache({ initial: { token: 't', expiresAtMs: undefined } })).toThrow(/pass fetchToken, or initial with refreshToken/);
  });
});
