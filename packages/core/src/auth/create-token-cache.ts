import { InvalidConfigurationError } from '../errors/invalid-configuration-error.js';
import { StratusError } from '../errors/stratus-error.js';

/** What the cache needs to know about a token. */
export interface CachedToken {
  token: string;
  /** Epoch ms; undefined = never expires. */
  expiresAtMs: number | undefined;
  /** Epoch ms from which `get()` renews the token; default `expiresAtMs - refreshMarginMs`. */
  renewAtMs?: number | undefined;
}

/** Give `fetchToken`, or `initial` with `refreshToken` (or all three). */
export interface TokenCacheOptions<T extends CachedToken> {
  /** Obtains a new token from scratch (one round trip to the provider's token endpoint). */
  fetchToken?: () => Promise<T>;
  /** A token the caller already holds (e.g. a JWT obtained elsewhere): served until due for renewal. */
  initial?: T;
  /**
   * Renews the token due for renewal by presenting it (e.g. a refresh endpoint that takes the old JWT).
   * Tried before `fetchToken`. When it fails, `fetchToken` is used; without `fetchToken` the old token
   * is served until it expires (and the refresh retried on the next `get()`), then the failure is thrown.
   */
  refreshToken?: (expiring: T) => Promise<T>;
  /** Refresh this long before `expires_at`, so a token never expires in flight. Default 60 000. */
  refreshMarginMs?: number;
  now?: () => number;
}

export interface TokenCache<T extends CachedToken> {
  /** The cached token, or a fresh one; concurrent callers share a single authentication. */
  get(): Promise<T>;
  /** Drops `token` if it is still the cached one (a 401 proved it dead); newer tokens are kept. */
  invalidate(token: string): void;
  /** Forgets everything (logout / close). */
  clear(): void;
  /** The cached token if still usable, without authenticating. */
  peek(): T | undefined;
  /** The token last obtained, even when due for refresh; undefined once invalidated or cleared. */
  latest(): T | undefined;
}

export const DEFAULT_REFRESH_MARGIN_MS = 60_000;

/** A single-flight token cache: at most one authentication is in flight, whatever the number of callers. */
export function createTokenCache<T extends CachedToken>(options: TokenCacheOptions<T>): TokenCache<T> {
  const { fetchToken, refreshToken } = options;
  if (!fetchToken && !(refreshToken && options.initial)) {
    throw new InvalidConfigurationError('[@stratus/core] createTokenCache: pass fetchToken, or initial with refreshToken');
  }
  const margin = options.refreshMarginMs ?? DEFAULT_REFRESH_MARGIN_MS;
  const now = options.now ?? Date.now;
  let current: T | undefined = options.initial;
  let inflight: Promise<T> | undefined;
  // Bumped by clear(): an authentication started before it must not repopulate the cache.
  let generation = 0;

  const isFresh = (entry: T | undefined): entry is T =>
    entry !== undefined && (entry.expiresAtMs === undefined || now() < (entry.renewAtMs ?? entry.expiresAtMs - margin));
  const isExpired = (entry: T) => entry.expiresAtMs !== undefined && entry.expiresAtMs <= now();

  async function renew(expiring: T | undefined): Promise<T> {
    if (expiring && refreshToken) {
      try {
        return await refreshToken(expiring);
      } catch (error) {
        if (!fetchToken) {
          if (isExpired(expiring)) throw error;
          return expiring;
        }
      }
    }
    if (fetchToken) return fetchToken();
    throw new StratusError('[@stratus/core] the token was invalidated or cleared and there is no fetchToken to obtain a new one');
  }

  return {
    get() {
      if (isFresh(current)) return Promise.resolve(current);
      if (inflight) return inflight;
      const started = generation;
      const attempt = renew(current).then((entry) => {
        if (started === generation) current = entry;
        return entry;
      });
      inflight = attempt.finally(() => {
        if (inflight === guarded) inflight = undefined;
      });
      const guarded = inflight;
      return guarded;
    },
    invalidate(token) {
      if (current?.token === token) current = undefined;
    },
    clear() {
      generation += 1;
      current = undefined;
      inflight = undefined;
    },
    peek() {
      return isFresh(current) ? current : undefined;
    },
    latest() {
      return current;
    },
  };
}
