import { expect, it } from 'vitest';
import { BadRequestError, ConflictError, createOpenStackClient, ForbiddenError, NotFoundError, UnauthorizedError, unwrap } from '@stratus/openstack';
import { describeReal } from './support/real-openstack.js';
import { adminOptions, memberOptions } from './support/real-credentials.js';
import { recordingFetch } from './support/record-bodies.js';

const uniqueName = (kind: string): string => `stratus-e2e-${kind}-${crypto.randomUUID().slice(0, 8)}`;

// Neutron runs ML2 without mechanism drivers or agents: every API object exists, ports stay DOWN.
// The member works in its own project; admin makes what only admins may (an external network).
describeReal('real Neutron: networks, subnets, ports, security groups, routers, tags, paging', (openstack) => {
  it('networks: create, get, update, find, delete; the member’s project owns them; errors mapped', async () => {
    await using cloud = await createOpenStackClient(memberOptions(openstack));
    const { network } = cloud;
    const name = uniqueName('net');
    const created = await network.networks.create({ network: { name, description: 'e2e', admin_state_up: true } });
    try {
      expect(created.name).toBe(name);
      expect(created.project_id).toBe(openstack.project.id);
      expect(created.tenant_id).toBe(openstack.project.id);
      expect(created.status).toBe('ACTIVE');
      expect(created.subnets).toEqual([]);
      expect(created.tags).toEqual([]);
      // Without an address scope these are null, not absent.
      expect(created.ipv4_address_scope).toBeNull();

      expect((await network.networks.get(created.id)).name).toBe(name);
      const updated = await network.networks.update(created.id, { network: { description: 'updated', mtu: 1400 } });
      expect(updated.description).toBe('updated');
      expect(updated.mtu).toBe(1400);
      expect(updated.revision_number).toBeGreaterThan(created.revision_number);
      expect((await network.networks.find({ name })).id).toBe(created.id);

      // A member may not choose the provider attributes; a name over 255 characters is a 400.
      await expect(network.networks.create({ network: { name: `${name}-provider`, 'provider:network_type': 'vlan' } })).rejects.toBeInstanceOf(ForbiddenError);
      await expect(network.networks.update(created.id, { network: { name: 'n'.repeat(256) } })).rejects.toBeInstanceOf(BadRequestError);
    } finally {
      await network.networks.delete(created.id);
    }
    await expect(network.networks.get(created.id)).rejects.toBeInstanceOf(NotFoundError);
  });

  it('a refused token: UnauthorizedError from keystonemiddleware, in front of Neutron', async () => {
    await using cloud = await createOpenStackClient({ token: 'not-a-token', endpoints: { network: openstack.endpoints.network }, fetch: recordingFetch });
    await expect(cloud.network.networks.list().all()).rejects.toBeInstanceOf(UnauthorizedError);
  });

  it('paging with limit and marker, filters, and tags: every network exactly once, in pages of the limit', async () => {
    await using cloud = await createOpenStackClient(memberOptions(openstack));
    const { network } = cloud;
    const tag = uniqueName('tag');
    const created = [];
    for (const index of [0, 1, 2]) created.push(await network.networks.create({ network: { name: `${tag}-${index}` } }));
    try {
      for (const entry of created) {
        const replaced = await unwrap(network.PUT('/networks/{network_id}/tags', { params: { path: { network_id: entry.id } }, body: { tags: [tag, 'e2e'] } }));
        expect(replaced.tags.sort()).toEqual([tag, 'e2e'].sort());
      }
      // One more tag on the last network, then it is removed again.
      const last = created[2];
      if (last === undefined) throw new Error('no network created');
      await network.networkTags.update(last.id, 'only-last');
      expect((await network.networks.get(last.id)).tags.sort()).toEqual([tag, 'e2e', 'only-last'].sort());
      expect((await network.networks.findAll({ tags: [tag, 'e2e', 'only-last'] })).length).toBeLessThanOrEqual(1);
      await network.networkTags.delete(last.id, 'only-last');

      const ids = created.map((entry) => entry.id).sort();
      const pages = [];
      for await (const page of network.networks.list({ tags: [tag], limit: 1 }).pages()) pages.push(page.map((entry) => entry.id));
      expect(pages.every((page) => page.length <= 1)).toBe(true);
      expect(pages.flat().sort()).toEqual(ids);

      const firstTwo = await network.networks.list({ tags: [tag], limit: 2, sort_key: ['name'], sort_dir: ['asc'] }).firstPage();
      expect(firstTwo.map((entry) => entry.name)).toEqual([`${tag}-0`, `${tag}-1`]);
      // The raw page carries the next link Neutron writes.
      const raw = await unwrap(network.GET('/networks', { params: { query: { tags: [tag], limit: 2, sort_key: ['name'], sort_dir: ['asc'] } } }));
      expect(raw.networks_links?.map((link) => link.rel)).toEqual(['next', 'previous']);
      const after = await network.networks.list({ tags: [tag], limit: 2, marker: firstTwo[1]?.id, sort_key: ['name'], sort_dir: ['asc'] }).firstPage();
      expect(after.map((entry) => entry.name)).toEqual([`${tag}-2`]);

      expect((await network.networks.list({ 'tags-any': [tag, 'nothing-else'] }).all()).map((entry) => entry.id).sort()).toEqual(ids);
      expect((await network.networks.list({ name: `${tag}-1` }).all()).map((entry) => entry.id)).toEqual([created[1]?.id]);
      const listed = await unwrap(network.GET('/networks/{network_id}/tags', { params: { path: { network_id: last.id } } }));
      expect(listed.tags.sort()).toEqual([tag, 'e2e'].sort());
    } finally {
      for (const entry of created) await network.networks.delete(entry.id);
    }
  });

  it('subnets (IPv4 and IPv6) and ports: fixed IPs, allowed address pairs, DOWN without agents, a network in use', async () => {
    await using cloud = await createOpenStackClient(memberOptions(openstack));
    const { network } = cloud;
    const net = await network.networks.create({ network: { name: uniqueName('subnets') } });
    try {
      const v4 = await network.subnets.create({
        subnet: { network_id: net.id, ip_version: 4, cidr: '10.20.0.0/24', name: 'v4', allocation_pools: [{ start: '10.20.0.10', end: '10.20.0.100' }], dns_nameservers: ['10.20.0.2'] },
      });
      expect(v4.gateway_ip).toBe('10.20.0.1');
      expect(v4.enable_dhcp).toBe(true);
      expect(v4.ipv6_ra_mode).toBeNull();
      expect(v4.subnetpool_id).toBeNull();
      expect(v4.project_id).toBe(openstack.project.id);
      const v6 = await network.subnets.create({ subnet: { network_id: net.id, ip_version: 6, cidr: 'fd00:20::/64', name: 'v6', ipv6_address_mode: 'slaac', ipv6_ra_mode: 'slaac' } });
      expect(v6.ipv6_address_mode).toBe('slaac');
      const renamed = await network.subnets.update(v4.id, { subnet: { name: 'v4-renamed', gateway_ip: null } });
      expect(renamed.gateway_ip).toBeNull();
      expect((await network.subnets.list({ network_id: net.id }).all()).map((subnet) => subnet.name).sort()).toEqual(['v4-renamed', 'v6']);
      await expect(network.subnets.create({ subnet: { network_id: net.id, ip_version: 4, cidr: '10.20.0.0/33' } })).rejects.toBeInstanceOf(BadRequestError);

      const port = await network.ports.create({
        port: {
          network_id: net.id,
          name: 'p1',
          fixed_ips: [{ subnet_id: v4.id, ip_address: '10.20.0.50' }],
          allowed_address_pairs: [{ ip_address: '10.20.0.200', mac_address: 'fa:16:3e:00:00:01' }, { ip_address: '10.20.0.201' }],
        },
      });
      try {
        expect(port.status).toBe('DOWN');
        expect(port.fixed_ips.find((ip) => ip.subnet_id === v4.id)?.ip_address).toBe('10.20.0.50');
        // Both subnets give the port an address: SLAAC derives the IPv6 one from the MAC.
        expect(port.fixed_ips.map((ip) => ip.subnet_id).sort()).toEqual([v4.id, v6.id].sort());
        expect(port.allowed_address_pairs).toEqual([
          { ip_address: '10.20.0.200', mac_address: 'fa:16:3e:00:00:01' },
          { ip_address: '10.20.0.201', mac_address: port.mac_address },
        ]);
        expect(port.device_id).toBe('');
        expect(port.security_groups).toHaveLength(1);
        const updated = await network.ports.update(port.id, { port: { name: 'p1-renamed', admin_state_up: false, device_owner: 'compute:e2e' } });
        expect(updated.admin_state_up).toBe(false);
        expect((await network.ports.list({ network_id: net.id, device_owner: 'compute:e2e' }).all()).map((entry) => entry.id)).toEqual([port.id]);
        // The same address twice is a conflict; a network with ports in use cannot go.
        await expect(network.ports.create({ port: { network_id: net.id, fixed_ips: [{ subnet_id: v4.id, ip_address: '10.20.0.50' }] } })).rejects.toBeInstanceOf(ConflictError);
        await expect(network.networks.delete(net.id)).rejects.toBeInstanceOf(ConflictError);
      } finally {
        await network.ports.delete(port.id);
      }
      await network.subnets.delete(v6.id);
      await network.subnets.delete(v4.id);
    } finally {
      await network.networks.delete(net.id);
    }
  });

  it('security groups and rules: default egress rules, a TCP rule and an any-protocol rule, duplicates refused', async () => {
    await using cloud = await createOpenStackClient(memberOptions(openstack));
    const { network } = cloud;
    const group = await network.securityGroups.create({ security_group: { name: uniqueName('sg'), description: 'e2e' } });
    try {
      expect(group.project_id).toBe(openstack.project.id);
      expect(group.stateful).toBe(true);
      // Two egress rules (IPv4, IPv6) come with every new group, open to everything: protocol and ports null.
      expect(group.security_group_rules.map((rule) => `${rule.direction} ${rule.ethertype} ${String(rule.protocol)}`).sort()).toEqual(['egress IPv4 null', 'egress IPv6 null']);

      const ssh = await network.securityGroupRules.create({
        security_group_rule: { security_group_id: group.id, direction: 'ingress', ethertype: 'IPv4', protocol: 'tcp', port_range_min: 22, port_range_max: 22, remote_ip_prefix: '192.0.2.0/24' },
      });
      expect(ssh.port_range_min).toBe(22);
      expect(ssh.remote_group_id).toBeNull();
      const fromGroup = await network.securityGroupRules.create({ security_group_rule: { security_group_id: group.id, direction: 'ingress', ethertype: 'IPv6', remote_group_id: group.id } });
      expect(fromGroup.protocol).toBeNull();
      expect(fromGroup.remote_ip_prefix).toBeNull();
      await expect(
        network.securityGroupRules.create({
          security_group_rule: { security_group_id: group.id, direction: 'ingress', ethertype: 'IPv4', protocol: 'tcp', port_range_min: 22, port_range_max: 22, remote_ip_prefix: '192.0.2.0/24' },
        }),
      ).rejects.toBeInstanceOf(ConflictError);

      const rules = await network.securityGroupRules.list({ security_group_id: group.id }).all();
      expect(rules).toHaveLength(4);
      expect((await network.securityGroups.get(group.id)).security_group_rules).toHaveLength(4);
      const renamed = await network.securityGroups.update(group.id, { security_group: { description: 'renamed' } });
      expect(renamed.description).toBe('renamed');
      await network.securityGroupRules.delete(ssh.id);
      await expect(network.securityGroupRules.get(ssh.id)).rejects.toBeInstanceOf(NotFoundError);
    } finally {
      await network.securityGroups.delete(group.id);
    }
  });

  it('routers: gateway on an external network, interfaces added and removed, the gateway cleared with {}', async () => {
    await using admin = await createOpenStackClient(adminOptions(openstack));
    await using cloud = await createOpenStackClient(memberOptions(openstack));
    const external = await admin.network.networks.create({ network: { name: uniqueName('ext'), 'router:external': true, 'provider:network_type': 'flat', 'provider:physical_network': uniqueName('phys') } });
    try {
      expect(external['router:external']).toBe(true);
      expect(external['provider:segmentation_id']).toBeNull();
      const externalSubnet = await admin.network.subnets.create({ subnet: { network_id: external.id, ip_version: 4, cidr: '198.51.100.0/24', enable_dhcp: false } });
      expect(externalSubnet.enable_dhcp).toBe(false);

      const { network } = cloud;
      const internal = await network.networks.create({ network: { name: uniqueName('int') } });
      const internalSubnet = await network.subnets.create({ subnet: { network_id: internal.id, ip_version: 4, cidr: '10.30.0.0/24' } });
      const router = await network.routers.create({ router: { name: uniqueName('router'), external_gateway_info: { network_id: external.id } } });
      try {
        expect(router.status).toBe('ACTIVE');
        expect(router.external_gateway_info?.network_id).toBe(external.id);
        expect(router.external_gateway_info?.external_fixed_ips?.[0]?.subnet_id).toBe(externalSubnet.id);
        expect(router.routes).toEqual([]);

        const added = await network.routers.addRouterInterface(router.id, { subnet_id: internalSubnet.id });
        expect(added.subnet_id).toBe(internalSubnet.id);
        const interfacePorts = await network.ports.list({ device_id: router.id, device_owner: 'network:router_interface' }).all();
        expect(interfacePorts.map((port) => port.id)).toEqual([added.port_id]);
        await expect(network.subnets.delete(internalSubnet.id)).rejects.toBeInstanceOf(ConflictError);

        const withRoute = await network.routers.update(router.id, { router: { routes: [{ destination: '10.40.0.0/24', nexthop: '10.30.0.5' }] } });
        expect(withRoute.routes).toEqual([{ destination: '10.40.0.0/24', nexthop: '10.30.0.5' }]);
        await network.routers.update(router.id, { router: { routes: [] } });
        const removed = await network.routers.removeRouterInterface(router.id, { subnet_id: internalSubnet.id });
        expect(removed.port_id).toBe(added.port_id);

        const cleared = await network.routers.update(router.id, { router: { external_gateway_info: {} } });
        expect(cleared.external_gateway_info).toBeNull();
        expect((await network.routers.list({ name: router.name }).all()).map((entry) => entry.id)).toEqual([router.id]);
      } finally {
        await network.routers.delete(router.id);
        await network.subnets.delete(internalSubnet.id);
        await network.networks.delete(internal.id);
      }
      await expect(network.routers.get(router.id)).rejects.toBeInstanceOf(NotFoundError);
    } finally {
      await admin.network.networks.delete(external.id);
    }
  });
});
