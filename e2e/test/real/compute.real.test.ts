import { generateKeyPairSync } from 'node:crypto';
import { expect, it } from 'vitest';
import { ConflictError, createOpenStackClient, MicroversionNotSupportedError, NotFoundError, unwrap } from '@stratus/openstack';
import { describeReal, type RealOpenStack } from './support/real-openstack.js';
import { adminOptions, memberOptions } from './support/real-credentials.js';
import { createRequestLog } from './support/request-log.js';
import { until } from './support/until.js';

const uniqueName = (kind: string): string => `stratus-e2e-${kind}-${crypto.randomUUID().slice(0, 8)}`;

/** Nova maps its compute host into the cell a few seconds after it starts: wait for the hypervisor. */
async function computeHostReady(openstack: RealOpenStack): Promise<void> {
  await using admin = await createOpenStackClient(adminOptions(openstack));
  await until(() => admin.compute.hypervisors.list().all(), (hypervisors) => hypervisors.length > 0, 'the fake hypervisor', 600);
}

/** A small active image of the member's project: Nova's fake driver never reads it, Nova checks it exists. */
async function uploadImage(openstack: RealOpenStack): Promise<{ id: string; [Symbol.asyncDispose](): Promise<void> }> {
  const cloud = await createOpenStackClient(memberOptions(openstack));
  const image = await cloud.image.images.create({ name: uniqueName('image'), disk_format: 'raw', container_format: 'bare' });
  await unwrap(cloud.image.PUT('/images/{image_id}/file', { params: { path: { image_id: image.id } }, body: new Uint8Array(1024) }));
  return {
    id: image.id,
    async [Symbol.asyncDispose]() {
      await cloud.image.images.delete(image.id);
      await cloud.close();
    },
  };
}

/**
 * A server's task, or null when none runs. A server of a cell that is down comes back without it
 * (status UNKNOWN, a few fields): the types say so, and the check names what is missing.
 */
function taskState(server: { status: string } | { status: string; 'OS-EXT-STS:task_state': string | null }): string | null {
  if (!('OS-EXT-STS:task_state' in server)) throw new Error(`server without a task state (status ${server.status}): its cell is down`);
  return server['OS-EXT-STS:task_state'];
}

/** A new Ed25519 public key in OpenSSH's one-line form (Nova stopped generating keys at 2.92). */
function sshPublicKey(): string {
  const { publicKey } = generateKeyPairSync('ed25519');
  const raw = publicKey.export({ format: 'der', type: 'spki' }).subarray(-32);
  const field = (bytes: Uint8Array) => Buffer.concat([Buffer.from([0, 0, 0, bytes.length]), bytes]);
  return `ssh-ed25519 ${Buffer.concat([field(Buffer.from('ssh-ed25519')), field(raw)]).toString('base64')} stratus-e2e`;
}

