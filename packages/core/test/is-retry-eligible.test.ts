import { describe, expect, it } from 'vitest';
import { IDEMPOTENT_METHODS, isRetryEligible } from '../src/transport/is-retry-eligible.js';

const url = 'https://h/x';

describe('isRetryEligible', () => {
  it.each(['GET', 'HEAD', 'PUT', 'DELETE', 'OPTIONS'])('allows idempotent %s', (method) => {
    expect(isRetryEligible(new Request(url, { method }))).toBe(true);
  });

  it('lists TRACE as idempotent (Request refuses to build one, so it is checked on the set)', () => {
    expect(IDEMPOTENT_METHODS.has('TRACE')).toBe(true);
  });

  it.each(['POST', 'PATCH'])('refuses %s by default', (method) => {
    expect(isRetryEligible(new Request(url, { method }))).toBe(false);
  });

  it('allows POST when the caller opts in globally', () => {
    expect(isRetryEligible(new Request(url, { method: 'POST' }), true)).toBe(true);
  });

  it('allows POST carrying an Idempotency-Key', () => {
    expect(isRetryEligible(new Request(url, { method: 'POST', headers: { 'Idempotency-Key': 'k1' } }))).toBe(true);
  });
});
