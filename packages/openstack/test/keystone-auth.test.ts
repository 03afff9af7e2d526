import { inspect } from 'node:util';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createKeystoneAuth, unwrap, UnauthorizedError, connect } from '../src/index.js';
import { PROJECT_ID, startFakeOpenStack, type FakeOpenStack } from './support/fake-openstack.js';

let fake: FakeOpenStack;
beforeEach(async () => {
  fake = await startFakeOpenStack();
});
afterEach(async () => {
  await fake.close();
});

const PASSWORD = 'S3cr3t-Pa55word';
const credentials = () => ({ authUrl: fake.authUrl, username: 'demo', userDomainName: 'Default', password: PASSWORD, projectName: 'demo', projectDomainName: 'Default', maxRetries: 0 });

describe('createKeystoneAuth against a loopback Keystone', () => {
  it('POSTs the password body to {auth_url}/v3/auth/tokens (with or without /v3) and exposes the token response', async () => {
    for (const authUrl of [fake.authUrl, fake.authUrl.replace(/\/v3$/, ''), `${fake.authUrl}/`]) {
      const auth = createKeystoneAuth({ ...credentials(), authUrl });
      const result = await auth();
      expect(result.token).toMatch(/^tok-\d+$/);
      expect(result).toMatchObject({ type: 'token', headerName: 'X-Auth-Token', project: { id: PROJECT_ID }, user: { id: 'u1' }, roles: [{ name: 'member' }] });
      expect(result.expiresAt).toBeInstanceOf(Date);
      expect(result.issuedAt).toBeInstanceOf(Date);
      expect(result.catalog.map((entry) => entry.type)).toContain('compute');
    }
    const [first] = fake.authRequests();
    expect(first?.headers['content-type']).toBe('application/json');
    expect(first?.body).toEqual({
      auth: {
        identity: { methods: ['password'], password: { user: { name: 'demo', domain: { name: 'Default' }, password: PASSWORD } } },
        scope: { project: { name: 'demo', domain: { name: 'Default' } } },
      },
    });
    expect(fake.authRequests().map((r) => r.path)).toEqual(['/identity/v3/auth/tokens', '/identity/v3/auth/tokens', '/identity/v3/auth/tokens']);
  });

  it('keeps the token out of JSON and console output', async () => {
    const result = await createKeystoneAuth(credentials())();
    expect(JSON.stringify(result)).not.toContain(result.token);
    expect(inspect(result, { depth: 5 })).not.toContain(result.token);
  });

  it('caches the token, and 200 concurrent calls at expiry cause exactly one authentication', async () => {
    let clock = Date.now();
    fake.now = () => clock;
    fake.tokenLifetimeMs = 600_000;
    const auth = createKeystoneAuth({ ...credentials(), now: () => clock });
    await auth();
    await auth();
    expect(fake.authRequests()).toHaveLength(1);
    clock += 600_000 - 59_000; // inside the 60 s refresh margin
    const results = await Promise.all(Array.from({ length: 200 }, () => auth()));
    expect(fake.authRequests()).toHaveLength(2);
    expect(new Set(results.map((r) => r.token))).toEqual(new Set(['tok-2']));
  });

  it('200 concurrent API calls share one authentication', async () => {
    const cloud = await connect({ ...credentials(), now: undefined });
    const calls = await Promise.all(Array.from({ length: 200 }, () => unwrap(cloud.compute.GET('/flavors'))));
    expect(calls).toHaveLength(200);
    expect(fake.authRequests()).toHaveLength(1);
  });

  it('a 401 on an API call re-authenticates once and retries that call once', async () => {
    const cloud = await connect(credentials());
    await unwrap(cloud.compute.GET('/flavors'));
    fake.valid.clear(); // Keystone revoked every token
    const data = await unwrap(cloud.network.POST('/networks', { body: { network: { name: 'n1' } } as never }));
    expect(data).toMatchObject({ path: '/network/v2.0/networks', echo: { network: { name: 'n1' } } });
    expect(fake.authRequests()).toHaveLength(2);
    const networkCalls = fake.requests.filter((r) => r.path === '/network/v2.0/networks');
    expect(networkCalls.map((r) => r.headers['x-auth-token'])).toEqual(['tok-1', 'tok-2']);
  });

  it('cloud.authentication follows the re-authentication a revoked token causes', async () => {
    const cloud = await connect(credentials());
    const before = cloud.authentication;
    expect(before?.token).toBe('tok-1');
    fake.valid.clear(); // Keystone revoked every token
    await unwrap(cloud.compute.GET('/flavors'));
    expect(fake.authRequests()).toHaveLength(2);
    expect(cloud.authentication?.token).toBe('tok-2');
    expect(cloud.authentication).not.toBe(before);
    expect(cloud.authentication).toBe(cloud.authentication);
    await cloud.close();
    expect(cloud.authentication).toBeUndefined();
  });

  it('a second 401 surfaces UnauthorizedError, without a loop and without secrets', async () => {
    const cloud = await connect(credentials());
    fake.alwaysUnauthorized = true;
    const error = await unwrap(cloud.compute.GET('/servers')).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UnauthorizedError);
    expect(fake.authRequests()).toHaveLength(2);
    expect(fake.requests.filter((r) => r.path === '/compute/v2.1/servers')).toHaveLength(2);
    for (const text of [String(error), JSON.stringify(error), inspect(error, { depth: 5 })]) {
      expect(text).not.toContain(PASSWORD);
      expect(text).not.toMatch(/tok-\d/);
    }
  });

  it('Keystone rejecting the credentials is an UnauthorizedError that names no secret', async () => {
    fake.rejectAuth = 1;
    const error = await createKeystoneAuth(credentials())().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UnauthorizedError);
    expect((error as Error).message).toContain('POST');
    expect((error as Error).message).toContain('requires authentication');
    for (const text of [String(error), JSON.stringify(error), inspect(error, { depth: 5 })]) expect(text).not.toContain(PASSWORD);
  });

  it('connect() fails on bad credentials', async () => {
    fake.rejectAuth = 1;
    await expect(connect(credentials())).rejects.toBeInstanceOf(UnauthorizedError);
  });

  it('token, application credential and TOTP methods reach Keystone with their bodies', async () => {
    await createKeystoneAuth({ authUrl: fake.authUrl, token: 'gAAAA-existing', projectId: PROJECT_ID })();
    await createKeystoneAuth({ authUrl: fake.authUrl, applicationCredentialId: 'ac1', applicationCredentialSecret: 'ac-secret' })();
    await createKeystoneAuth({ authUrl: fake.authUrl, authType: 'v3totp', userId: 'u1', passcode: '123456', domainId: 'default' })();
    expect(fake.authRequests().map((r) => r.body)).toEqual([
      { auth: { identity: { methods: ['token'], token: { id: 'gAAAA-existing' } }, scope: { project: { id: PROJECT_ID } } } },
      { auth: { identity: { methods: ['application_credential'], application_credential: { id: 'ac1', secret: 'ac-secret' } } } },
      { auth: { identity: { methods: ['totp'], totp: { user: { id: 'u1', passcode: '123456' } } }, scope: { domain: { id: 'default' } } } },
    ]);
  });

  it('treats expires_at: null as never expiring', async () => {
    fake.tokenLifetimeMs = null;
    const auth = createKeystoneAuth(credentials());
    expect((await auth()).expiresAt).toBeUndefined();
    await auth();
    expect(fake.authRequests()).toHaveLength(1);
  });

  it('forget() drops the token; revoke() deletes it in Keystone', async () => {
    const auth = createKeystoneAuth(credentials());
    expect(auth.current()).toBeUndefined();
    const first = await auth();
    expect(auth.current()).toBe(first);
    auth.forget();
    expect(auth.current()).toBeUndefined();
    const second = await auth();
    expect(second.token).toBe('tok-2');
    await auth.revoke();
    expect(fake.valid.has('tok-2')).toBe(false);
    const deletion = fake.requests.find((r) => r.method === 'DELETE');
    expect(deletion?.headers['x-subject-token']).toBe('tok-2');
  });
});