// Nova runs its API, conductor, scheduler and a compute service with the fake virt driver in one
// process: servers are scheduled through the real Placement, boot from the real Glance's images and
// go ACTIVE without running anything. No Neutron behind it: servers are created with `networks: 'none'`.
describeReal('real Nova: flavors, keypairs, servers and their actions, microversions', (openstack) => {
  it('the novaclient seed’s flow: flavors.find({ ram: 512 }), servers.create, servers.list() — the server goes ACTIVE, is listed, then deleted', async () => {
    await computeHostReady(openstack);
    await using admin = await createOpenStackClient(adminOptions(openstack));
    const flavorName = uniqueName('flavor');
    const flavor = await admin.compute.flavors.create({ flavor: { name: flavorName, ram: 512, vcpus: 1, disk: 1 } });
    await using image = await uploadImage(openstack);
    await using cloud = await createOpenStackClient({ ...memberOptions(openstack), microversions: { compute: '2.79' } });
    try {
      const found = await cloud.compute.flavors.find({ ram: 512, name: flavorName });
      expect(found.id).toBe(flavor.id);
      expect(found.vcpus).toBe(1);

      const created = await cloud.compute.servers.create({ server: { name: uniqueName('server'), flavorRef: found.id, imageRef: image.id, networks: 'none' } });
      if (!('server' in created)) throw new Error('no server in the create answer');
      const { id } = created.server;
      try {
        const active = await until(() => cloud.compute.servers.get(id), (server) => server.status !== 'BUILD', 'server build', 600);
        expect(active.status).toBe('ACTIVE');
        expect(active.flavor.original_name).toBe(flavorName);
        expect('addresses' in active ? active.addresses : undefined).toEqual({});

        const listed = [];
        for await (const server of cloud.compute.servers.list()) listed.push(server.id);
        expect(listed).toContain(id);
      } finally {
        await cloud.compute.servers.delete(id);
      }
      await until(
        () => cloud.compute.servers.get(id).then(() => 'present', (error: unknown) => (error instanceof NotFoundError ? 'gone' : Promise.reject(error))),
        (state) => state === 'gone',
        'server delete',
        600,
      );
    } finally {
      await admin.compute.flavors.delete(flavor.id);
    }
  });

  it('servers: reboot, stop and start, list across pages; keypairs created, listed, deleted', async () => {
    await computeHostReady(openstack);
    await using admin = await createOpenStackClient(adminOptions(openstack));
    const flavor = await admin.compute.flavors.create({ flavor: { name: uniqueName('flavor'), ram: 256, vcpus: 1, disk: 1 } });
    await using image = await uploadImage(openstack);
    await using cloud = await createOpenStackClient(memberOptions(openstack));
    const { compute } = cloud;
    const keyName = uniqueName('key');
    const publicKey = sshPublicKey();
    const keypair = await compute.keypairs.create({ keypair: { name: keyName, public_key: publicKey } });
    const ids: string[] = [];
    try {
      expect(keypair.name).toBe(keyName);
      expect(keypair.public_key).toBe(publicKey);
      expect((await compute.keypairs.get(keyName)).fingerprint).toBe(keypair.fingerprint);
      expect((await compute.keypairs.list().all()).map((entry) => entry.keypair.name)).toContain(keyName);
      await expect(compute.keypairs.create({ keypair: { name: keyName, public_key: publicKey } })).rejects.toBeInstanceOf(ConflictError);

      const prefix = uniqueName('paged');
      for (const index of [0, 1]) {
        const created = await compute.servers.create({ server: { name: `${prefix}-${index}`, flavorRef: flavor.id, imageRef: image.id, networks: 'none', key_name: keyName } });
        if (!('server' in created)) throw new Error('no server in the create answer');
        ids.push(created.server.id);
      }
      const status = (id: string) => compute.servers.get(id);
      for (const id of ids) expect((await until(() => status(id), (server) => server.status !== 'BUILD', 'server build', 600)).status).toBe('ACTIVE');

      // Pages of one server, following servers_links (the last, after a full page, may be empty).
      const pages = [];
      for await (const page of compute.servers.list({ name: prefix, limit: 1 }).pages()) pages.push(page.map((server) => server.id));
      expect(pages.every((page) => page.length <= 1)).toBe(true);
      expect(pages.flat().sort()).toEqual([...ids].sort());

      const [first] = ids;
      if (first === undefined) throw new Error('no server created');
      await compute.servers.reboot(first, { type: 'SOFT' });
      await until(() => status(first), (server) => server.status === 'ACTIVE' && taskState(server) === null, 'reboot', 600);
      await compute.servers.stop(first);
      expect((await until(() => status(first), (server) => taskState(server) === null && server.status !== 'ACTIVE', 'stop', 600)).status).toBe('SHUTOFF');
      // Stopping a stopped server is a conflict.
      await expect(compute.servers.stop(first)).rejects.toBeInstanceOf(ConflictError);
      await compute.servers.start(first);
      expect((await until(() => status(first), (server) => taskState(server) === null && server.status !== 'SHUTOFF', 'start', 600)).status).toBe('ACTIVE');
    } finally {
      for (const id of ids) await compute.servers.delete(id);
      await compute.keypairs.delete(keyName);
      await admin.compute.flavors.delete(flavor.id);
    }
    await expect(compute.keypairs.get(keyName)).rejects.toBeInstanceOf(NotFoundError);
  });

  it('microversions: unpinned negotiates the server’s newest, a pin is sent as is, a pin above the newest is a 406', async () => {
    const log = createRequestLog();
    await using unpinned = await createOpenStackClient(memberOptions(openstack, log.fetch));
    await unpinned.compute.flavors.list().all();
    const discovered = await unwrap(unpinned.compute.GET('/'));
    const max = discovered.version.version;
    const calls = log.requests.filter((request) => request.url.includes('/flavors'));
    expect(calls.map((request) => request.headers['x-openstack-nova-api-version'])).toEqual([max]);
    expect(calls.map((request) => request.responseHeaders['openstack-api-version'])).toEqual([`compute ${max}`]);

    await using pinned = await createOpenStackClient({ ...memberOptions(openstack, log.fetch), microversions: { compute: '2.79' } });
    await pinned.compute.flavors.list().all();
    expect(log.requests.at(-1)?.responseHeaders['openstack-api-version']).toBe('compute 2.79');

    // Nova 26 (Zed) stops at 2.93; the package describes up to 2.104.
    await using above = await createOpenStackClient({ ...memberOptions(openstack), microversions: { compute: '2.96' } });
    await expect(above.compute.flavors.list().all()).rejects.toBeInstanceOf(MicroversionNotSupportedError);
  });
});
