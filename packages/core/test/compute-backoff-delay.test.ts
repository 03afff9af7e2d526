import { describe, expect, it } from 'vitest';
import { computeBackoffDelay, DEFAULT_BACKOFF_BASE_MS, DEFAULT_BACKOFF_MAX_MS } from '../src/transport/compute-backoff-delay.js';

describe('computeBackoffDelay', () => {
  it('stays within [d/2, d] where d = min(max, base·2^retryIndex)', () => {
    const options = { baseMs: 100, maxMs: 1000 };
    const ceilings = [100, 200, 400, 800, 1000, 1000];
    ceilings.forEach((ceiling, retryIndex) => {
      expect(computeBackoffDelay(retryIndex, options, () => 0)).toBe(ceiling / 2);
      expect(computeBackoffDelay(retryIndex, options, () => 0.999_999)).toBe(ceiling);
      for (let i = 0; i < 50; i++) {
        const delay = computeBackoffDelay(retryIndex, options);
        expect(delay).toBeGreaterThanOrEqual(ceiling / 2);
        expect(delay).toBeLessThanOrEqual(ceiling);
      }
    });
  });

  it('defaults to base 500 ms and max 8000 ms', () => {
    expect(DEFAULT_BACKOFF_BASE_MS).toBe(500);
    expect(DEFAULT_BACKOFF_MAX_MS).toBe(8000);
    expect(computeBackoffDelay(0, {}, () => 0)).toBe(250);
    expect(computeBackoffDelay(10, {}, () => 0.999_999)).toBe(8000);
  });

  it('applies jitter linearly between the bounds', () => {
    expect(computeBackoffDelay(1, { baseMs: 100, maxMs: 1000 }, () => 0.5)).toBe(150);
  });
});
