import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { AuthenticationError, createItsYouOnlineAuth, createOpenvCloudClient, OpenvCloudAuthError, UnauthorizedError } from '../src/index.js';
import { APP_ID, fakeServices, G8, IYO, makeJwt, SECRET } from './support/fake-services.js';

const fake = fakeServices();
beforeAll(() => fake.server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  fake.server.resetHandlers();
  fake.requests.length = 0;
  fake.state.issued.length = 0;
  fake.state.refreshable = true;
  fake.state.rejectCredentials = false;
});
afterAll(() => fake.server.close());

fake.g8('/cloudapi/images/list', () => [{ id: 1, name: 'Ubuntu 16.04 x64' }]);
fake.g8('/cloudapi/locations/list', () => [{ id: 1, locationCode: 'be-gen-1' }]);

describe('createItsYouOnlineAuth', () => {
  it('fetches a JWT with the client credentials and sends it as bearer', async () => {
    const client = createOpenvCloudClient({ url: G8, applicationId: APP_ID, secret: SECRET, iyoUrl: IYO });
    await expect(client.api.cloudapi.images.list()).resolves.toEqual([{ id: 1, name: 'Ubuntu 16.04 x64' }]);
    const [tokenRequest, ...rest] = fake.iyoRequests();
    expect(rest).toEqual([]);
    expect(tokenRequest!.method).toBe('POST');
    expect(tokenRequest!.url.pathname).toBe('/v1/oauth/access_token');
    expect(tokenRequest!.url.searchParams.get('response_type')).toBe('id_token');
    // The secret travels in the form body, never in the URL.
    expect(tokenRequest!.url.toString()).not.toContain(SECRET);
    expect(Object.fromEntries(new URLSearchParams(tokenRequest!.body))).toEqual({ grant_type: 'client_credentials', client_id: APP_ID, client_secret: SECRET, scope: 'offline_access' });
    const [call] = fake.g8Requests();
    expect(call!.headers.get('authorization')).toBe(`bearer ${fake.state.issued[0]}`);
  });

  it('with credentials, fetches a new JWT once on a 401 and replays the call once, body included; a second 401 is returned', async () => {
    // The portal refuses the first JWT it sees (revoked early), and accepts any other.
    let refused: string | undefined;
    fake.g8('/cloudapi/machines/get', (request) => {
      const jwt = request.headers.get('authorization')?.replace(/^bearer /, '');
      refused ??= jwt;
      return jwt === refused ? new Response('"Unauthorized"', { status: 401, headers: { 'content-type': 'application/json' } }) : { id: 7 };
    });
    const client = createOpenvCloudClient({ url: G8, applicationId: APP_ID, secret: SECRET, iyoUrl: IYO });
    await expect(client.api.cloudapi.machines.get({ machineId: 7 })).resolves.toEqual({ id: 7 });
    expect(fake.iyoRequests().map((r) => r.url.pathname)).toEqual(['/v1/oauth/access_token', '/v1/oauth/access_token']);
    expect(fake.g8Requests().map((r) => [r.headers.get('authorization'), r.body])).toEqual([
      [`bearer ${fake.state.issued[0]}`, '{"machineId":7}'],
      [`bearer ${fake.state.issued[1]}`, '{"machineId":7}'],
    ]);

    fake.g8('/cloudapi/machines/get', () => new Response('"Unauthorized"', { status: 401, headers: { 'content-type': 'application/json' } }));
    fake.requests.length = 0;
    const error = await client.api.cloudapi.machines.get({ machineId: 7 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UnauthorizedError);
    expect(error).toBeInstanceOf(AuthenticationError);
    expect(error).toMatchObject({ status: 401 });
    expect(fake.g8Requests()).toHaveLength(2);
  });

  it('reuses the JWT while it is fresh', async () => {
    const client = createOpenvCloudClient({ url: G8, applicationId: APP_ID, secret: SECRET, iyoUrl: IYO });
    await Promise.all([client.api.cloudapi.images.list(), client.api.cloudapi.images.list()]);
    await client.api.cloudapi.images.list();
    expect(fake.iyoRequests()).toHaveLength(1);
  });

  it('refreshes ahead of exp, once for many concurrent calls', async () => {
    let now = 1_700_000_000_000;
    fake.setClock(() => Math.floor(now / 1000));
    const auth = createItsYouOnlineAuth({ applicationId: APP_ID, secret: SECRET, iyoUrl: IYO, now: () => now });
    const client = createOpenvCloudClient({ url: G8, auth });
    await client.api.cloudapi.images.list();
    const first = fake.state.issued[0]!;
    now += 3600_000 - 4 * 60_000; // 4 minutes left: inside the 5-minute refresh window
    await Promise.all(Array.from({ length: 8 }, () => client.api.cloudapi.images.list()));
    const refreshes = fake.iyoRequests().filter((r) => r.url.pathname === '/v1/oauth/jwt/refresh');
    expect(refreshes).toHaveLength(1);
    expect(refreshes[0]!.method).toBe('GET');
    expect(refreshes[0]!.headers.get('authorization')).toBe(`bearer ${first}`);
    expect(fake.iyoRequests().filter((r) => r.url.pathname === '/v1/oauth/access_token')).toHaveLength(1);
    const second = fake.state.issued[1]!;
    expect(fake.g8Requests().slice(1).map((r) => r.headers.get('authorization'))).toEqual(Array(8).fill(`bearer ${second}`));
    await expect(auth()).resolves.toMatchObject({ type: 'itsyouonline', jwt: second, login: 'alice@itsyouonline' });
  });

  it('fetches a new JWT from the credentials when the JWT is not refreshable', async () => {
    let now = 1_700_000_000_000;
    fake.setClock(() => Math.floor(now / 1000));
    fake.state.refreshable = false;
    const client = createOpenvCloudClient({ url: G8, auth: createItsYouOnlineAuth({ applicationId: APP_ID, secret: SECRET, iyoUrl: IYO, now: () => now }) });
    await client.api.cloudapi.images.list();
    now += 3600_000;
    await client.api.cloudapi.images.list();
    expect(fake.iyoRequests().map((r) => r.url.pathname)).toEqual(['/v1/oauth/access_token', '/v1/oauth/access_token']);
  });

  it('refreshes a given refreshable JWT', async () => {
    const now = 1_700_000_000_000;
    fake.setClock(() => Math.floor(now / 1000));
    const jwt = makeJwt({ exp: now / 1000 - 10, refresh_token: 'rt' });
    fake.state.issued.push(jwt);
    const client = createOpenvCloudClient({ url: G8, auth: createItsYouOnlineAuth({ jwt, iyoUrl: IYO, now: () => now }) });
    await client.api.cloudapi.images.list();
    expect(fake.g8Requests()[0]!.headers.get('authorization')).toBe(`bearer ${fake.state.issued[1]}`);
  });

  it('keeps using a given JWT whose refresh fails until its exp, then reports the refresh failure', async () => {
    let now = 1_700_000_000_000;
    fake.setClock(() => Math.floor(now / 1000));
    // Refreshable, 2 minutes left (inside the refresh window), but unknown to ItsYou.online: refresh answers 401.
    const jwt = makeJwt({ exp: now / 1000 + 120, refresh_token: 'rt' });
    const client = createOpenvCloudClient({ url: G8, auth: createItsYouOnlineAuth({ jwt, iyoUrl: IYO, now: () => now }) });
    await client.api.cloudapi.images.list();
    await client.api.cloudapi.images.list();
    expect(fake.g8Requests().map((r) => r.headers.get('authorization'))).toEqual([`bearer ${jwt}`, `bearer ${jwt}`]);
    // Each call in the window tries the refresh again.
    expect(fake.iyoRequests().map((r) => r.url.pathname)).toEqual(['/v1/oauth/jwt/refresh', '/v1/oauth/jwt/refresh']);
    now += 120_000;
    const error = await client.api.cloudapi.images.list().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(OpenvCloudAuthError);
    expect((error as Error).message).toContain('refreshing the ItsYou.online JWT failed: 401');
    expect(JSON.stringify(error)).not.toContain(jwt);
    expect(fake.g8Requests()).toHaveLength(2);
  });

  it('falls back to the credentials when the refresh fails', async () => {
    let now = 1_700_000_000_000;
    fake.setClock(() => Math.floor(now / 1000));
    const client = createOpenvCloudClient({ url: G8, auth: createItsYouOnlineAuth({ applicationId: APP_ID, secret: SECRET, iyoUrl: IYO, now: () => now }) });
    await client.api.cloudapi.images.list();
    fake.state.issued.length = 0; // ItsYou.online no longer knows the JWT: the refresh answers 401
    now += 3600_000 - 60_000;
    await client.api.cloudapi.images.list();
    expect(fake.iyoRequests().map((r) => r.url.pathname)).toEqual(['/v1/oauth/access_token', '/v1/oauth/jwt/refresh', '/v1/oauth/access_token']);
    expect(fake.g8Requests()[1]!.headers.get('authorization')).toBe(`bearer ${fake.state.issued[0]}`);
  });

  it('fails clearly when the given JWT expired and is not refreshable', async () => {
    const now = 1_700_000_000_000;
    const jwt = makeJwt({ exp: now / 1000 - 60 });
    const client = createOpenvCloudClient({ url: G8, auth: createItsYouOnlineAuth({ jwt, iyoUrl: IYO, now: () => now }) });
    const error = await client.api.cloudapi.images.list().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(OpenvCloudAuthError);
    expect((error as Error).message).toMatch(/expired at 2023-11-14T22:12:20\.000Z and cannot be refreshed .*offline_access/);
    expect(JSON.stringify(error)).not.toContain(jwt);
    expect(fake.requests).toHaveLength(0);
  });

  it('uses a given JWT that is still valid without asking ItsYou.online', async () => {
    const jwt = makeJwt({ exp: Math.floor(Date.now() / 1000) + 3600 });
    const client = createOpenvCloudClient({ url: G8, auth: createItsYouOnlineAuth({ jwt, iyoUrl: IYO }) });
    await client.api.cloudapi.images.list();
    expect(fake.iyoRequests()).toHaveLength(0);
    expect(fake.g8Requests()[0]!.headers.get('authorization')).toBe(`bearer ${jwt}`);
  });

  it('reports rejected credentials without the secret', async () => {
    fake.state.rejectCredentials = true;
    const client = createOpenvCloudClient({ url: G8, applicationId: APP_ID, secret: SECRET, iyoUrl: IYO });
    const error = await client.api.cloudapi.images.list().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(OpenvCloudAuthError);
    expect(error).toBeInstanceOf(AuthenticationError);
    // The token endpoint's refusal stays the cause: an UnauthorizedError with ItsYou.online's status.
    expect((error as Error).cause).toBeInstanceOf(UnauthorizedError);
    expect((error as Error).message).toContain('client credentials failed: 401');
    expect(JSON.stringify(error)).not.toContain(SECRET);
    expect(String((error as Error).stack)).not.toContain(SECRET);
    expect(fake.g8Requests()).toHaveLength(0);
  });

  it('sends @noauth methods without credentials', async () => {
    const client = createOpenvCloudClient({ url: G8, applicationId: APP_ID, secret: SECRET, iyoUrl: IYO });
    await client.api.cloudapi.locations.list();
    expect(fake.iyoRequests()).toHaveLength(0);
    expect(fake.g8Requests()[0]!.headers.get('authorization')).toBeNull();
  });

  it('rejects half-given credentials', () => {
    expect(() => createItsYouOnlineAuth({ applicationId: APP_ID })).toThrow(/secret is missing/);
    expect(() => createItsYouOnlineAuth({})).toThrow(/applicationId and secret, or a jwt/);
  });
});
