import { HttpResponse } from 'msw';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { AuthenticationError, createOpenvCloudClient, OpenvCloudAuthError, SessionExpiredError } from '../src/index.js';
import { fakeServices, G8 } from './support/fake-services.js';

const PASSWORD = 'pa55w0rd-very-secret';
const fake = fakeServices();
let sessions = 0;
let valid = new Set<string>();
beforeAll(() => fake.server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  fake.requests.length = 0;
  sessions = 0;
  valid = new Set();
});
afterAll(() => fake.server.close());

fake.g8('/cloudapi/users/authenticate', async (request) => {
  const { username, password } = JSON.parse(request.body) as { username: string; password: string };
  if (username !== 'alice' || password !== PASSWORD) return HttpResponse.json(`bad credentials for ${username}: ${password}`, { status: 401 });
  const key = `session-${++sessions}`;
  valid.add(key);
  return key;
});
fake.g8('/cloudapi/machines/create', (request) => {
  const key = request.headers.get('authorization')?.replace(/^authkey /, '');
  if (!key || !valid.has(key)) return HttpResponse.json('Authentication Timeout', { status: 419 });
  return 42;
});

const logins = () => fake.g8Requests().filter((r) => r.url.pathname.endsWith('/users/authenticate'));

describe('createLegacyLoginAuth', () => {
  it('logs in once and sends the session key as authkey', async () => {
    const client = createOpenvCloudClient({ url: G8, login: 'alice', password: PASSWORD });
    const body = { cloudspaceId: 7, name: 'vm1', imageId: 3, disksize: 10 };
    await expect(Promise.all([client.api.cloudapi.machines.create(body), client.api.cloudapi.machines.create(body)])).resolves.toEqual([42, 42]);
    expect(logins()).toHaveLength(1);
    expect(JSON.parse(logins()[0]!.body)).toEqual({ username: 'alice', password: PASSWORD });
    expect(logins()[0]!.headers.get('authorization')).toBeNull();
    const calls = fake.g8Requests().filter((r) => r.url.pathname === '/restmachine/cloudapi/machines/create');
    expect(calls.map((r) => r.headers.get('authorization'))).toEqual(['authkey session-1', 'authkey session-1']);
  });

  it('logs in again once on 419 and replays the request with its body', async () => {
    const client = createOpenvCloudClient({ url: G8, login: 'alice', password: PASSWORD });
    await client.api.cloudapi.machines.create({ cloudspaceId: 7, name: 'vm1', imageId: 3, disksize: 10 });
    valid.clear(); // the portal forgot the session
    await expect(client.api.cloudapi.machines.create({ cloudspaceId: 7, name: 'vm2', imageId: 3, disksize: 10 })).resolves.toBe(42);
    expect(logins()).toHaveLength(2);
    const calls = fake.g8Requests().filter((r) => r.url.pathname === '/restmachine/cloudapi/machines/create');
    expect(calls.map((r) => [r.headers.get('authorization'), JSON.parse(r.body).name])).toEqual([
      ['authkey session-1', 'vm1'],
      ['authkey session-1', 'vm2'],
      ['authkey session-2', 'vm2'],
    ]);
  });

  it('does not loop when the portal keeps answering 419', async () => {
    fake.g8('/cloudapi/images/list', () => HttpResponse.json('Authentication Timeout', { status: 419 }));
    const client = createOpenvCloudClient({ url: G8, login: 'alice', password: PASSWORD });
    const error = await client.api.cloudapi.images.list().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SessionExpiredError);
    expect((error as SessionExpiredError).status).toBe(419);
    expect(error).toBeInstanceOf(AuthenticationError);
    expect(logins()).toHaveLength(2);
    expect(fake.g8Requests().filter((r) => r.url.pathname.endsWith('/images/list'))).toHaveLength(2);
  });

  it('reports a failed login without the password', async () => {
    const client = createOpenvCloudClient({ url: G8, login: 'alice', password: PASSWORD + 'x' });
    const error = await client.api.cloudapi.machines.create({ cloudspaceId: 7, name: 'vm1', imageId: 3, disksize: 10 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(OpenvCloudAuthError);
    expect(error).toBeInstanceOf(AuthenticationError);
    expect((error as Error).message).toBe('[@stratus/openvcloud] login as "alice" failed: 401');
    expect(JSON.stringify(error)).not.toContain(PASSWORD);
  });
});
