import { HttpResponse } from 'msw';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  createItsYouOnlineAuth,
  createOpenvCloudClient,
  InvalidConfigurationError,
  OpenvCloudResourceNotFoundError,
  selectImage,
  selectSize,
} from '../src/index.js';
import { fakeServices, G8, makeJwt } from './support/fake-services.js';

const fake = fakeServices();
beforeAll(() => fake.server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => void (fake.requests.length = 0));
afterAll(() => fake.server.close());

const client = createOpenvCloudClient({ url: G8, auth: createItsYouOnlineAuth({ jwt: makeJwt({ exp: Math.floor(Date.now() / 1000) + 3600 }) }) });
const body = (path: string) => fake.g8Requests().filter((r) => r.url.pathname === `/restmachine${path}`).map((r) => JSON.parse(r.body) as Record<string, unknown>);

const SIZES = [
  { id: 1, name: 'S', memory: 512, vcpus: 1 },
  { id: 2, name: 'M', memory: 1024, vcpus: 1 },
  { id: 3, name: 'L', memory: 2048, vcpus: 2 },
  { id: 4, name: 'L1', memory: 2048, vcpus: 1 },
  { id: 5, name: 'XL', memory: 4096, vcpus: 2 },
];
const IMAGES = [
  { id: 10, name: 'Ubuntu 14.04 x64' },
  { id: 11, name: 'Windows 2012r2 Standard' },
  { id: 12, name: 'ubuntu 16.04 x64' },
  { id: 13, name: 'Ubuntu 16.04 x64 (legacy)' },
];

function seed() {
  const state = {
    accounts: [{ id: 1, name: 'acme' }, { id: 2, name: 'other' }] as { id: number; name: string }[],
    spaces: [
      { id: 7, accountId: 1, name: 'prod', location: 'be-g8-1', status: 'DEPLOYED', publicipaddress: '185.15.201.7' },
      { id: 8, accountId: 1, name: 'prod', location: 'ch-g8-1', status: 'DEPLOYED', publicipaddress: '185.15.201.8' },
      { id: 9, accountId: 2, name: 'dev', location: 'be-g8-1', status: 'DEPLOYED', publicipaddress: '185.15.201.9' },
    ] as Record<string, unknown>[],
    machines: [{ id: 100, name: 'db-1', cloudspaceId: 7 }] as { id: number; name: string; cloudspaceId: number }[],
    forwards: [] as Record<string, unknown>[],
    locations: [{ id: 1, name: 'Belgium', locationCode: 'be-g8-1' }] as Record<string, unknown>[],
  };
  const json = (r: { body: string }) => JSON.parse(r.body) as { name: string; accountId: number; location: string; cloudspaceId: number; machineId: number; publicIp: string; publicPort: number; localPort: number; protocol: string };
  fake.g8('/cloudapi/locations/list', () => state.locations);
  fake.g8('/cloudapi/accounts/list', () => state.accounts);
  fake.g8('/cloudbroker/account/create', (r) => {
    state.accounts.push({ id: 3, name: json(r).name });
    return 3;
  });
  fake.g8('/cloudapi/cloudspaces/list', () => state.spaces);
  fake.g8('/cloudapi/cloudspaces/get', (r) => state.spaces.find((s) => s.id === json(r).cloudspaceId));
  fake.g8('/cloudapi/cloudspaces/create', (r) => {
    const { accountId, name, location } = json(r);
    state.spaces.push({ id: 20, accountId, name, location, status: 'VIRTUAL' });
    return 20;
  });
  fake.g8('/cloudapi/images/list', () => IMAGES);
  fake.g8('/cloudapi/sizes/list', () => SIZES);
  fake.g8('/cloudapi/machines/list', (r) => state.machines.filter((m) => m.cloudspaceId === json(r).cloudspaceId));
  fake.g8('/cloudapi/machines/create', (r) => {
    const { name, cloudspaceId } = json(r);
    if (state.machines.some((m) => m.name === name && m.cloudspaceId === cloudspaceId)) return HttpResponse.json(`Machine ${name} already exists`, { status: 409 });
    state.machines.push({ id: 101, name, cloudspaceId });
    return 101;
  });
  fake.g8('/cloudapi/machines/delete', (r) => {
    const { machineId } = json(r);
    const index = state.machines.findIndex((m) => m.id === machineId);
    if (index === -1) return HttpResponse.json(`Machine ${machineId} not found`, { status: 404 });
    state.machines.splice(index, 1);
    return true;
  });
  fake.g8('/cloudapi/machines/get', (r) => ({ id: json(r).machineId, name: 'db-1', status: 'RUNNING', disks: [{ id: 5, name: 'Boot disk', type: 'B', sizeMax: 10 }, { id: 6, name: 'data', type: 'D', sizeMax: 50 }] }));
  fake.g8('/cloudapi/portforwarding/list', () => state.forwards);
  fake.g8('/cloudapi/portforwarding/create', (r) => {
    const { publicIp, publicPort, machineId, localPort, protocol } = json(r);
    state.forwards.push({ id: state.forwards.length + 1, publicIp, publicPort: String(publicPort), machineId, localPort: String(localPort), protocol });
    return true;
  });
  return state;
}

