import { expect, it } from 'vitest';
import { createTokenCache } from '../src/auth/create-token-cache.js';
import { createTokenReplay } from '../src/auth/create-token-replay.js';
import type { StreamingHttpRequest, StreamingHttpResponse } from '../src/pipeline/http-message.js';

/** A cache that hands out tok-1, tok-2… (one per authentication). */
function tokens() {
  let issued = 0;
  return createTokenCache({ fetchToken: async () => ({ token: `tok-${++issued}`, expiresAtMs: undefined }) });
}
const answer = (status: number, body: StreamingHttpResponse['body'] = ''): StreamingHttpResponse => ({ status, statusText: '', headers: new Headers(), body });
const post = (body: StreamingHttpRequest['body']): StreamingHttpRequest => ({ method: 'POST', url: 'https://api.test/things', headers: { 'content-type': 'application/json' }, body });

/** A server that rejects every token in `dead`, recording the token and body of each request. */
function server(dead: Set<string>) {
  const seen: { token: string | undefined; body: unknown }[] = [];
  const send = async (request: StreamingHttpRequest) => {
    seen.push({ token: request.headers['x-auth-token'], body: request.body });
    return answer(dead.has(request.headers['x-auth-token'] ?? '') ? 401 : 200);
  };
  return { seen, send };
}

it('replays a rejected request once with a new token, body included', async () => {
  const sendWithToken = createTokenReplay({ cache: tokens(), headersOf: ({ token }) => ({ 'x-auth-token': token }) });
  const { seen, send } = server(new Set(['tok-1']));
  expect((await sendWithToken(post('{"n":1}'), send)).status).toBe(200);
  expect(seen).toEqual([
    { token: 'tok-1', body: '{"n":1}' },
    { token: 'tok-2', body: '{"n":1}' },
  ]);
});

it('returns a second rejection as is: never a second replay', async () => {
  const sendWithToken = createTokenReplay({ cache: tokens(), headersOf: ({ token }) => ({ 'x-auth-token': token }) });
  const { seen, send } = server(new Set(['tok-1', 'tok-2', 'tok-3']));
  expect((await sendWithToken(post('{}'), send)).status).toBe(401);
  expect(seen.map((s) => s.token)).toEqual(['tok-1', 'tok-2']);
});

it('concurrent rejected calls share one re-authentication', async () => {
  const cache = tokens();
  const sendWithToken = createTokenReplay({ cache, headersOf: ({ token }) => ({ 'x-auth-token': token }) });
  const { seen, send } = server(new Set(['tok-1']));
  const results = await Promise.all([1, 2, 3].map(() => sendWithToken(post('{}'), send)));
  expect(results.map((r) => r.status)).toEqual([200, 200, 200]);
  expect(seen.filter((s) => s.token === 'tok-2')).toHaveLength(3);
  expect(cache.peek()?.token).toBe('tok-2');
});

it('does not replay a streamed body (it was consumed), and honours another rejected status', async () => {
  const sendWithToken = createTokenReplay({ cache: tokens(), headersOf: ({ token }) => ({ 'x-auth-token': token }), rejectedStatus: 419 });
  const seen: string[] = [];
  const send = async (request: StreamingHttpRequest) => {
    seen.push(request.headers['x-auth-token']!);
    return answer(419);
  };
  expect((await sendWithToken(post(new ReadableStream<Uint8Array>()), send)).status).toBe(419);
  expect(seen).toEqual(['tok-1']);
  expect((await sendWithToken(post('{}'), send)).status).toBe(419);
  expect(seen).toEqual(['tok-1', 'tok-1', 'tok-2']);
});
