import { describe, expect, it } from 'vitest';
import { IDEMPOTENT_METHODS, mayReplay } from '../src/transport/is-retry-eligible.js';

describe('mayReplay', () => {
  it.each(['GET', 'HEAD', 'PUT', 'DELETE', 'OPTIONS', 'TRACE', 'get'])('allows idempotent %s', (method) => {
    expect(mayReplay(method, false)).toBe(true);
    expect(IDEMPOTENT_METHODS.has(method.toUpperCase())).toBe(true);
  });

  it.each(['POST', 'PATCH'])('refuses %s by default', (method) => {
    expect(mayReplay(method, false)).toBe(false);
  });

  it('allows POST when the caller opts in globally', () => {
    expect(mayReplay('POST', false, true)).toBe(true);
  });

  it('allows POST carrying an Idempotency-Key', () => {
    expect(mayReplay('POST', true)).toBe(true);
  });
});
