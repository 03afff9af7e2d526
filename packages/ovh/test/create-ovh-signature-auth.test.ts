import { inspect } from 'node:util';
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { createServiceClient, createTransport, type OperationsOfPaths } from '@stratus/core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createOvhAccessTokenAuth } from '../src/auth/create-ovh-access-token-auth.js';
import { createOvhClock } from '../src/auth/create-ovh-clock.js';
import { createOvhSignatureAuth } from '../src/auth/create-ovh-signature-auth.js';
import { InvalidKeyError } from '../src/errors/ovh-errors.js';
import { MOCK_CREDENTIALS } from './support/ovh-emulator.js';

let received: Request[] = [];
const server = setupServer(
  http.all('https://eu.api.ovh.com/1.0/auth', async ({ request }) => {
    received.push(request.clone());
    return HttpResponse.json({ ok: true });
  }),
);
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  received = [];
});
afterAll(() => server.close());

// python-ovh's test_call_signature: MockTime 1457018875, delta 0.
const fixedClock = createOvhClock({ now: () => 1457018875_000 });
const auth = createOvhSignatureAuth({ ...MOCK_CREDENTIALS, clock: fixedClock });

describe('createOvhSignatureAuth', () => {
  it.each([
    ['GET', undefined, '$1$e9556054b6309771395efa467c22e627407461ad'],
    ['POST', '{"a":"b","c":"d"}', '$1$ec2fb5c7a81f64723c77d2e5b609ae6f58a84fc1'],
    ['PUT', '{"a":"b","c":"d"}', '$1$8a75a9e7c8e7296c9dbeda6a2a735eb6bd58ec4b'],
    ['DELETE', undefined, '$1$a1eecd00b3b02b6cf5708b84b9ff42059a950d85'],
  ])('adds the python-ovh headers to a %s (python-ovh test vectors)', async (method, body, signature) => {
    const transport = createTransport({ auth });
    await transport('https://eu.api.ovh.com/1.0/auth', { method, ...(body ? { body, headers: { 'Content-Type': 'application/json' } } : {}) });
    const [request] = received;
    expect(request?.headers.get('x-ovh-application')).toBe('TDPKJdwZwAQPwKX2');
    expect(request?.headers.get('x-ovh-consumer')).toBe('5mBuy6SUQcRw2ZUxg0cG68BoDKpED4KY');
    expect(request?.headers.get('x-ovh-timestamp')).toBe('1457018875');
    expect(request?.headers.get('x-ovh-signature')).toBe(signature);
    await expect(request?.text()).resolves.toBe(body ?? '');
  });

  it('plugs into core createServiceClient (openapi-fetch) as an auth strategy', async () => {
    const client = createServiceClient<OperationsOfPaths<{ '/auth': { get: { parameters: {}; responses: { 200: { content: { 'application/json': { ok: boolean } } } } } } }>>(
      { baseUrl: 'https://eu.api.ovh.com/1.0', auth },
      { provider: 'ovhcloud' },
    );
    const { data } = await client.GET('/auth');
    expect(data).toEqual({ ok: true });
    expect(received[0]?.headers.get('x-ovh-signature')).toBe('$1$e9556054b6309771395efa467c22e627407461ad');
  });

  it('throws InvalidKeyError for a signed call without secret or consumer key, never echoing values', async () => {
    const noConsumer = createOvhSignatureAuth({ applicationKey: 'ak', applicationSecret: 'TOP-SECRET-AS', clock: fixedClock });
    const error = (await createTransport({ auth: noConsumer })('https://eu.api.ovh.com/1.0/auth').catch((caught: unknown) => caught)) as InvalidKeyError;
    expect(error).toBeInstanceOf(InvalidKeyError);
    expect(error.message).toBe(
      'Invalid ConsumerKey: a signed call needs one (request one with requestConsumerKey() and pass it as consumerKey, or send the call with { needAuth: false }): GET https://eu.api.ovh.com/1.0/auth',
    );
    expect(inspect(error)).not.toContain('TOP-SECRET-AS');

    const noSecret = createOvhSignatureAuth({ applicationKey: 'ak', consumerKey: 'TOP-SECRET-CK', clock: fixedClock });
    const error2 = (await createTransport({ auth: noSecret })('https://eu.api.ovh.com/1.0/auth').catch((caught: unknown) => caught)) as Error;
    expect(error2.message).toContain('Invalid ApplicationSecret');
    expect(JSON.stringify(error2)).not.toContain('TOP-SECRET-CK');
    expect(received).toHaveLength(0);
  });

  it('describes itself without secrets', async () => {
    await expect(auth()).resolves.toEqual({ type: 'ovh-signature', applicationKey: 'TDPKJdwZwAQPwKX2', canSign: true });
    expect(() => createOvhSignatureAuth({ applicationKey: '' })).toThrow('applicationKey is required');
  });
});

describe('createOvhAccessTokenAuth', () => {
  it('sends the bearer token from a getter on every request', async () => {
    let rotation = 0;
    const bearer = createOvhAccessTokenAuth({ accessToken: () => `rotating-token-${++rotation}` });
    await expect(bearer()).resolves.toEqual({ type: 'token', headerName: 'Authorization', token: 'Bearer rotating-token-1' });
    const transport = createTransport({ auth: bearer });
    await transport('https://eu.api.ovh.com/1.0/auth');
    await transport('https://eu.api.ovh.com/1.0/auth');
    expect(received.map((request) => request.headers.get('authorization'))).toEqual(['Bearer rotating-token-2', 'Bearer rotating-token-3']);
  });

  it('refuses an empty token or one with control characters without echoing it', async () => {
    const broken = createOvhAccessTokenAuth({ accessToken: 'SECRET\nTOKEN' });
    const error = (await createTransport({ auth: broken })('https://eu.api.ovh.com/1.0/auth').catch((caught: unknown) => caught)) as Error;
    expect(error.message).toBe('[@stratus/ovh] accessToken must be a non-empty string of header-safe characters');
    expect(received).toHaveLength(0);
  });
});
