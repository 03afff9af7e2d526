import type { ApiEntryPointsConfig, PackageConfig, ServicePackageConfig } from './package-config.js';
import { MICROVERSIONS, type MicroversionConfig } from '../microversions/microversion-config.js';

/**
 * Every generated package, declaratively. Upstream inputs are spec ids of specs/specs.lock.json.
 * Not generated on purpose: identity/keystone_rust.yaml (the Rust Keystone re-implementation, 24
 * duplicate operationIds) is not even locked.
 */
function openstack(options: {
  slug: string;
  /** Lock id suffix (`openstack/<spec>`), or an `authored/…` path for the specs written in this repository. */
  spec: string;
  serviceType: string;
  displayName: string;
  prefix?: string;
  overlays?: string[];
  dropPaths?: string[];
  example: string;
  resultNote: string;
  microversion?: MicroversionConfig;
  customizations?: string;
}): ServicePackageConfig {
  return {
    name: `@stratus/openstack-${options.slug}`,
    directory: `packages/openstack-${options.slug}`,
    provider: 'openstack',
    description: `Typed client for the OpenStack ${options.displayName} API, generated from its OpenAPI spec.`,
    reader: 'openapi',
    inputs: [options.spec.startsWith('authored/') ? options.spec : `openstack/${options.spec}`],
    overlays: options.overlays ?? [],
    transforms: {
      ...(options.dropPaths ? { dropPaths: options.dropPaths } : {}),
      ...(options.prefix ? { stripPathPrefix: options.prefix } : {}),
    },
    service: { serviceType: options.serviceType, displayName: `OpenStack ${options.displayName}`, ...(options.microversion ? { microversion: options.microversion } : {}) },
    readmeExample: { method: 'get', path: options.example, resultNote: options.resultNote },
    ...(options.customizations ? { customizations: options.customizations } : {}),
  };
}

function ovh(options: { inputs: string[]; entryPrefix?: string }): ApiEntryPointsConfig {
  return {
    name: '@stratus/ovh',
    directory: 'packages/ovh',
    provider: 'ovh',
    description: 'Typed OVHcloud API client.',
    reader: 'ovh',
    inputs: options.inputs,
    layout: 'api-entry-points',
    apiExtension: 'x-stratus-api',
    ...(options.entryPrefix ? { entryPrefix: options.entryPrefix } : {}),
    defineApi: { module: 'src/api/ovh-api.ts', exportName: 'defineOvhApi', pathsTypeName: 'PathsFromOperations' },
  };
}

