import { createOpenStackClient, StratusError } from '@stratus/openstack';
import { expectEqual, expectFailure } from './check.js';

/**
 * createOpenStackClient() without `services` (Node, Bun, Deno): every installed service package is loaded; one
 * that is not installed (dns here) fails naming the package to install. Undici is not installed
 * either: `@stratus/ovh/node` says so.
 */
export async function installedServicesConsumer(base: string): Promise<string> {
  await using cloud = await createOpenStackClient({ authUrl: `${base}/keystone/v3`, username: 'demo', password: 'demo-password', projectName: 'demo', userDomainName: 'Default', projectDomainName: 'Default' });
  const first = await cloud.compute.servers.list().firstPage();
  expectEqual(first.length, 2, 'compute.servers.list().firstPage()');
  // @ts-expect-error @stratus/openstack-dns is not installed, so it is not part of this program
  await expectFailure(() => cloud.dns, StratusError, /@stratus\/openstack-dns is not installed .*npm install @stratus\/openstack-dns/, 'cloud.dns');
  // Bun answers `import('undici')` with a module of its own, so there the entry loads without the package.
  if ('Bun' in globalThis) return 'openstack createOpenStackClient() without services → installed compute loaded; cloud.dns → install @stratus/openstack-dns (undici: Bun has its own)';
  await expectFailure(() => import('@stratus/ovh/node'), StratusError, /@stratus\/ovh\/node needs undici, which is not installed.*npm install undici@7\.30\.0/, "import('@stratus/ovh/node')");
  return 'openstack createOpenStackClient() without services → installed compute loaded; cloud.dns → install @stratus/openstack-dns; @stratus/ovh/node → install undici';
}
