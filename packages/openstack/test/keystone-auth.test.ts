import { inspect } from 'node:util';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AuthenticationError, createKeystoneAuth, unwrap, NotFoundError, UnauthorizedError, createOpenStackClient } from '../src/index.js';
import { APPLICATION_CREDENTIAL, PASSWORD, PROJECT, PROJECT_ID, startFakeOpenStack, TOTP_PASSCODE, USER, type FakeOpenStack } from './support/fake-openstack.js';

let fake: FakeOpenStack;
beforeEach(async () => {
  fake = await startFakeOpenStack();
});
afterEach(async () => {
  await fake.close();
});

const credentials = () => ({ authUrl: fake.authUrl, username: USER.name, userDomainName: USER.domain.name, password: PASSWORD, projectName: PROJECT.name, projectDomainName: PROJECT.domain.name, maxRetries: 0 });

describe('createKeystoneAuth against a loopback Keystone', () => {
  it('POSTs the password body to {auth_url}/v3/auth/tokens (with or without /v3) and exposes the token response', async () => {
    for (const authUrl of [fake.authUrl, fake.authUrl.replace(/\/v3$/, ''), `${fake.authUrl}/`]) {
      const auth = createKeystoneAuth({ ...credentials(), authUrl });
      const result = await auth();
      expect(result.token).toMatch(/^tok-\d+$/);
      expect(result).toMatchObject({ type: 'token', headerName: 'X-Auth-Token', project: { id: PROJECT_ID }, user: { id: USER.id, password_expires_at: null }, roles: [{ name: 'member' }, { name: 'reader' }] });
      expect(result.expiresAt).toBeInstanceOf(Date);
      expect(result.issuedAt).toBeInstanceOf(Date);
      expect(result.catalog.map((entry) => entry.type)).toContain('compute');
    }
    const [first] = fake.authRequests();
    expect(first?.headers['content-type']).toBe('application/json');
    expect(first?.body).toEqual({
      auth: {
        identity: { methods: ['password'], password: { user: { name: USER.name, domain: { name: USER.domain.name }, password: PASSWORD } } },
        scope: { project: { name: PROJECT.name, domain: { name: PROJECT.domain.name } } },
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

  // Sharing is what is checked, not throughput: 40 loopback calls in flight at once make the point
  // without 200 HTTP round trips, which outlasted the test timeout on a loaded machine.
  it('concurrent API calls share one authentication', async () => {
    const cloud = await createOpenStackClient({ ...credentials(), now: undefined });
    const calls = await Promise.all(Array.from({ length: 40 }, () => unwrap(cloud.compute.GET('/flavors'))));
    expect(calls).toHaveLength(40);
    expect(fake.authRequests()).toHaveLength(1);
    expect(new Set(fake.requests.filter((r) => r.path.endsWith('/flavors')).map((r) => r.headers['x-auth-token']))).toEqual(new Set(['tok-1']));
  });

  it('a 401 on an API call re-authenticates once and retries that call once', async () => {
    const cloud = await createOpenStackClient(credentials());
    await unwrap(cloud.compute.GET('/flavors'));
    fake.valid.clear(); // Keystone revoked every token
    const data = await unwrap(cloud.network.POST('/networks', { body: { network: { name: 'n1' } } }));
    expect(data).toMatchObject({ network: { name: 'n1', status: 'ACTIVE' } });
    expect(fake.requests.filter((r) => r.path === '/network/v2.0/networks').map((r) => r.body)).toEqual([{ network: { name: 'n1' } }, { network: { name: 'n1' } }]);
    expect(fake.authRequests()).toHaveLength(2);
    const networkCalls = fake.requests.filter((r) => r.path === '/network/v2.0/networks');
    expect(networkCalls.map((r) => r.headers['x-auth-token'])).toEqual(['tok-1', 'tok-2']);
  });

  it('cloud.authentication follows the re-authentication a revoked token causes', async () => {
    const cloud = await createOpenStackClient(credentials());
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
    const cloud = await createOpenStackClient(credentials());
    fake.alwaysUnauthorized = true;
    const error = await unwrap(cloud.compute.GET('/servers')).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UnauthorizedError);
    expect(error).toBeInstanceOf(AuthenticationError);
    expect(fake.authRequests()).toHaveLength(2);
    expect(fake.requests.filter((r) => r.path === '/compute/v2.1/servers')).toHaveLength(2);
    for (const text of [String(error), JSON.stringify(error), inspect(error, { depth: 5 })]) {
      expect(text).not.toContain(PASSWORD);
      expect(text).not.toMatch(/tok-\d/);
    }
  });

  it('Keystone rejecting the credentials is an UnauthorizedError (so an AuthenticationError, as every provider raises) that names no secret', async () => {
    const wrong = 'not-the-Pa55word';
    const error = await createKeystoneAuth({ ...credentials(), password: wrong })().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UnauthorizedError);
    expect(error).toBeInstanceOf(AuthenticationError);
    expect(error).toMatchObject({ status: 401, method: 'POST' });
    expect((error as Error).message).toContain('POST');
    expect((error as Error).message).toContain('requires authentication');
    for (const text of [String(error), JSON.stringify(error), inspect(error, { depth: 5 })]) expect(text).not.toContain(wrong);
  });

  it('createOpenStackClient() fails on bad credentials: a wrong password, an unknown user, a project the user has no role on', async () => {
    await expect(createOpenStackClient({ ...credentials(), password: 'wrong' })).rejects.toBeInstanceOf(UnauthorizedError);
    await expect(createOpenStackClient({ ...credentials(), password: 'wrong' })).rejects.toBeInstanceOf(AuthenticationError);
    await expect(createOpenStackClient({ ...credentials(), username: 'nobody' })).rejects.toBeInstanceOf(UnauthorizedError);
    await expect(createOpenStackClient({ ...credentials(), projectName: 'someone-elses' })).rejects.toBeInstanceOf(UnauthorizedError);
    expect(fake.valid.size).toBe(0);
  });

  it('an unscoped token carries no catalog: services cannot be reached, and say why', async () => {
    const cloud = await createOpenStackClient({ authUrl: fake.authUrl, userId: USER.id, password: PASSWORD });
    expect(cloud.authentication?.project).toBeUndefined();
    expect(cloud.authentication?.catalog).toEqual([]);
    expect(cloud.authentication?.roles).toEqual([]);
    expect(() => cloud.compute).toThrow(/not in the catalog/);
  });

  it('token (unscoped, then rescoped), application credential and TOTP methods reach Keystone with their bodies', async () => {
    const unscoped = await createKeystoneAuth({ authUrl: fake.authUrl, userId: USER.id, password: PASSWORD })();
    const rescoped = await createKeystoneAuth({ authUrl: fake.authUrl, token: unscoped.token, projectId: PROJECT_ID })();
    expect(rescoped.tokenInfo.methods).toEqual(['password', 'token']);
    expect(rescoped.project?.id).toBe(PROJECT_ID);
    const ac = APPLICATION_CREDENTIAL;
    const byAppCredential = await createKeystoneAuth({ authUrl: fake.authUrl, applicationCredentialId: ac.id, applicationCredentialSecret: ac.secret })();
    expect(byAppCredential.tokenInfo['application_credential']).toEqual({ id: ac.id, name: ac.name, restricted: true });
    const byTotp = await createKeystoneAuth({ authUrl: fake.authUrl, authType: 'v3totp', userId: USER.id, passcode: TOTP_PASSCODE, domainId: 'default' })();
    expect(byTotp.domain).toEqual({ id: 'default', name: 'Default' });
    expect(fake.authRequests().map((r) => r.body)).toEqual([
      { auth: { identity: { methods: ['password'], password: { user: { id: USER.id, password: PASSWORD } } } } },
      { auth: { identity: { methods: ['token'], token: { id: unscoped.token } }, scope: { project: { id: PROJECT_ID } } } },
      { auth: { identity: { methods: ['application_credential'], application_credential: { id: ac.id, secret: ac.secret } } } },
      { auth: { identity: { methods: ['totp'], totp: { user: { id: USER.id, passcode: TOTP_PASSCODE } } }, scope: { domain: { id: 'default' } } } },
    ]);
  });

  it('a token Keystone never issued is 404 "Could not recognize Fernet token", as Keystone answers', async () => {
    const error = await createKeystoneAuth({ authUrl: fake.authUrl, token: 'gAAAA-never-issued', projectId: PROJECT_ID })().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NotFoundError);
    expect((error as Error).message).toContain('Could not recognize Fernet token');
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
