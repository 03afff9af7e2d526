import { expect, it } from 'vitest';
import { userAgentPolicy } from '../src/transport/user-agent-policy.js';
import { STRATUS_VERSION } from '../src/version.js';

const echoUserAgent = async (request: Request) => new Response(request.headers.get('user-agent'));

it('sets the Stratus user agent', async () => {
  const policy = userAgentPolicy({ appName: 'app', appVersion: '2' });
  const response = await policy(new Request('https://h/'), echoUserAgent);
  expect(await response.text()).toBe(`stratus/${STRATUS_VERSION} app/2`);
});

it('does not override a user agent the caller set', async () => {
  const response = await userAgentPolicy()(new Request('https://h/', { headers: { 'User-Agent': 'mine/1' } }), echoUserAgent);
  expect(await response.text()).toBe('mine/1');
});

it('keeps method, body and other headers', async () => {
  const response = await userAgentPolicy()(
    new Request('https://h/', { method: 'POST', body: '{"a":1}', headers: { 'content-type': 'application/json' } }),
    async (request) => new Response(`${request.method} ${request.headers.get('content-type')} ${await request.text()}`),
  );
  expect(await response.text()).toBe('POST application/json {"a":1}');
});
