import { expect, it } from 'vitest';
import { withHeaders } from '../src/pipeline/with-headers.js';

it('returns a copy with headers set, keeping method, URL, body, signal and other headers; the original is untouched', () => {
  const signal = new AbortController().signal;
  const original = { method: 'POST', url: 'https://h/', headers: { 'x-keep': 'k', 'x-replace': 'old' }, body: 'payload', signal };
  const copy = withHeaders(original, { 'x-replace': 'new', 'x-add': 'a' });
  expect(copy).toEqual({ method: 'POST', url: 'https://h/', headers: { 'x-keep': 'k', 'x-replace': 'new', 'x-add': 'a' }, body: 'payload', signal });
  expect(original.headers).toEqual({ 'x-keep': 'k', 'x-replace': 'old' });
});
