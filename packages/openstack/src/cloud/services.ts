import type { OpenStackServiceClients, OpenStackServiceMicroversions, ServiceClientOptions } from '@stratus/core';

/**
 * The generated service packages a cloud can expose, by property name, with the facts the
 * configuration needs before any is loaded. Each package is an optional peer dependency, loaded when
 * the cloud connects (or passed in `services`), so a user installs and bundles only the services
 * they use. `test/service-table.test.ts` checks these facts against the packages.
 */
export const SERVICES = {
  compute: { packageName: '@stratus/openstack-compute', serviceType: 'compute', hasMicroversions: true },
  identity: { packageName: '@stratus/openstack-identity', serviceType: 'identity', hasMicroversions: false },
  image: { packageName: '@stratus/openstack-image', serviceType: 'image', hasMicroversions: false },
  network: { packageName: '@stratus/openstack-network', serviceType: 'network', hasMicroversions: false },
  blockStorage: { packageName: '@stratus/openstack-block-storage', serviceType: 'block-storage', hasMicroversions: true },
  objectStore: { packageName: '@stratus/openstack-object-store', serviceType: 'object-store', hasMicroversions: false },
  placement: { packageName: '@stratus/openstack-placement', serviceType: 'placement', hasMicroversions: true },
  loadBalancer: { packageName: '@stratus/openstack-load-balancer', serviceType: 'load-balancer', hasMicroversions: false },
  dns: { packageName: '@stratus/openstack-dns', serviceType: 'dns', hasMicroversions: false },
  sharedFileSystem: { packageName: '@stratus/openstack-shared-file-system', serviceType: 'shared-file-system', hasMicroversions: true },
  containerInfra: { packageName: '@stratus/openstack-container-infra', serviceType: 'container-infrastructure-management', hasMicroversions: true },
  baremetal: { packageName: '@stratus/openstack-baremetal', serviceType: 'baremetal', hasMicroversions: true },
  iot: { packageName: '@stratus/openstack-iot', serviceType: 'iot', hasMicroversions: true },
} as const;

/** Every service a cloud knows by name, installed or not (`endpoints`, `interfaces`, `regionNames` keys). */
export type ServiceName = keyof typeof SERVICES;

export const SERVICE_NAMES = Object.keys(SERVICES) as ServiceName[];

/**
 * What a cloud needs of a generated service package: its namespace (`import * as compute from
 * '@stratus/openstack-compute'`) fits.
 */
export interface ServiceModule {
  service: { serviceType?: string; versionPrefix?: string; microversion?: unknown };
}

/** A generated service package's client factory: `create<Service>Client`. */
export type ServiceClientFactory = (options: ServiceClientOptions & { microversion?: string }) => unknown;

/** `compute` → `createComputeClient`, `blockStorage` → `createBlockStorageClient`: the factory each service package exports. */
export function clientFactoryName(name: ServiceName): string {
  return `create${name.charAt(0).toUpperCase()}${name.slice(1)}Client`;
}

/** The service package's client factory, if the module has one. */
export function clientFactoryOf(name: ServiceName, module: ServiceModule): ServiceClientFactory | undefined {
  const factory = (module as unknown as Record<string, unknown>)[clientFactoryName(name)];
  return typeof factory === 'function' ? (factory as ServiceClientFactory) : undefined;
}

/** Service packages passed to `createOpenStackClient({ services })`, by property name. */
export type ServiceModules = { [K in ServiceName]?: ServiceModule };

/**
 * The typed client of each service whose package is part of the program (the packages register
 * themselves in `@stratus/core`); services pinned in `Pins` are typed at their pinned microversion.
 */
export type ServiceClients<Pins = {}> = OpenStackServiceClients<Pins>;

/** Microversion pins per service with microversions, e.g. `{ compute: '2.79' }`. */
export type MicroversionPins = { [K in keyof OpenStackServiceMicroversions]?: OpenStackServiceMicroversions[K] };

/** The services with microversions (among the registered ones). */
export type MicroversionedServiceName = keyof OpenStackServiceMicroversions;

/**
 * The clients a connected cloud exposes: the services passed in `services`, or, when none are
 * passed, every registered one.
 */
export type CloudServices<Pins, Services> = [keyof Services] extends [never]
  ? ServiceClients<Pins>
  : { readonly [K in keyof Services & keyof ServiceClients<Pins>]: ServiceClients<Pins>[K] };

/** The facts the configuration and the session need about a service, installed or not. */
export function serviceFacts(name: ServiceName): { packageName: string; serviceType: string; hasMicroversions: boolean } {
  return SERVICES[name];
}
