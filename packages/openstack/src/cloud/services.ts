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

/** The typed client of each service. */
export type ServiceClients = { [K in ServiceName]: ReturnType<(typeof SERVICES)[K]['createClient']> };

export const SERVICE_NAMES = Object.keys(SERVICES) as ServiceName[];

/** The facts the session needs about a generated package (`versionPrefix` is absent for placement and manila). */
export function serviceFacts(name: ServiceName): { serviceType: string; versionPrefix: string | undefined } {
  const { service } = SERVICES[name];
  return { serviceType: service.serviceType, versionPrefix: 'versionPrefix' in service ? service.versionPrefix : undefined };
}
