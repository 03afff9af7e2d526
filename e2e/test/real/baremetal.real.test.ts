import { expect, it } from 'vitest';
import { BadRequestError, ConflictError, createOpenStackClient, MicroversionNotSupportedError, MicroversionOutOfRangeError, NotFoundError, UnauthorizedError, unwrap } from '@stratus/openstack';
import { describeReal } from './support/real-openstack.js';
import { adminOptions } from './support/real-credentials.js';
import { recordingFetch } from './support/record-bodies.js';
import { createRequestLog, type LoggedRequest } from './support/request-log.js';
import { until } from './support/until.js';

const uniqueName = (kind: string): string => `stratus-e2e-${kind}-${crypto.randomUUID().slice(0, 8)}`;
/** A locally administered unicast MAC address, different on each call. */
const randomMac = (): string =>
  ['02', ...Array.from(crypto.getRandomValues(new Uint8Array(5)), (byte) => byte.toString(16).padStart(2, '0'))].join(':');

// Ironic's default policy lets only admins in. The server runs the fake-hardware type: every power and
// provision action succeeds without a machine, in the background, so the tests wait for the states.
describeReal('real Ironic: nodes, drivers, ports, power and provision states, microversions', (openstack) => {
  const root = `${openstack.endpoints.baremetal.replace(/\/+$/, '')}/v1`;
  const isVersionDocument = (request: LoggedRequest): boolean => request.method === 'GET' && request.url.replace(/\/+$/, '') === root;
  const ironicCalls = (requests: LoggedRequest[]): LoggedRequest[] =>
    requests.filter((request) => request.url.startsWith(`${root}/`) && !isVersionDocument(request));

  /** The server's newest version, from the v1 document read with the typed client at the oldest version (every server has it). */
  const serverMax = async (): Promise<string> => {
    await using cloud = await createOpenStackClient({ ...adminOptions(openstack), microversions: { baremetal: '1.1' } });
    const { version } = await unwrap(cloud.baremetal.GET('/'));
    return version.version;
  };

  it('the seed’s calls: drivers.list(), nodes.list(), nodes.get(uuid) — and the v1 document they negotiate from', async () => {
    await using cloud = await createOpenStackClient(adminOptions(openstack));
    const { baremetal } = cloud;
    const node = await baremetal.nodes.create({ driver: 'fake-hardware', name: uniqueName('seed') });
    try {
      const drivers = await baremetal.drivers.list().all();
      expect(drivers.map((driver) => driver.name)).toContain('fake-hardware');
      expect(drivers.find((driver) => driver.name === 'fake-hardware')?.hosts).toEqual(['stratus-e2e-conductor']);

      const nodes = await baremetal.nodes.list().all();
      const listed = nodes.find((candidate) => candidate.uuid === node.uuid);
      expect(listed?.driver).toBe('fake-hardware');

      const shown = await baremetal.nodes.get(node.uuid);
      expect(shown.uuid).toBe(node.uuid);
      expect(shown.name).toBe(node.name);
      expect(shown.provision_state).toBe('enroll');
      expect(shown.power_state).toBeNull();
      expect(shown.maintenance).toBe(false);

      const document = await unwrap(baremetal.GET('/'));
      expect(document.id).toBe('v1');
      expect(document.media_types.type).toBe('application/vnd.openstack.ironic.v1+json');
      expect(document.nodes.map((link) => link.rel).sort()).toEqual(['bookmark', 'self']);
    } finally {
      await baremetal.nodes.delete(node.uuid);
    }
  });

  it('nodes: create, get by uuid and by name, list with filters and pages, patch, delete', async () => {
    await using cloud = await createOpenStackClient(adminOptions(openstack));
    const { baremetal } = cloud;
    const prefix = uniqueName('paged');
    const created = [];
    for (const index of [0, 1, 2]) {
      created.push(await baremetal.nodes.create({ driver: 'fake-hardware', name: `${prefix}-${index}`, resource_class: prefix, properties: { cpus: 4 + index } }));
    }
    try {
      const [first] = created;
      if (first === undefined) throw new Error('no node created');
      expect(first.driver).toBe('fake-hardware');
      expect(first.power_interface).toBe('fake');
      expect(first.network_interface).toBe('noop');
      expect(first.properties).toEqual({ cpus: 4 });
      expect((await baremetal.nodes.get(first.name ?? '')).uuid).toBe(first.uuid);

      // resource_class filters; a page size of 1 walks three pages through `next`.
      const paged = [];
      for await (const node of baremetal.nodes.list({ resource_class: prefix, limit: 1 })) paged.push(node.uuid);
      expect(paged.sort()).toEqual(created.map((node) => node.uuid).sort());
      const page = await baremetal.nodes.list({ resource_class: prefix, limit: 2 }).firstPage();
      expect(page).toHaveLength(2);

      // The summary list (GET /nodes) has the states, not the driver.
      const summary = await unwrap(baremetal.GET('/nodes', { params: { query: { resource_class: prefix } } }));
      expect(summary.nodes.map((node) => node.uuid).sort()).toEqual(created.map((node) => node.uuid).sort());
      expect(summary.nodes[0]?.provision_state).toBe('enroll');

      const found = await baremetal.nodes.find({ name: `${prefix}-1` });
      expect(found.properties).toEqual({ cpus: 5 });

      const patched = await baremetal.nodes.update(first.uuid, [
        { op: 'replace', path: '/description', value: 'patched by the e2e suite' },
        { op: 'add', path: '/extra/rack', value: 'r1' },
        { op: 'add', path: '/driver_info/fake_address', value: '10.0.0.5' },
      ]);
      expect(patched.description).toBe('patched by the e2e suite');
      expect(patched.extra).toEqual({ rack: 'r1' });
      expect(patched.driver_info).toEqual({ fake_address: '10.0.0.5' });
      expect(patched.updated_at).not.toBeNull();

      // Read-only fields are refused with 400; an unknown node is a 404.
      await expect(baremetal.nodes.update(first.uuid, [{ op: 'replace', path: '/uuid', value: crypto.randomUUID() }])).rejects.toBeInstanceOf(BadRequestError);
      await expect(baremetal.nodes.get(crypto.randomUUID())).rejects.toBeInstanceOf(NotFoundError);
      // A second node with the same name conflicts.
      await expect(baremetal.nodes.create({ driver: 'fake-hardware', name: `${prefix}-0` })).rejects.toBeInstanceOf(ConflictError);
    } finally {
      for (const node of created) await baremetal.nodes.delete(node.uuid);
    }
    await expect(baremetal.nodes.get(created[0]?.uuid ?? '')).rejects.toBeInstanceOf(NotFoundError);
  });

  it('drivers: show with its interfaces, properties; the list in detail', async () => {
    await using cloud = await createOpenStackClient(adminOptions(openstack));
    const { baremetal } = cloud;
    const driver = await baremetal.drivers.get('fake-hardware');
    expect(driver.name).toBe('fake-hardware');
    expect(driver.type).toBe('dynamic');
    expect(driver.default_power_interface).toBe('fake');
    expect(driver.enabled_network_interfaces).toEqual(['noop']);
    const detailed = await baremetal.drivers.list({ detail: true }).all();
    expect(detailed.find((entry) => entry.name === 'fake-hardware')?.default_deploy_interface).toBe('fake');
    const properties = await unwrap(baremetal.GET('/drivers/{driver_name}/properties', { params: { path: { driver_name: 'fake-hardware' } } }));
    expect(Object.keys(properties).length).toBeGreaterThan(0);
    await expect(baremetal.drivers.get('no-such-driver')).rejects.toBeInstanceOf(NotFoundError);
  });

  it('ports: create on a node, list by node, get, patch, delete', async () => {
    await using cloud = await createOpenStackClient(adminOptions(openstack));
    const { baremetal } = cloud;
    const node = await baremetal.nodes.create({ driver: 'fake-hardware', name: uniqueName('ports') });
    try {
      const address = randomMac();
      const port = await baremetal.ports.create({ node_uuid: node.uuid, address, pxe_enabled: true, extra: { slot: 1 } });
      expect(port.address).toBe(address);
      expect(port.node_uuid).toBe(node.uuid);
      expect(port.pxe_enabled).toBe(true);
      expect(port.portgroup_uuid).toBeNull();

      const ofNode = await baremetal.ports.list({ node_uuid: node.uuid }).all();
      expect(ofNode.map((entry) => entry.uuid)).toEqual([port.uuid]);
      const summary = await unwrap(baremetal.GET('/ports', { params: { query: { address } } }));
      expect(summary.ports.map((entry) => entry.uuid)).toEqual([port.uuid]);
      expect((await baremetal.ports.get(port.uuid)).address).toBe(address);

      const patched = await baremetal.ports.update(port.uuid, [{ op: 'replace', path: '/physical_network', value: 'physnet1' }]);
      expect(patched.physical_network).toBe('physnet1');
      // A MAC address is unique.
      await expect(baremetal.ports.create({ node_uuid: node.uuid, address })).rejects.toBeInstanceOf(ConflictError);

      await baremetal.ports.delete(port.uuid);
      await expect(baremetal.ports.get(port.uuid)).rejects.toBeInstanceOf(NotFoundError);
    } finally {
      await baremetal.nodes.delete(node.uuid);
    }
  });

  it('power and provision: enroll → manage → provide → deploy → power off/on → undeploy, states read back each time', async () => {
    await using cloud = await createOpenStackClient(adminOptions(openstack));
    const { baremetal } = cloud;
    const node = await baremetal.nodes.create({ driver: 'fake-hardware', name: uniqueName('lifecycle') });
    const states = () => unwrap(baremetal.GET('/nodes/{node_ident}/states', { params: { path: { node_ident: node.uuid } } }));
    const settled = (target: string) => (current: Awaited<ReturnType<typeof states>>) => current.provision_state === target && current.target_provision_state === null;
    try {
      expect((await states()).provision_state).toBe('enroll');

      await baremetal.nodes.provision(node.uuid, { target: 'manage' });
      const managed = await until(states, settled('manageable'), 'manage');
      // The fake power interface reports the state it was last set to: none yet.
      expect(managed.power_state).toBeNull();

      await baremetal.nodes.provision(node.uuid, { target: 'provide' });
      await until(states, settled('available'), 'provide');

      await baremetal.nodes.provision(node.uuid, { target: 'active' });
      const active = await until(states, settled('active'), 'deploy');
      expect(active.last_error).toBeNull();

      await baremetal.nodes.power(node.uuid, { target: 'power off' });
      expect((await until(states, (current) => current.power_state === 'power off' && current.target_power_state === null, 'power off')).power_state).toBe('power off');
      await baremetal.nodes.power(node.uuid, { target: 'power on', timeout: 30 });
      await until(states, (current) => current.power_state === 'power on' && current.target_power_state === null, 'power on');

      // A deployed node is not deleted; undeploying brings it back to available (no automated cleaning here).
      await expect(baremetal.nodes.delete(node.uuid)).rejects.toBeInstanceOf(ConflictError);
      await baremetal.nodes.provision(node.uuid, { target: 'deleted' });
      await until(states, settled('available'), 'undeploy');

      // An action the state does not allow is refused.
      await expect(baremetal.nodes.provision(node.uuid, { target: 'adopt' })).rejects.toBeInstanceOf(BadRequestError);

      // Maintenance on and off through its own resource.
      await unwrap(baremetal.PUT('/nodes/{node_ident}/maintenance', { params: { path: { node_ident: node.uuid } }, body: { reason: 'e2e' } }));
      const inMaintenance = await baremetal.nodes.get(node.uuid);
      expect(inMaintenance.maintenance).toBe(true);
      expect(inMaintenance.maintenance_reason).toBe('e2e');
      await unwrap(baremetal.DELETE('/nodes/{node_ident}/maintenance', { params: { path: { node_ident: node.uuid } } }));
      expect((await baremetal.nodes.get(node.uuid)).maintenance).toBe(false);

      const validation = await unwrap(baremetal.GET('/nodes/{node_ident}/validate', { params: { path: { node_ident: node.uuid } } }));
      expect(validation.power?.result).toBe(true);
      const bootDevice = await unwrap(baremetal.GET('/nodes/{node_ident}/management/boot_device', { params: { path: { node_ident: node.uuid } } }));
      expect(bootDevice.boot_device).toBeDefined();
    } finally {
      await baremetal.nodes.delete(node.uuid);
    }
  });

  it('a refused token: UnauthorizedError from keystonemiddleware, in front of Ironic', async () => {
    await using cloud = await createOpenStackClient({ token: 'not-a-token', endpoints: { baremetal: `${openstack.endpoints.baremetal}/v1` }, microversions: { baremetal: '1.1' }, fetch: recordingFetch });
    await expect(cloud.baremetal.drivers.list().all()).rejects.toBeInstanceOf(UnauthorizedError);
  });

  it('unpinned: concurrent first calls share one read of the v1 document and send the server’s newest version', async () => {
    const max = await serverMax();
    const log = createRequestLog();
    await using cloud = await createOpenStackClient(adminOptions(openstack, log.fetch));
    await Promise.all(Array.from({ length: 4 }, () => unwrap(cloud.baremetal.GET('/drivers'))));

    expect(log.requests.filter(isVersionDocument)).toHaveLength(1);
    const calls = ironicCalls(log.requests);
    expect(calls).toHaveLength(4);
    for (const call of calls) {
      expect(call.headers['x-openstack-ironic-api-version']).toBe(max);
      expect(call.responseHeaders['x-openstack-ironic-api-version']).toBe(max);
    }
  });

  it('pinned 1.31: sent as is; the node has the fields of 1.31 and none added later', async () => {
    const log = createRequestLog();
    await using pinned = await createOpenStackClient({ ...adminOptions(openstack, log.fetch), microversions: { baremetal: '1.31' } });
    const node = await pinned.baremetal.nodes.create({ driver: 'fake-hardware', name: uniqueName('pinned') });
    try {
      expect(node.power_interface).toBe('fake');
      // `owner` (1.50) and `description` (1.51) are not there at 1.31.
      expect(node).not.toHaveProperty('owner');
      expect(node).not.toHaveProperty('description');
      expect(log.requests.filter(isVersionDocument)).toHaveLength(0);
      for (const call of ironicCalls(log.requests)) expect(call.headers['x-openstack-ironic-api-version']).toBe('1.31');
    } finally {
      await pinned.baremetal.nodes.delete(node.uuid);
    }
  });

  it('pinned 1.1 and 1.10: a new node starts available — spelled null at 1.1 — and has no name field at 1.1', async () => {
    await using oldest = await createOpenStackClient({ ...adminOptions(openstack), microversions: { baremetal: '1.1' } });
    await using before111 = await createOpenStackClient({ ...adminOptions(openstack), microversions: { baremetal: '1.10' } });
    const node = await oldest.baremetal.nodes.create({ driver: 'fake-hardware' });
    try {
      expect(node.provision_state).toBeNull();
      expect(node).not.toHaveProperty('name');
      const again = await before111.baremetal.nodes.get(node.uuid);
      expect(again.provision_state).toBe('available');
      expect(again.name).toBeNull();
    } finally {
      await oldest.baremetal.nodes.delete(node.uuid);
    }
  });

  it('a pin above the server’s newest: 406 as MicroversionNotSupportedError; checked first, MicroversionOutOfRangeError before any call', async () => {
    const max = await serverMax();
    await using pinned = await createOpenStackClient({ ...adminOptions(openstack), microversions: { baremetal: '1.90' } });
    const refused = await pinned.baremetal.nodes.list().all().catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(MicroversionNotSupportedError);
    if (!(refused instanceof MicroversionNotSupportedError)) throw refused;
    expect(refused.status).toBe(406);
    expect(refused.requestedVersion).toBe('1.90');
    expect(refused.serverRange).toEqual({ min: '1.1', max });

    const log = createRequestLog();
    await using checked = await createOpenStackClient({ ...adminOptions(openstack, log.fetch), microversions: { baremetal: '1.90' }, negotiateMicroversions: true });
    const early = await checked.baremetal.nodes.list().all().catch((error: unknown) => error);
    expect(early).toBeInstanceOf(MicroversionOutOfRangeError);
    expect(String(early)).toContain(`baremetal microversion 1.90 is not supported: the server supports 1.1 to ${max}`);
    expect(ironicCalls(log.requests)).toHaveLength(0);
  });
});
