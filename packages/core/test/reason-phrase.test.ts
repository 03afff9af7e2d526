import { expect, it } from 'vitest';
import { reasonPhrase } from '../src/errors/reason-phrase.js';

it('prefers the response status text', () => {
  expect(reasonPhrase(404, 'Resource Gone Fishing')).toBe('Resource Gone Fishing');
});

it('falls back to the standard phrase (HTTP/2 has no status text)', () => {
  expect(reasonPhrase(404, '')).toBe('Not Found');
  expect(reasonPhrase(429)).toBe('Too Many Requests');
  expect(reasonPhrase(503, '  ')).toBe('Service Unavailable');
});

it('returns "" for unknown statuses', () => {
  expect(reasonPhrase(499)).toBe('');
});
