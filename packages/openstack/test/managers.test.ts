import { afterEach, beforeEach, expect, expectTypeOf, it } from 'vitest';
import { connect } from '../src/index.js';
import { PROJECT_ID, startFakeOpenStack, type FakeOpenStack } from './support/fake-openstack.js';

// The generated managers come with every service client connect() creates: cloud.compute.flavors…

let fake: FakeOpenStack;
beforeEach(async () => {
  fake = await startFakeOpenStack();
});
afterEach(async () => {
  await fake.close();
});

it('cloud.compute.flavors.find() through a Keystone session, with the catalog URL and the session token', async () => {
  const cloud = await connect({ authUrl: fake.authUrl, userId: 'u1', password: 'pw', projectId: PROJECT_ID });
  const flavor = await cloud.compute.flavors.find({ name: 'standard.tiny' });
  expect(flavor).toMatchObject({ id: '1', name: 'standard.tiny' });
  expectTypeOf(flavor.name).toEqualTypeOf<string>();
  const call = fake.requests.find((r) => r.path === '/compute/v2.1/flavors/detail');
  expect(call?.headers['x-auth-token']).toBe('tok-1');
});

it('cloud.iot.boards.list() in direct mode (iotronicclient os_auth_token + iotronic_url)', async () => {
  fake.valid.add('direct-token');
  const cloud = await connect({ token: 'direct-token', endpoints: { iot: `${fake.baseUrl}/iot/v1` } });
  expect(await cloud.iot.boards.list().all()).toEqual([{ uuid: 'b1', name: 'board-1' }]);
  expect(fake.requests.at(-1)?.path).toBe('/iot/v1/boards/detail');
});
