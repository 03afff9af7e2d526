import { inspect } from 'node:util';
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOvhOAuth2Auth } from '../src/auth/create-ovh-oauth2-auth.js';
import { createOvhSignatureAuth } from '../src/auth/create-ovh-signature-auth.js';
import { createOvhClient } from '../src/client/create-ovh-client.js';

const SECRETS = {
  applicationSecret: 'AS-7f3c9a1b2d4e5f60718293a4b5c6d7e8',
  consumerKey: 'CK-0a1b2c3d4e5f60718293a4b5c6d7e8f9',
  clientSecret: 'CS-9e8d7c6b5a4f3e2d1c0b9a8f7e6d5c4b',
  accessToken: 'AT-eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ4In0.sig',
  password: 'P@ssw0rd-very-secret',
};

// OVH echoing credentials back in error bodies (worst case) must still not leak them.
const server = setupServer(
  http.all('https://eu.api.ovh.com/1.0/echo-secrets', () =>
    HttpResponse.json(
      {
        errorCode: 'INVALID_CREDENTIAL',
        message: `consumerKey=${SECRETS.consumerKey} is not valid`,
        consumerKey: SECRETS.consumerKey,
        applicationSecret: SECRETS.applicationSecret,
        password: SECRETS.password,
      },
      { status: 403 },
    ),
  ),
  http.post('https://eu.api.ovh.com/1.0/me/password', () => HttpResponse.json({ message: 'bad request' }, { status: 400 })),
  http.post('https://www.ovh.com/auth/oauth2/token', () => HttpResponse.json({ error: 'invalid_client', error_description: `client_secret=${SECRETS.clientSecret} rejected` }, { status: 401 })),
  http.get('https://eu.api.ovh.com/1.0/token-echo', ({ request }) =>
    HttpResponse.json({ message: `got ${request.headers.get('authorization')}` }, { status: 401 }),
  ),
  http.get('https://eu.api.ovh.com/1.0/auth/time', () => HttpResponse.json(Math.floor(Date.now() / 1000))),
);
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterAll(() => server.close());

function expectNoSecrets(value: unknown): void {
  const renderings = [inspect(value, { depth: 10 }), JSON.stringify(value) ?? '', String(value)];
  if (value instanceof Error) renderings.push(value.message, value.stack ?? '');
  for (const rendered of renderings) {
    for (const secret of Object.values(SECRETS)) expect(rendered).not.toContain(secret);
  }
}

const catchError = (promise: Promise<unknown>) => promise.then(() => expect.unreachable('should have thrown'), (error: unknown) => error);

describe('secrets never leak', () => {
  it('from API errors whose body echoes credentials', async () => {
    const client = createOvhClient({ applicationKey: 'ak', applicationSecret: SECRETS.applicationSecret, consumerKey: SECRETS.consumerKey });
    const error = await catchError(client.request('GET', '/echo-secrets'));
    expect((error as Error).name).toBe('InvalidCredentialError');
    expectNoSecrets(error);
  });

  it('from errors of calls whose params hold a password', async () => {
    const client = createOvhClient({ accessToken: SECRETS.accessToken });
    expectNoSecrets(await catchError(client.post('/me/password', { password: SECRETS.password })));
  });

  it('from bearer tokens echoed by the server', async () => {
    const client = createOvhClient({ accessToken: SECRETS.accessToken });
    expectNoSecrets(await catchError(client.get('/token-echo')));
  });

  it('from OAuth2 failures', async () => {
    const client = createOvhClient({ clientId: 'id', clientSecret: SECRETS.clientSecret });
    expectNoSecrets(await catchError(client.get('/me')));
  });

  it('from configuration errors', () => {
    for (const options of [
      { applicationSecret: SECRETS.applicationSecret },
      { consumerKey: SECRETS.consumerKey, clientSecret: SECRETS.clientSecret, accessToken: SECRETS.accessToken },
      { clientSecret: SECRETS.clientSecret },
      { endpoint: 'kimsufi-eu', clientId: 'id', clientSecret: SECRETS.clientSecret },
    ]) {
      let error: unknown;
      try {
        createOvhClient(options);
      } catch (caught) {
        error = caught;
      }
      expect(error).toBeInstanceOf(Error);
      expectNoSecrets(error);
    }
  });

  it('from local InvalidKey errors', async () => {
    const client = createOvhClient({ applicationKey: 'ak', applicationSecret: SECRETS.applicationSecret });
    expectNoSecrets(await catchError(client.get('/me')));
  });

  it('from clients and auth strategies themselves', () => {
    expectNoSecrets(createOvhClient({ applicationKey: 'ak', applicationSecret: SECRETS.applicationSecret, consumerKey: SECRETS.consumerKey }));
    expectNoSecrets(createOvhClient({ clientId: 'id', clientSecret: SECRETS.clientSecret }));
    expectNoSecrets(createOvhClient({ accessToken: SECRETS.accessToken }));
    expectNoSecrets(createOvhSignatureAuth({ applicationKey: 'ak', applicationSecret: SECRETS.applicationSecret, consumerKey: SECRETS.consumerKey }));
    expectNoSecrets(createOvhOAuth2Auth({ clientId: 'id', clientSecret: SECRETS.clientSecret, tokenUrl: 'https://www.ovh.com/auth/oauth2/token' }));
  });
});
