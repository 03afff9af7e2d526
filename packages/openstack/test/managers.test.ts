import { afterEach, beforeEach, expect, expectTypeOf, it } from 'vitest';
import { createOpenStackClient, ForbiddenError, NotFoundError } from '../src/index.js';
import { ADMIN, ADMIN_PASSWORD, BOARDS, PASSWORD, PROJECT_ID, startFakeOpenStack, USER, type FakeOpenStack } from './support/fake-openstack.js';

// The generated managers come with every service client createOpenStackClient() creates: cloud.compute.flavors…

let fake: FakeOpenStack;
beforeEach(async () => {
  fake = await startFakeOpenStack();
});
afterEach(async () => {
  await fake.close();
});

it('cloud.compute.flavors.find() through a Keystone session, with the catalog URL and the session token', async () => {
  const cloud = await createOpenStackClient({ authUrl: fake.authUrl, userId: USER.id, password: PASSWORD, projectId: PROJECT_ID });
  const flavor = await cloud.compute.flavors.find({ name: 'standard.tiny' });
  expect(flavor).toMatchObject({ id: '1', name: 'standard.tiny' });
  expectTypeOf(flavor.name).toEqualTypeOf<string>();
  const call = fake.requests.find((r) => r.path === '/compute/v2.1/flavors/detail');
  expect(call?.headers['x-auth-token']).toBe('tok-1');
});

it('cloud.iot.boards.list() in direct mode (iotronicclient os_auth_token + iotronic_url)', async () => {
  fake.valid.add('direct-token');
  const cloud = await createOpenStackClient({ token: 'direct-token', endpoints: { iot: `${fake.baseUrl}/iot/v1` } });
  expect(await cloud.iot.boards.list().all()).toEqual(BOARDS);
  expect(fake.requests.at(-1)?.path).toBe('/iot/v1/boards/detail');
});

it('cloud.identity.users.list({ limit: 1 }) gives each user once: Keystone ignores limit and answers links.next null', async () => {
  const cloud = await createOpenStackClient({ authUrl: fake.authUrl, userId: ADMIN.id, password: ADMIN_PASSWORD, projectId: PROJECT_ID });
  const users = await cloud.identity.users.list({ limit: 1 }).all();
  expect(users.map((user) => user.id)).toEqual([USER.id, ADMIN.id]);
  expect(fake.requests.filter((r) => r.path.startsWith('/identity/v3/users')).map((r) => r.path)).toEqual(['/identity/v3/users?limit=1']);
});

it('a member listing users gets ForbiddenError with Keystone\'s message', async () => {
  const cloud = await createOpenStackClient({ authUrl: fake.authUrl, userId: USER.id, password: PASSWORD, projectId: PROJECT_ID });
  const error = await cloud.identity.users.list().all().catch((e: unknown) => e);
  expect(error).toBeInstanceOf(ForbiddenError);
  expect((error as Error).message).toContain('You are not authorized to perform the requested action: identity:list_users.');
});

it('a server that does not exist is NotFoundError with Nova\'s message', async () => {
  const cloud = await createOpenStackClient({ authUrl: fake.authUrl, userId: USER.id, password: PASSWORD, projectId: PROJECT_ID });
  const error = await cloud.compute.servers.get('missing').catch((e: unknown) => e);
  expect(error).toBeInstanceOf(NotFoundError);
  expect((error as Error).message).toContain('Instance missing could not be found.');
});
