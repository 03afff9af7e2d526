import { importOptionalPeer } from '@stratus/core/internal';

// undici is an optional peer dependency: only createNodeFetch (and so a cloud configured with its own
// TLS settings) needs it, so other users do not install it.
export const undici = await importOptionalPeer(() => import('undici'), {
  packageName: 'undici',
  version: '7.30.0',
  neededBy: '@stratus/openstack/node (createNodeFetch, used by createOpenStackClientFromConfig for the cacert, cert, key and verify settings)',
});
