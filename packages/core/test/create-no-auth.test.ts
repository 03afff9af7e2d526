import { expect, it } from 'vitest';
import { createNoAuth } from '../src/auth/create-no-auth.js';
import type { StreamingHttpRequest } from '../src/pipeline/http-message.js';

it('resolves { type: "none" } and sends the request unchanged', async () => {
  const auth = createNoAuth();
  expect(await auth()).toEqual({ type: 'none' });
  const request = { method: 'GET', url: 'https://h/', headers: { 'x-keep': '1' } };
  let received: StreamingHttpRequest | undefined;
  await auth.hook(request, async (r) => {
    received = r;
    return { status: 204, statusText: '', headers: new Headers(), body: null };
  });
  expect(received).toBe(request);
});
