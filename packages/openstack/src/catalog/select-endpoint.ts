import { StratusError } from '@stratus/core';
import type { CatalogEndpoint, ServiceCatalog } from '../keystone/types.js';
import { catalogTypesFor } from './service-types.js';

export type EndpointInterface = 'public' | 'internal' | 'admin';

export interface SelectEndpointOptions {
  /** Official type or alias: `compute`, `volumev3`, `sharev2`, `container-infra`… */
  serviceType: string;
  /** `public` (default), `internal`, `admin`; keystoneauth's `publicURL`/`internalURL`/`adminURL` also work. */
  interface?: string;
  /** Region id or name; any region when omitted. */
  region?: string;
  /** Use this URL instead of the catalog (openstacksdk's `<service>_endpoint_override`). */
  endpointOverride?: string;
}

export interface SelectedEndpoint {
  url: string;
  /** The catalog type that matched (`volumev3` for a block-storage request on an old cloud); `override` for overrides. */
  catalogType: string;
  interface: EndpointInterface | 'override';
  region: string | undefined;
}

/** `publicURL` → `public`, `Internal` → `internal`. */
export function normalizeInterface(value: string | undefined): EndpointInterface {
  const normalized = (value ?? 'public').trim().toLowerCase().replace(/url$/, '');
  if (normalized === 'public' || normalized === 'internal' || normalized === 'admin') return normalized;
  throw new StratusError(`[@stratus/openstack] unknown endpoint interface "${value}" (use public, internal or admin)`);
}

const regionOf = (endpoint: CatalogEndpoint): string | undefined => endpoint.region_id ?? endpoint.region ?? undefined;

/**
 * Picks a service endpoint from a Keystone v3 catalog like keystoneauth does: the official service
 * type first, then its aliases; matching interface; matching region (id or name) when given.
 */
export function selectEndpoint(catalog: ServiceCatalog, options: SelectEndpointOptions): SelectedEndpoint {
  const wantedInterface = normalizeInterface(options.interface);
  if (options.endpointOverride) {
    return { url: options.endpointOverride, catalogType: 'override', interface: 'override', region: options.region };
  }
  const types = catalogTypesFor(options.serviceType);
  const { region } = options;
  const seen: string[] = [];
  for (const type of types) {
    for (const entry of catalog.filter((candidate) => candidate.type === type)) {
      for (const endpoint of entry.endpoints ?? []) {
        seen.push(`${type} ${endpoint.interface}${regionOf(endpoint) ? `@${regionOf(endpoint)}` : ''}`);
        let endpointInterface: EndpointInterface;
        try {
          endpointInterface = normalizeInterface(endpoint.interface);
        } catch {
          continue;
        }
        if (endpointInterface !== wantedInterface) continue;
        if (region !== undefined && endpoint.region_id !== region && endpoint.region !== region) continue;
        return { url: endpoint.url, catalogType: type, interface: endpointInterface, region: regionOf(endpoint) };
      }
    }
  }
  const wanted = `${wantedInterface} endpoint${region ? ` in region "${region}"` : ''}`;
  const typesLabel = types.length > 1 ? `${types[0]} (or ${types.slice(1).join(', ')})` : types[0];
  if (seen.length === 0) {
    const present = [...new Set(catalog.map((entry) => entry.type))].sort().join(', ') || 'none';
    throw new StratusError(`[@stratus/openstack] service "${typesLabel}" is not in the catalog (service types present: ${present})`);
  }
  throw new StratusError(`[@stratus/openstack] service "${typesLabel}" has no ${wanted} (endpoints: ${seen.join(', ')})`);
}
