import { describe, expect, it } from 'vitest';
import { createTokenAuth } from '../src/auth/create-token-auth.js';
import { StratusError } from '../src/errors/stratus-error.js';
import type { StreamingHttpRequest, StreamingHttpResponse } from '../src/pipeline/http-message.js';

const echo = async (request: StreamingHttpRequest): Promise<StreamingHttpResponse> => ({
  status: 200,
  statusText: 'OK',
  headers: new Headers(),
  body: JSON.stringify({ authorization: request.headers['authorization'] ?? null, xAuthToken: request.headers['x-auth-token'] ?? null }),
});
const plainRequest = (headers: Record<string, string> = {}): StreamingHttpRequest => ({ method: 'GET', url: 'https://h/', headers });

async function sentHeaders(auth: ReturnType<typeof createTokenAuth>, request = plainRequest()) {
  return JSON.parse((await auth.hook(request, echo)).body as string) as { authorization: string | null; xAuthToken: string | null };
}

describe('createTokenAuth', () => {
  it('resolves the authentication and sets the Authorization header by default', async () => {
    const auth = createTokenAuth({ token: 'tok-1' });
    expect(await auth()).toEqual({ type: 'token', headerName: 'Authorization', token: 'tok-1' });
    expect(await sentHeaders(auth)).toEqual({ authorization: 'tok-1', xAuthToken: null });
  });

  it('prefixes the scheme for Authorization, once', async () => {
    expect(await createTokenAuth({ token: 'tok-1', scheme: 'Bearer' })()).toMatchObject({ token: 'Bearer tok-1' });
    expect(await createTokenAuth({ token: 'bearer tok-1', scheme: 'Bearer' })()).toMatchObject({ token: 'bearer tok-1' });
  });

  it('uses a custom header (OpenStack X-Auth-Token) and ignores the scheme there', async () => {
    const auth = createTokenAuth({ token: 'gAAAA-ks', headerName: 'X-Auth-Token', scheme: 'Bearer' });
    expect(await auth()).toEqual({ type: 'token', headerName: 'X-Auth-Token', token: 'gAAAA-ks' });
    expect(await sentHeaders(auth)).toEqual({ authorization: null, xAuthToken: 'gAAAA-ks' });
  });

  it('calls a token getter for every request, so a rotating token is picked up', async () => {
    let generation = 0;
    const auth = createTokenAuth({ token: async () => `tok-${++generation}`, scheme: 'Bearer' });
    expect((await sentHeaders(auth)).authorization).toBe('Bearer tok-1');
    expect((await sentHeaders(auth)).authorization).toBe('Bearer tok-2');
  });

  it('replaces a header already on the request and leaves the original request untouched', async () => {
    const original = plainRequest({ authorization: 'stale' });
    expect((await sentHeaders(createTokenAuth({ token: 'fresh' }), original)).authorization).toBe('fresh');
    expect(original.headers['authorization']).toBe('stale');
  });

  it('rejects an empty token with a clear error', () => {
    expect(() => createTokenAuth({ token: '' })).toThrow(new StratusError('[@stratus/core] createTokenAuth: token is empty'));
    expect(() => createTokenAuth({ token: '   ' })).toThrow(StratusError);
  });

  it('rejects an empty token returned by the getter, at request time', async () => {
    const auth = createTokenAuth({ token: () => '' });
    await expect(auth()).rejects.toThrow('[@stratus/core] createTokenAuth: token is empty');
    await expect(auth.hook(plainRequest(), echo)).rejects.toBeInstanceOf(StratusError);
  });

  it('rejects bad input without echoing the token', async () => {
    const secret = 'sekrit\r\nX-Injected: 1';
    const error = (() => {
      try {
        createTokenAuth({ token: secret });
      } catch (e) {
        return e as Error;
      }
    })();
    expect(error).toBeInstanceOf(StratusError);
    expect(error?.message).toContain('not allowed in an HTTP header');
    expect(error?.message).not.toContain('sekrit');
    await expect(createTokenAuth({ token: () => 'tøken\u2603' })()).rejects.toThrow(/not allowed/);
    expect(() => createTokenAuth({ token: 42 as unknown as string })).toThrow(/must be a string or a function/);
    expect(() => createTokenAuth({ token: 't', headerName: 'Bad Header' })).toThrow(/invalid header name/);
  });
});
