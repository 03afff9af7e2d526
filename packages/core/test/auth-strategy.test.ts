import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, beforeAll, expect, expectTypeOf, it } from 'vitest';
import type { AuthHook, AuthStrategy } from '../src/auth/auth-strategy.js';
import type { SendStreamingHttp, StreamingHttpRequest } from '../src/pipeline/http-message.js';
import { withHeaders } from '../src/pipeline/with-headers.js';
import { createTransport } from '../src/transport/create-transport.js';

// A provider-style strategy written only against the contract: a timestamped HMAC-like signature.
function createSignatureAuth(secret: string): AuthStrategy<{ type: 'signature'; timestamp: number }> {
  let clock = 1_000;
  const authenticate = async () => ({ type: 'signature' as const, timestamp: ++clock });
  return Object.assign(authenticate, {
    hook: async (request: StreamingHttpRequest, next: SendStreamingHttp) => {
      const { timestamp } = await authenticate();
      return next(withHeaders(request, { 'x-timestamp': String(timestamp), 'x-signature': `${secret.length}:${request.method}:${timestamp}` }));
    },
  });
}

const seen: { timestamp: string | null; signature: string | null }[] = [];
const server = setupServer(
  http.get('https://api.test/signed', ({ request }) => {
    seen.push({ timestamp: request.headers.get('x-timestamp'), signature: request.headers.get('x-signature') });
    return seen.length === 1 ? new HttpResponse(null, { status: 503 }) : HttpResponse.json({ ok: true });
  }),
);
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterAll(() => server.close());

it('lets a provider strategy plug into the transport and sign every attempt', async () => {
  const transport = createTransport({ auth: createSignatureAuth('app-secret'), retryDelay: { baseMs: 1, maxMs: 5 } });
  const response = await transport('https://api.test/signed');
  expect(await response.json()).toEqual({ ok: true });
  expect(seen).toEqual([
    { timestamp: '1001', signature: '10:GET:1001' },
    { timestamp: '1002', signature: '10:GET:1002' },
  ]);
});

it('types the contract as callable with a hook', () => {
  expectTypeOf<AuthStrategy<{ a: 1 }>>().returns.toEqualTypeOf<Promise<{ a: 1 }>>();
  expectTypeOf<AuthStrategy['hook']>().toEqualTypeOf<AuthHook>();
  expectTypeOf<AuthHook>().parameters.toEqualTypeOf<[StreamingHttpRequest, SendStreamingHttp]>();
});