describe('client.locations / accounts / accountGet', () => {
  it('lists locations and accounts, and finds an account by name', async () => {
    seed();
    await expect(client.locations()).resolves.toEqual([{ id: 1, name: 'Belgium', locationCode: 'be-g8-1' }]);
    expect((await client.accounts()).map((a) => [a.id, a.name])).toEqual([[1, 'acme'], [2, 'other']]);
    const account = await client.accountGet('acme');
    expect([account.id, account.name]).toEqual([1, 'acme']);
    expect(body('/cloudbroker/account/create')).toEqual([]);
  });

  it('names the missing account and lists the existing ones', async () => {
    seed();
    const error = await client.accountGet('nope').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(OpenvCloudResourceNotFoundError);
    expect(error).toMatchObject({ kind: 'account', wanted: 'nope', available: ['acme', 'other'] });
    expect((error as Error).message).toBe('[@stratus/openvcloud] account "nope" not found; accounts: "acme", "other". Pass { create: true } to create it (G8 admins only)');
  });

  it('{ create: true } creates it through cloudbroker/account/create owned by the JWT user, then reads it back', async () => {
    seed();
    const account = await client.accountGet('newco', { create: true, maxMemoryCapacity: 16 });
    expect([account.id, account.name]).toEqual([3, 'newco']);
    expect(body('/cloudbroker/account/create')).toEqual([{ name: 'newco', username: 'alice@itsyouonline', maxMemoryCapacity: 16 }]);
  });

  it('explains a refused creation (not an admin)', async () => {
    seed();
    fake.g8('/cloudbroker/account/create', () => HttpResponse.json('Forbidden', { status: 403 }));
    await expect(client.accountGet('newco', { create: true })).rejects.toThrow(
      '[@stratus/openvcloud] account "newco" not found; accounts: "acme", "other". Creating it through cloudbroker/account/create was refused (403): that needs G8 admin rights; ask an admin to create it or grant you access',
    );
  });
});

