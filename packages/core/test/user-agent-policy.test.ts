import { expect, it } from 'vitest';
import type { HttpRequest, HttpResponse } from '../src/pipeline/http-message.js';
import { userAgentPolicy } from '../src/pipeline/user-agent-policy.js';
import { STRATUS_VERSION } from '../src/version.js';

const echo = async (request: HttpRequest): Promise<HttpResponse> => ({ status: 200, statusText: '', headers: new Headers(), body: `${request.method} ${request.headers['user-agent']} ${request.headers['content-type']} ${request.body}` });

it('is the named `userAgent` step and sets the Stratus user agent', async () => {
  const policy = userAgentPolicy({ appName: 'app', appVersion: '2' });
  expect(policy.name).toBe('userAgent');
  expect((await policy.send({ method: 'GET', url: 'https://h/', headers: {} }, echo)).body).toBe(`GET stratus/${STRATUS_VERSION} app/2 undefined undefined`);
});

it('does not override a user agent the caller set, and keeps method, body and other headers', async () => {
  const response = await userAgentPolicy().send({ method: 'POST', url: 'https://h/', headers: { 'user-agent': 'mine/1', 'content-type': 'application/json' }, body: '{"a":1}' }, echo);
  expect(response.body).toBe('POST mine/1 application/json {"a":1}');
});
