import { expect, it } from 'vitest';
import { createNoAuth } from '../src/auth/create-no-auth.js';

it('resolves { type: "none" } and sends the request unchanged', async () => {
  const auth = createNoAuth();
  expect(await auth()).toEqual({ type: 'none' });
  const request = new Request('https://h/', { headers: { 'x-keep': '1' } });
  let received: Request | undefined;
  await auth.hook(request, async (r) => {
    received = r;
    return new Response();
  });
  expect(received).toBe(request);
});