describe('account.spaces / spaceGet', () => {
  it('lists the account\'s spaces and finds one by name and location (default: the only location)', async () => {
    seed();
    const account = await client.accountGet('acme');
    expect((await account.spaces()).map((s) => [s.id, s.name, s.location])).toEqual([[7, 'prod', 'be-g8-1'], [8, 'prod', 'ch-g8-1']]);
    expect((await account.spaceGet('prod')).id).toBe(7);
    expect((await account.spaceGet('prod', 'ch-g8-1')).id).toBe(8);
  });

  it('names the missing space and lists the account\'s spaces', async () => {
    seed();
    const account = await client.accountGet('acme');
    await expect(account.spaceGet('dev')).rejects.toThrow('[@stratus/openvcloud] cloudspace "dev" not found in account "acme" at location "be-g8-1"; cloudspaces: "prod (be-g8-1)", "prod (ch-g8-1)". Pass { create: true } to create it');
  });

  it('{ create: true } creates the cloudspace with the caller as access, then reads it back', async () => {
    seed();
    const account = await client.accountGet('acme');
    const space = await account.spaceGet('dev', undefined, { create: true, maxCPUCapacity: 8 });
    expect([space.id, space.name, space.location]).toEqual([20, 'dev', 'be-g8-1']);
    expect(body('/cloudapi/cloudspaces/create')).toEqual([{ accountId: 1, location: 'be-g8-1', name: 'dev', access: 'alice@itsyouonline', maxCPUCapacity: 8 }]);
  });

  it('gives a created cloudspace to the legacy login user', async () => {
    seed();
    fake.g8('/cloudapi/users/authenticate', () => 'session-key');
    const legacy = createOpenvCloudClient({ url: G8, login: 'bob', password: 'bobs-password' });
    await expect(legacy.login()).resolves.toBe('bob');
    await (await legacy.accountGet('acme')).spaceGet('dev', 'be-g8-1', { create: true });
    expect(body('/cloudapi/cloudspaces/create')).toEqual([{ accountId: 1, location: 'be-g8-1', name: 'dev', access: 'bob' }]);
  });

  it('asks who gets access when the auth cannot tell', async () => {
    seed();
    const anonymous = createOpenvCloudClient({ url: G8, auth: createItsYouOnlineAuth({ jwt: makeJwt({ username: undefined, exp: Math.floor(Date.now() / 1000) + 3600 }) }) });
    await expect((await anonymous.accountGet('acme')).spaceGet('dev', undefined, { create: true })).rejects.toThrow(
      new InvalidConfigurationError(`[@stratus/openvcloud] spaceGet: cannot tell which user gets access to the new cloudspace "dev"; pass { access: '<username>@itsyouonline' }`),
    );
    expect(body('/cloudapi/cloudspaces/create')).toEqual([]);
  });

  it('asks for a location when the G8 has several', async () => {
    const state = seed();
    state.locations.push({ id: 2, name: 'Switzerland', locationCode: 'ch-g8-1' });
    const account = await client.accountGet('acme');
    await expect(account.spaceGet('prod')).rejects.toThrow(new InvalidConfigurationError('[@stratus/openvcloud] pass a location: this G8 has several ("be-g8-1", "ch-g8-1")'));
  });
});

