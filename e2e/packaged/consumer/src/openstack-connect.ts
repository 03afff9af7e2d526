import { createOpenStackClient, StratusError } from '@stratus/openstack';
import * as compute from '@stratus/openstack-compute';
import { expectEqual, expectFailure } from './check.js';

/** createOpenStackClient() with the service packages passed in (what a browser bundle does), pinned, then compute. */
export async function openStackConnectConsumer(base: string): Promise<string> {
  await using cloud = await createOpenStackClient({
    authUrl: `${base}/keystone/v3`,
    username: 'demo',
    password: 'demo-password',
    projectName: 'demo',
    userDomainName: 'Default',
    projectDomainName: 'Default',
    services: { compute },
    microversions: { compute: '2.79' },
  });
  const names: string[] = [];
  // A server Nova cannot reach is listed without its name (status UNKNOWN): the types say so.
  for await (const server of cloud.compute.servers.list()) names.push('name' in server ? (server.name ?? server.id) : `${server.id} (unknown)`);
  expectEqual(names, ['web-1', 'web-2'], 'compute.servers.list()');
  const server = await cloud.compute.servers.get('s-1');
  expectEqual(server.status, 'ACTIVE', 'compute.servers.get(s-1)');
  // @ts-expect-error network was not passed in services, so the cloud has no typed `network`
  await expectFailure(() => cloud.network, StratusError, /"network" is not among the services passed to createOpenStackClient\(\) \(compute\)/, 'cloud.network');
  return `openstack createOpenStackClient({ services: { compute } }) → servers ${names.join(', ')} at 2.79; cloud.network not passed → StratusError`;
}
