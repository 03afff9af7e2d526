import { http, HttpResponse } from 'msw';
import { describe, expect, expectTypeOf, it } from 'vitest';
import * as compute from '@stratus/openstack-compute';
import * as network from '@stratus/openstack-network';
import { useMswServer } from './msw-server.js';

const server = useMswServer();
const token = 't';

type Result<F> = F extends (...args: never[]) => Promise<infer R> ? R : never;
type Neutron = ReturnType<typeof network.createNetworkClient>;

describe('manager results are the item, not its envelope', () => {
  it('Neutron: create/get/update of resources whose envelope key is optional in the spec (`network?:`) are typed as the inner object', () => {
    expectTypeOf<Result<Neutron['networks']['create']>>().toHaveProperty('id');
    expectTypeOf<Result<Neutron['networks']['get']>>().toHaveProperty('mtu');
    expectTypeOf<Result<Neutron['networks']['update']>>().toHaveProperty('admin_state_up');
    expectTypeOf<Result<Neutron['subnets']['get']>>().toHaveProperty('cidr');
    expectTypeOf<Result<Neutron['subnets']['create']>>().toHaveProperty('gateway_ip');
    expectTypeOf<Result<Neutron['ports']['get']>>().toHaveProperty('mac_address');
    expectTypeOf<Result<Neutron['ports']['update']>>().toHaveProperty('fixed_ips');
    expectTypeOf<Result<Neutron['routers']['get']>>().toHaveProperty('external_gateway_info');
    expectTypeOf<Result<Neutron['securityGroups']['create']>>().toHaveProperty('security_group_rules');
    expectTypeOf<Result<Neutron['securityGroupRules']['get']>>().toHaveProperty('direction');
    // The envelope itself is gone from the result.
    const typeChecks = (client: Neutron): void => {
      void client.networks.get('n1').then((item) => {
        // @ts-expect-error -- the result is the network, not { network }
        void item.network;
      });
    };
    void typeChecks; // never called: its @ts-expect-error lines are checked by tsc (vitest's typecheck run)
  });

  it('Neutron: networks.get returns the inner object at runtime, as typed', async () => {
    // A network as Neutron 21 answers it.
    const body = {
      id: 'n1', name: 'private', tenant_id: 'p1', project_id: 'p1', admin_state_up: true, mtu: 1450, status: 'ACTIVE', subnets: [], shared: false,
      ipv4_address_scope: null, ipv6_address_scope: null, description: '', tags: [], created_at: '2026-01-05T10:00:00Z', updated_at: '2026-01-05T10:00:00Z', revision_number: 1,
    };
    server.use(http.get('https://neutron.test/v2.0/networks/n1', () => HttpResponse.json({ network: body })));
    const neutron = network.createNetworkClient({ baseUrl: 'https://neutron.test/v2.0', token });
    const got = await neutron.networks.get('n1');
    expect(got).toEqual(body);
    expect(got.mtu).toBe(1450);
  });

  it('Nova: keypairs.get at the newest microversion is the newest declared variant (the spec stops at 2.9), not void', () => {
    type Latest = Result<compute.ComputeClient['keypairs']['get']>;
    type At = Result<compute.ComputeClient<'2.10'>['keypairs']['get']>;
    expectTypeOf<Latest>().not.toEqualTypeOf<void>();
    expectTypeOf<Latest>().toHaveProperty('public_key');
    // 2.2 added the key type; it holds at every later version.
    expectTypeOf<Latest>().toHaveProperty('type');
    expectTypeOf<At>().toEqualTypeOf<Latest>();
    // Before 2.2 the 2.0 variant: no type.
    type Old = Result<compute.ComputeClient<'2.1'>['keypairs']['get']>;
    expectTypeOf<Old>().toHaveProperty('public_key');
    expectTypeOf<Old>().not.toHaveProperty('type');
  });
});