describe('vdc: images, machines, machineCreate, machineGet', () => {
  const vdc = async () => (await client.accountGet('acme')).spaceGet('prod');

  it('lists images for the space and its account, and machines by name', async () => {
    seed();
    const space = await vdc();
    expect(await space.images()).toEqual(IMAGES);
    expect(body('/cloudapi/images/list')).toEqual([{ cloudspaceId: 7, accountId: 1 }]);
    const machines = await space.machines();
    expect([...machines.keys()]).toEqual(['db-1']);
    expect(machines.get('db-1')?.id).toBe(100);
  });

  it('machineCreate uses the seed defaults: first image containing "Ubuntu 16.04 x64", the 2 GB size, a 10 GB boot disk', async () => {
    seed();
    const machine = await (await vdc()).machineCreate({ name: 'web-1', sshKeyName: 'deploy' });
    expect([machine.id, machine.name, machine.sshKeyName]).toEqual([101, 'web-1', 'deploy']);
    // Largest size with memory < 1.1 x 2048 MB: the first 2048 MB one (sizes are not filtered by vCPUs).
    expect(body('/cloudapi/machines/create')).toEqual([{ cloudspaceId: 7, name: 'web-1', imageId: 12, sizeId: 3, disksize: 10 }]);
  });

  it('machineCreate honours memory in GB or MB, vcpus, image, disks and an SSH public key', async () => {
    seed();
    await (await vdc()).machineCreate({ name: 'web-2', memory: 2048, vcpus: 1, image: 'windows', disksize: 40, datadisks: [100], sshPublicKey: 'ssh-ed25519 AAAA deploy' });
    expect(body('/cloudapi/machines/create')).toEqual([
      { cloudspaceId: 7, name: 'web-2', imageId: 11, sizeId: 4, disksize: 40, datadisks: [100], userdata: { ssh_authorized_keys: ['ssh-ed25519 AAAA deploy'] } },
    ]);
  });

  it('machineCreate returns the existing machine on 409 and rejects bad names', async () => {
    seed();
    const space = await vdc();
    expect((await space.machineCreate({ name: 'db-1' })).id).toBe(100);
    await expect(space.machineCreate({ name: 'my_vm' })).rejects.toThrow('[@stratus/openvcloud] machineCreate: machine name "my_vm" must not contain spaces or underscores');
    await expect(space.machineCreate({ name: 'vm', image: 'CoreOS' })).rejects.toThrow('[@stratus/openvcloud] image "CoreOS" not found; images: "Ubuntu 14.04 x64", "Windows 2012r2 Standard", "ubuntu 16.04 x64", "Ubuntu 16.04 x64 (legacy)"');
  });

  it('machineGet finds, explains, or creates (with 1 vCPU like Jumpscale)', async () => {
    seed();
    const space = await vdc();
    expect((await space.machineGet('db-1')).id).toBe(100);
    await expect(space.machineGet('web-9')).rejects.toThrow('[@stratus/openvcloud] machine "web-9" not found in cloudspace "prod"; machines: "db-1". Pass { create: true } to create it');
    const created = await space.machineGet('web-9', { create: true });
    expect(created.id).toBe(101);
    expect(body('/cloudapi/machines/create')).toEqual([{ cloudspaceId: 7, name: 'web-9', imageId: 12, sizeId: 4, disksize: 10 }]);
  });

  it('machineGet with { reset, create } deletes the existing machine, then creates it anew', async () => {
    const state = seed();
    const space = await vdc();
    const fresh = await space.machineGet('db-1', { reset: true, create: true, memory: 4, vcpus: 2 });
    expect([fresh.id, fresh.name]).toEqual([101, 'db-1']);
    expect(body('/cloudapi/machines/delete')).toEqual([{ machineId: 100 }]);
    expect(body('/cloudapi/machines/create')).toEqual([{ cloudspaceId: 7, name: 'db-1', imageId: 12, sizeId: 5, disksize: 10 }]);
    expect(state.machines).toEqual([{ id: 101, name: 'db-1', cloudspaceId: 7 }]);
    // Delete before create, never the other way round.
    const order = fake.g8Requests().map((r) => r.url.pathname).filter((path) => /machines\/(delete|create)$/.test(path));
    expect(order).toEqual(['/restmachine/cloudapi/machines/delete', '/restmachine/cloudapi/machines/create']);
  });

  it('machineGet with { reset } on a missing machine just creates it', async () => {
    seed();
    await (await vdc()).machineGet('web-3', { reset: true, create: true });
    expect(body('/cloudapi/machines/delete')).toEqual([]);
    expect(body('/cloudapi/machines/create')).toHaveLength(1);
  });

  it('machineGet refuses { reset } without { create } before any call (Jumpscale deleted, then failed)', async () => {
    const state = seed();
    const space = await vdc();
    fake.requests.length = 0;
    await expect(space.machineGet('db-1', { reset: true })).rejects.toThrow(InvalidConfigurationError);
    await expect(space.machineGet('db-1', { reset: true })).rejects.toThrow('[@stratus/openvcloud] machineGet("db-1"): { reset: true } deletes the machine, so it needs { create: true } to make it anew');
    expect(fake.g8Requests()).toEqual([]);
    expect(state.machines).toHaveLength(1);
  });

  it('machine.delete() sends machines/delete, permanently when asked', async () => {
    const state = seed();
    const machine = await (await vdc()).machineGet('db-1');
    await machine.delete({ permanently: true });
    expect(body('/cloudapi/machines/delete')).toEqual([{ machineId: 100, permanently: true }]);
    expect(state.machines).toEqual([]);
  });
});

