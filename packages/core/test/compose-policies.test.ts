import { expect, it } from 'vitest';
import { composePolicies, type Policy } from '../src/transport/compose-policies.js';

it('runs policies first-to-last around send, each able to change the request and response', async () => {
  const trace: string[] = [];
  const tag =
    (name: string): Policy =>
    async (request, next) => {
      trace.push(`>${name}`);
      const headers = new Headers(request.headers);
      headers.append('x-trace', name);
      const response = await next(new Request(request, { headers }));
      trace.push(`<${name}`);
      return new Response(`${await response.text()}<${name}`, response);
    };

  const send = composePolicies([tag('a'), tag('b')], async (request) => {
    trace.push('send');
    return new Response(request.headers.get('x-trace'));
  });

  const response = await send(new Request('https://h/'));
  expect(trace).toEqual(['>a', '>b', 'send', '<b', '<a']);
  expect(await response.text()).toBe('a, b<b<a');
});

it('lets a policy call next more than once', async () => {
  let calls = 0;
  const twice: Policy = async (request, next) => {
    await next(request.clone());
    return next(request.clone());
  };
  const send = composePolicies([twice], async () => new Response(String(++calls)));
  expect(await (await send(new Request('https://h/'))).text()).toBe('2');
});

it('returns send itself when there are no policies', async () => {
  const send = async () => new Response('direct');
  expect(composePolicies([], send)).toBe(send);
});
