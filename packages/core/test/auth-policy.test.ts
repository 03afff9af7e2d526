import { expect, it } from 'vitest';
import type { AuthStrategy } from '../src/auth/auth-strategy.js';
import { authPolicy } from '../src/transport/auth-policy.js';

const echoHeader = async (request: Request) => new Response(request.headers.get('x-signed'));

it('delegates to the strategy hook', async () => {
  let hookCalls = 0;
  const auth: AuthStrategy = Object.assign(async () => ({}), {
    hook: (request: Request, next: (request: Request) => Promise<Response>) => {
      hookCalls++;
      return next(new Request(request, { headers: { 'x-signed': `yes-${hookCalls}` } }));
    },
  });
  const policy = authPolicy(auth);
  expect(await (await policy(new Request('https://h/'), echoHeader)).text()).toBe('yes-1');
  expect(await (await policy(new Request('https://h/'), echoHeader)).text()).toBe('yes-2');
});

it('passes requests through without a strategy', async () => {
  const response = await authPolicy(undefined)(new Request('https://h/', { headers: { 'x-signed': 'untouched' } }), echoHeader);
  expect(await response.text()).toBe('untouched');
});
