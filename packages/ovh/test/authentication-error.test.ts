import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  AuthenticationError,
  createOvhClient,
  ForbiddenError,
  InvalidCredentialError,
  InvalidKeyError,
  NotCredentialError,
  NotGrantedCallError,
  OAuth2FailureError,
  UnauthorizedError,
} from '../src/index.js';

// One catch for rejected credentials, whichever way the client authenticates: `instanceof
// AuthenticationError` beside python-ovh's class names, with the statuses OVH sends unchanged.

const TOKEN_URL = 'https://www.ovh.com/auth/oauth2/token';
const API = 'https://eu.api.ovh.com/1.0';
let tokenAnswer: { status: number; body: Record<string, unknown> } = { status: 200, body: {} };
let meAnswer: { status: number; body: Record<string, unknown> } = { status: 200, body: {} };
let tokenCalls = 0;
let meCalls = 0;

const server = setupServer(
  http.post(TOKEN_URL, () => {
    tokenCalls += 1;
    return HttpResponse.json(tokenAnswer.body, { status: tokenAnswer.status });
  }),
  http.get(`${API}/me`, () => {
    meCalls += 1;
    return HttpResponse.json(meAnswer.body, { status: meAnswer.status });
  }),
  http.get(`${API}/auth/time`, () => HttpResponse.json(Math.floor(Date.now() / 1000))),
);
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  tokenCalls = 0;
  meCalls = 0;
});
afterAll(() => server.close());

const oauth2Client = () => createOvhClient({ clientId: 'EU.id', clientSecret: 'the-client-secret', maxRetries: 0 });
const signedClient = () => createOvhClient({ applicationKey: 'ak', applicationSecret: 'as', consumerKey: 'ck', maxRetries: 0 });
const failure = (promise: Promise<unknown>) => promise.then(() => expect.unreachable('the call succeeded'), (error: unknown) => error);

describe('OVH: rejected credentials are AuthenticationErrors', () => {
  it('the OAuth2 token endpoint refusing the client: OAuth2FailureError (python-ovh), status as sent, no API call', async () => {
    tokenAnswer = { status: 401, body: { error: 'invalid_client' } };
    const error = await failure(oauth2Client().get('/me'));
    expect(error).toBeInstanceOf(OAuth2FailureError);
    expect(error).toBeInstanceOf(AuthenticationError);
    expect(error).toMatchObject({ name: 'OAuth2FailureError', status: 401, code: 'invalid_client' });
    expect(meCalls).toBe(0);
  });

  it('the API answering 401 to a fresh token too: UnauthorizedError, after one new token and one replay', async () => {
    tokenAnswer = { status: 200, body: { access_token: 'tok', token_type: 'Bearer', expires_in: 3600 } };
    meAnswer = { status: 401, body: { message: 'This call has not been granted' } };
    const error = await failure(oauth2Client().get('/me'));
    expect(error).toBeInstanceOf(UnauthorizedError);
    expect(error).toBeInstanceOf(AuthenticationError);
    expect([tokenCalls, meCalls]).toEqual([2, 2]);
  });

  it.each([
    ['INVALID_CREDENTIAL', InvalidCredentialError],
    ['NOT_CREDENTIAL', NotCredentialError],
    ['INVALID_KEY', InvalidKeyError],
  ] as const)('a signed call refused with 403 %s: its python-ovh class, a ForbiddenError and an AuthenticationError', async (errorCode, ErrorClass) => {
    meAnswer = { status: 403, body: { errorCode, message: 'refused' } };
    const error = await failure(signedClient().get('/me'));
    expect(error).toBeInstanceOf(ErrorClass);
    expect(error).toBeInstanceOf(ForbiddenError);
    expect(error).toBeInstanceOf(AuthenticationError);
    expect(error).toMatchObject({ status: 403, errorCode });
  });

  it('a call the keys may not make (403 NOT_GRANTED_CALL) is authorization, not authentication', async () => {
    meAnswer = { status: 403, body: { errorCode: 'NOT_GRANTED_CALL', message: 'not granted' } };
    const error = await failure(signedClient().get('/me'));
    expect(error).toBeInstanceOf(NotGrantedCallError);
    expect(error).not.toBeInstanceOf(AuthenticationError);
  });

  it('a signed call without a consumer key: InvalidKeyError before anything is sent', async () => {
    const client = createOvhClient({ applicationKey: 'ak', applicationSecret: 'as', maxRetries: 0 });
    const error = await failure(client.get('/me'));
    expect(error).toBeInstanceOf(InvalidKeyError);
    expect(error).toBeInstanceOf(AuthenticationError);
    expect(meCalls).toBe(0);
  });
});