describe('machine: model, disks, sshEndpoint', () => {
  const machine = async () => (await (await client.accountGet('acme')).spaceGet('prod')).machineGet('db-1');

  it('model() reads machines/get; disks() are its disks', async () => {
    seed();
    const m = await machine();
    expect(await m.model()).toMatchObject({ id: 100, status: 'RUNNING' });
    expect((await m.disks()).map((d) => [d.type, d.sizeMax])).toEqual([['B', 10], ['D', 50]]);
  });

  it('sshEndpoint() creates a forward to port 22 on the first free public port from 2200, then reuses it', async () => {
    const state = seed();
    state.forwards.push({ id: 1, publicIp: '185.15.201.7', publicPort: '2200', machineId: 55, localPort: '22', protocol: 'tcp' });
    state.forwards.push({ id: 2, publicIp: '185.15.201.7', publicPort: '2201', machineId: 56, localPort: '80', protocol: 'tcp' });
    const m = await machine();
    await expect(m.sshEndpoint()).resolves.toEqual({ host: '185.15.201.7', port: 2202, created: true });
    expect(body('/cloudapi/portforwarding/create')).toEqual([{ cloudspaceId: 7, publicIp: '185.15.201.7', publicPort: 2202, machineId: 100, localPort: 22, protocol: 'tcp' }]);
    await expect(m.sshEndpoint()).resolves.toEqual({ host: '185.15.201.7', port: 2202, created: false });
    expect(body('/cloudapi/portforwarding/create')).toHaveLength(1);
  });

  it('sshEndpoint() picks another port when the chosen one was taken meanwhile (409)', async () => {
    const state = seed();
    let first = true;
    fake.g8('/cloudapi/portforwarding/create', (r) => {
      if (first) {
        first = false;
        state.forwards.push({ id: 9, publicIp: '185.15.201.7', publicPort: '2200', machineId: 77, localPort: '22', protocol: 'tcp' });
        return HttpResponse.json('port in use', { status: 409 });
      }
      const { publicPort } = JSON.parse(r.body) as { publicPort: number };
      state.forwards.push({ id: 10, publicIp: '185.15.201.7', publicPort: String(publicPort), machineId: 100, localPort: '22', protocol: 'tcp' });
      return true;
    });
    await expect((await machine()).sshEndpoint()).resolves.toEqual({ host: '185.15.201.7', port: 2201, created: true });
  });

  it('sshEndpoint() explains a cloudspace without a public address', async () => {
    const state = seed();
    delete state.spaces[0]!['publicipaddress'];
    state.spaces[0]!['status'] = 'VIRTUAL';
    await expect((await machine()).sshEndpoint()).rejects.toThrow('[@stratus/openvcloud] cannot reach machine "db-1" in cloudspace "prod" over SSH: the cloudspace has no public IP address yet (status VIRTUAL); deploy it first');
  });
});

describe('selection rules (Jumpscale size_find_id / image_find_id)', () => {
  it('selectSize: memory < 100 is GB; largest size under 1.1 x memory; vcpus must match when given', () => {
    expect(selectSize(SIZES, 2).id).toBe(3);
    expect(selectSize(SIZES, 2, 1).id).toBe(4);
    expect(selectSize(SIZES, 1).id).toBe(2);
    expect(selectSize(SIZES, 1000).id).toBe(2); // 1000 MB > 1024 / 1.1
    expect(selectSize(SIZES, 900).id).toBe(1);
    expect(selectSize(SIZES, 64).id).toBe(5);
    expect(() => selectSize(SIZES, 4, 4)).toThrow('[@stratus/openvcloud] size "4096 MB, 4 vCPUs" not found; sizes: "XL: 4096 MB, 2 vCPUs", "L: 2048 MB, 2 vCPUs", "L1: 2048 MB, 1 vCPUs", "M: 1024 MB, 1 vCPUs", "S: 512 MB, 1 vCPUs"');
  });

  it('selectImage: first name containing the text, ignoring case', () => {
    expect(selectImage(IMAGES, 'Ubuntu 16.04 x64').id).toBe(12);
    expect(selectImage(IMAGES, 'ubuntu').id).toBe(10);
  });
});
