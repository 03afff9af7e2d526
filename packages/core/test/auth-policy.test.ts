import { expect, it } from 'vitest';
import type { AuthStrategy } from '../src/auth/auth-strategy.js';
import type { StreamingHttpRequest, StreamingHttpResponse } from '../src/pipeline/http-message.js';
import { authPolicy } from '../src/pipeline/auth-policy.js';
import { withHeaders } from '../src/pipeline/with-headers.js';

const echoHeader = async (request: StreamingHttpRequest): Promise<StreamingHttpResponse> => ({ status: 200, statusText: '', headers: new Headers(), body: request.headers['x-signed'] ?? null });
const request = (headers: Record<string, string> = {}): StreamingHttpRequest => ({ method: 'GET', url: 'https://h/', headers });

it('is the named `auth` step and delegates to the strategy hook on every call', async () => {
  let hookCalls = 0;
  const auth: AuthStrategy = Object.assign(async () => ({}), {
    hook: ((request, next) => next(withHeaders(request, { 'x-signed': `yes-${++hookCalls}` }))) satisfies AuthStrategy['hook'],
  });
  const policy = authPolicy(auth);
  expect(policy.name).toBe('auth');
  expect((await policy.send(request(), echoHeader)).body).toBe('yes-1');
  expect((await policy.send(request(), echoHeader)).body).toBe('yes-2');
});

it('passes requests through without a strategy', async () => {
  expect((await authPolicy(undefined).send(request({ 'x-signed': 'untouched' }), echoHeader)).body).toBe('untouched');
});