export const packages: readonly PackageConfig[] = [
  openstack({ slug: 'compute', spec: 'compute', serviceType: 'compute', displayName: 'Compute (Nova)', prefix: '/v2.1', overlays: ['openstack/compute.overlay.yaml'], example: '/servers', resultNote: 'data.servers', microversion: MICROVERSIONS.compute }),
  openstack({ slug: 'identity', spec: 'identity', serviceType: 'identity', displayName: 'Identity (Keystone)', prefix: '/v3', overlays: ['openstack/identity.overlay.yaml'], example: '/projects', resultNote: 'data.projects' }),
  openstack({ slug: 'image', spec: 'image', serviceType: 'image', displayName: 'Image (Glance)', prefix: '/v2', overlays: ['openstack/image.overlay.yaml'], example: '/images', resultNote: 'data.images' }),
  openstack({ slug: 'network', spec: 'network', serviceType: 'network', displayName: 'Networking (Neutron)', prefix: '/v2.0', overlays: ['openstack/network.overlay.yaml'], example: '/networks', resultNote: 'data.networks' }),
  // Every Cinder operation exists twice; keep the project-less family (valid since 3.67, and the
  // catalog URL usually carries the project id anyway). Upstream spells some of the project family
  // `{admin_project_id}`.
  openstack({ slug: 'block-storage', spec: 'block-storage', serviceType: 'block-storage', displayName: 'Block Storage (Cinder)', prefix: '/v3', overlays: ['openstack/block-storage.overlay.yaml'], dropPaths: ['/v3/{project_id}', '/v3/{admin_project_id}'], example: '/volumes', resultNote: 'data.volumes', microversion: MICROVERSIONS.blockStorage }),
  openstack({ slug: 'object-store', spec: 'object-store', serviceType: 'object-store', displayName: 'Object Storage (Swift)', prefix: '/v1/{account}', overlays: ['openstack/object-store.overlay.yaml'], example: '/', resultNote: 'the account\'s containers' }),
  openstack({ slug: 'placement', spec: 'placement', serviceType: 'placement', displayName: 'Placement', overlays: ['openstack/placement.overlay.yaml'], example: '/resource_providers', resultNote: 'data.resource_providers', microversion: MICROVERSIONS.placement }),
  openstack({ slug: 'load-balancer', spec: 'load-balancer', serviceType: 'load-balancer', displayName: 'Load Balancer (Octavia)', prefix: '/v2', example: '/lbaas/loadbalancers', resultNote: 'data.loadbalancers' }),
  openstack({ slug: 'dns', spec: 'dns', serviceType: 'dns', displayName: 'DNS (Designate)', prefix: '/v2', example: '/zones', resultNote: 'data.zones' }),
  openstack({ slug: 'shared-file-system', spec: 'shared-file-system', serviceType: 'shared-file-system', displayName: 'Shared File Systems (Manila)', example: '/shares', resultNote: 'data.shares', microversion: MICROVERSIONS.sharedFileSystem }),
  // OVHcloud EU/CA catalogue, v1 and v2: a hand-written package (client, signing, config) whose
  // src/generated/ holds one entry point per API (`@stratus/ovh/me`, `@stratus/ovh/v2/iam`, …).
  ovh({ inputs: ['ovh/v1/*', 'ovh/v2/*'] }),
  // Endpoints serving other API sets get their own entry points (`@stratus/ovh/us/cloud`,
  // `@stratus/ovh/kimsufi-eu/dedicated/server`, …), from their per-endpoint schemas; files the
  // manifest marks as not refreshed (no longer served) are not locked.
  ...['ovh-us', 'kimsufi-eu', 'kimsufi-ca', 'soyoustart-eu', 'soyoustart-ca'].map((endpoint) => ovh({ inputs: [`ovh/${endpoint}/*`], entryPrefix: endpoint.replace(/^ovh-/, '') })),
  // OpenvCloud (G8): a hand-written package whose src/generated/ holds one entry point per portal
  // app (`@stratus/openvcloud/cloudapi`, `@stratus/openvcloud/cloudbroker`), from the actor specs.
  {
    name: '@stratus/openvcloud',
    directory: 'packages/openvcloud',
    provider: 'openvcloud',
    description: 'Typed OpenvCloud (G8) cloudapi client.',
    reader: 'openvcloud',
    inputs: ['openvcloud/*'],
    // What the 2018 actor specs lack: response shapes, the methods added later, machines/create's id.
    overlays: ['openvcloud/cloudapi.overlay.yaml'],
    layout: 'api-entry-points',
    apiExtension: 'x-stratus-api',
    defineApi: { module: 'src/api/openvcloud-api.ts', exportName: 'defineOpenvCloudApi', pathsTypeName: 'PathsFromOperations' },
  },
  openstack({ slug: 'container-infra', spec: 'container-infrastructure-management', serviceType: 'container-infrastructure-management', displayName: 'Container Infrastructure (Magnum)', prefix: '/v1', example: '/clusters', resultNote: 'data.clusters', microversion: MICROVERSIONS.containerInfra }),
  // No upstream spec exists for these two: they are authored here (specs/authored/openstack/README.md).
  openstack({ slug: 'iot', spec: 'authored/openstack/iot.yaml', serviceType: 'iot', displayName: 'IoT (IoTronic)', prefix: '/v1', example: '/boards', resultNote: 'data.boards', microversion: MICROVERSIONS.iot, customizations: 'openstack-iot' }),
  openstack({ slug: 'baremetal', spec: 'authored/openstack/baremetal.yaml', serviceType: 'baremetal', displayName: 'Bare Metal (Ironic)', prefix: '/v1', example: '/nodes', resultNote: 'data.nodes', microversion: MICROVERSIONS.baremetal }),
];
