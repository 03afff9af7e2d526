// The generated OpenStack packages as the IDE benches see them: built `.d.ts` entry points (the bench
// workspace does not depend on them), the factory each exports, and one representative operation each.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const packagesDir = fileURLToPath(new URL('../../packages/', import.meta.url));

/**
 * Per package: `cloud` (its property on a connected cloud), `path` (a GET with path parameters),
 * `envelope` (the key its body wraps the resource in, if any), `manager` (one with `get(id)`), `pin`
 * (a pinned microversion, for the packages that have microversions).
 */
export const OPENSTACK_PACKAGES = [
  { dir: 'openstack-compute', cloud: 'compute', path: '/servers/{id}', envelope: 'server', manager: 'servers', pin: '2.79' },
  { dir: 'openstack-network', cloud: 'network', path: '/networks/{network_id}', envelope: 'network', manager: 'networks' },
  { dir: 'openstack-identity', cloud: 'identity', path: '/projects/{project_id}', envelope: 'project', manager: 'projects' },
  { dir: 'openstack-image', cloud: 'image', path: '/images/{image_id}', manager: 'images' },
  { dir: 'openstack-block-storage', cloud: 'blockStorage', path: '/volumes/{id}', envelope: 'volume', manager: 'volumes', pin: '3.50' },
  { dir: 'openstack-object-store', cloud: 'objectStore', path: '/{container}' },
  { dir: 'openstack-placement', cloud: 'placement', path: '/resource_providers/{uuid}', manager: 'resourceProviders', pin: '1.20' },
  { dir: 'openstack-load-balancer', cloud: 'loadBalancer', path: '/lbaas/loadbalancers/{loadbalancer_id}', envelope: 'loadbalancer', manager: 'loadbalancers' },
  { dir: 'openstack-dns', cloud: 'dns', path: '/zones/{zone_id}', manager: 'zones' },
  { dir: 'openstack-shared-file-system', cloud: 'sharedFileSystem', path: '/messages/{id}', envelope: 'message', manager: 'messages', pin: '2.60' },
  { dir: 'openstack-container-infra', cloud: 'containerInfra', path: '/clusters/{cluster_id}', manager: 'clusters', pin: '1.10' },
  { dir: 'openstack-baremetal', cloud: 'baremetal', path: '/nodes/{node_ident}', manager: 'nodes', pin: '1.80' },
  { dir: 'openstack-iot', cloud: 'iot', path: '/boards/{board}', manager: 'boards', pin: '1.0' },
];

const entry = (dir) => join(packagesDir, dir, 'dist/index.d.ts');

/** The client factory a built entry point exports (`createClient`, or a per-service name). */
export function factoryOf(dir, pattern = /export declare function (create\w*Client)\b/) {
  const match = pattern.exec(readFileSync(entry(dir), 'utf8'));
  if (!match) throw new Error(`${entry(dir)} exports no create…Client function: build the package first`);
  return match[1];
}

/** A tsconfig mapping `@stratus/openstack` and every generated package to their built types. */
export function openstackBenchTsconfig() {
  const paths = { '@stratus/openstack': [entry('openstack')], 'openapi-fetch': [join(packagesDir, 'openstack-compute/node_modules/openapi-fetch/dist/index.d.mts')] };
  for (const { dir } of OPENSTACK_PACKAGES) paths[`@stratus/${dir}`] = [entry(dir)];
  return { compilerOptions: { target: 'ES2022', module: 'NodeNext', moduleResolution: 'NodeNext', strict: true, noEmit: true, skipLibCheck: true, types: [], lib: ['ES2022', 'DOM', 'ESNext.Disposable'], paths } };
}
