import { setupServer } from 'msw/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withRequestHeaders } from '../src/transport/with-request-headers.js';

function check() {
  const original = new Request('https://h/', { method: 'POST', body: 'payload', headers: { 'x-keep': 'k', 'x-replace': 'old' } });
  const copy = withRequestHeaders(original, { 'x-replace': 'new', 'x-add': 'a' });
  return { original, copy };
}

describe('withRequestHeaders', () => {
  it('returns a copy with headers set, keeping method, body and other headers', async () => {
    const { original, copy } = check();
    expect(copy).not.toBe(original);
    expect(copy.method).toBe('POST');
    expect(Object.fromEntries(copy.headers)).toMatchObject({ 'x-keep': 'k', 'x-replace': 'new', 'x-add': 'a' });
    expect(original.headers.get('x-replace')).toBe('old');
    expect(await copy.text()).toBe('payload');
  });

  describe('while msw patches the global Headers class', () => {
    const server = setupServer();
    beforeAll(() => server.listen());
    afterAll(() => server.close());

    it('still keeps every existing header', () => {
      const { copy } = check();
      expect(Object.fromEntries(copy.headers)).toMatchObject({ 'x-keep': 'k', 'x-replace': 'new', 'x-add': 'a' });
    });
  });
});
