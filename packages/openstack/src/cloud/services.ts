import * as baremetal from '@stratus/openstack-baremetal';
import * as blockStorage from '@stratus/openstack-block-storage';
import * as compute from '@stratus/openstack-compute';
import * as containerInfra from '@stratus/openstack-container-infra';
import * as dns from '@stratus/openstack-dns';
import * as identity from '@stratus/openstack-identity';
import * as image from '@stratus/openstack-image';
import * as iot from '@stratus/openstack-iot';
import * as loadBalancer from '@stratus/openstack-load-balancer';
import * as network from '@stratus/openstack-network';
import * as objectStore from '@stratus/openstack-object-store';
import * as placement from '@stratus/openstack-placement';
import * as sharedFileSystem from '@stratus/openstack-shared-file-system';

/** The generated service packages a cloud exposes, by property name. */
export const SERVICES = {
  compute,
  identity,
  image,
  network,
  blockStorage,
  objectStore,
  placement,
  loadBalancer,
  dns,
  sharedFileSystem,
  containerInfra,
  baremetal,
  iot,
} as const;

export type ServiceName = keyof typeof SERVICES;

/** Microversion pins per service (only the services that have microversions), e.g. `{ compute: '2.79' }`. */
export interface MicroversionPins {
  compute?: compute.Microversion;
  blockStorage?: blockStorage.Microversion;
  placement?: placement.Microversion;
  sharedFileSystem?: sharedFileSystem.Microversion;
  containerInfra?: containerInfra.Microversion;
  baremetal?: baremetal.Microversion;
  iot?: iot.Microversion;
}

/** The services with microversions. */
export type MicroversionedServiceName = keyof MicroversionPins;

type Pinned<Pins, K extends MicroversionedServiceName, Latest> = Pins extends { [P in K]: infer V } ? (V extends string ? V : Latest) : Latest;

/** The typed client of each service; services pinned in `Pins` are typed at their pinned microversion. */
export type ServiceClients<Pins extends MicroversionPins = {}> = {
  compute: ReturnType<typeof compute.createClient<Pinned<Pins, 'compute', compute.LatestMicroversion>>>;
  identity: ReturnType<typeof identity.createClient>;
  image: ReturnType<typeof image.createClient>;
  network: ReturnType<typeof network.createClient>;
  blockStorage: ReturnType<typeof blockStorage.createClient<Pinned<Pins, 'blockStorage', blockStorage.LatestMicroversion>>>;
  objectStore: ReturnType<typeof objectStore.createClient>;
  placement: ReturnType<typeof placement.createClient<Pinned<Pins, 'placement', placement.LatestMicroversion>>>;
  loadBalancer: ReturnType<typeof loadBalancer.createClient>;
  dns: ReturnType<typeof dns.createClient>;
  sharedFileSystem: ReturnType<typeof sharedFileSystem.createClient<Pinned<Pins, 'sharedFileSystem', sharedFileSystem.LatestMicroversion>>>;
  containerInfra: ReturnType<typeof containerInfra.createClient<Pinned<Pins, 'containerInfra', containerInfra.LatestMicroversion>>>;
  baremetal: ReturnType<typeof baremetal.createClient<Pinned<Pins, 'baremetal', baremetal.LatestMicroversion>>>;
  iot: ReturnType<typeof iot.createClient<Pinned<Pins, 'iot', iot.LatestMicroversion>>>;
};

export const SERVICE_NAMES = Object.keys(SERVICES) as ServiceName[];

/** The facts the session needs about a generated package (`versionPrefix` is absent for placement and manila). */
export function serviceFacts(name: ServiceName): { serviceType: string; versionPrefix: string | undefined; hasMicroversions: boolean } {
  const { service } = SERVICES[name];
  return { serviceType: service.serviceType, versionPrefix: 'versionPrefix' in service ? service.versionPrefix : undefined, hasMicroversions: 'microversion' in service };
}
