import { createNetworkClient, NotFoundError } from '@stratus/openstack-network';
import { expectEqual, expectFailure } from './check.js';

/** A service package on its own: a base URL and a token, no Keystone. */
export async function openStackServiceConsumer(base: string): Promise<string> {
  const network = createNetworkClient({ baseUrl: `${base}/network/v2.0`, token: 'fake-keystone-token' });
  const names: string[] = [];
  for await (const item of network.networks.list()) names.push(item.name ?? '');
  expectEqual(names, ['private'], 'network.networks.list()');
  await expectFailure(() => network.networks.get('missing'), NotFoundError, /404/, 'network.networks.get(missing)');
  return `openstack-network createNetworkClient → networks ${names.join(', ')}; 404 → NotFoundError`;
}
