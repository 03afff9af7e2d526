/** A request header carrying the microversion (same shape as `MicroversionHeader` in @stratus/core). */
export interface MicroversionHeaderConfig {
  name: string;
  /** Value prefix: `OpenStack-API-Version: compute 2.79`. */
  serviceName?: string;
  /** Only sent from this version on. */
  since?: string;
}

/** Per-service microversion facts that are not in the specs (the specs declare no header). */
export interface MicroversionConfig {
  /** Name in messages; the `OpenStack-API-Version` service name where there is one. */
  service: string;
  headers: readonly MicroversionHeaderConfig[];
  /** Oldest version, when the spec's `x-openstack` ranges do not reach down to it (IoTronic's spec has none). */
  min?: string;
}

const modern = (serviceName: string, since?: string): MicroversionHeaderConfig => ({ name: 'OpenStack-API-Version', serviceName, ...(since ? { since } : {}) });

/**
 * Header per service. Sources: Nova api-guide microversions.rst (legacy header always, the generic one
 * read from 2.27); gtema/openstack rest_endpoint.rs service names (`volume`, `placement`,
 * `container-infra`); Ironic api-ref baremetal-api-versions.inc (legacy header on every release,
 * `OpenStack-API-Version: baremetal` only on newer ones, so both are sent); IoTronic
 * controllers/base.py; Manila's `X-OpenStack-Manila-API-Version` (manila/api/openstack/wsgi.py,
 * from Manila's API reference). Glance, Neutron, Keystone, Swift, Octavia and
 * Designate have no microversions.
 */
export const MICROVERSIONS = {
  compute: { service: 'compute', headers: [{ name: 'X-OpenStack-Nova-API-Version' }, modern('compute', '2.27')] },
  blockStorage: { service: 'volume', headers: [modern('volume')] },
  placement: { service: 'placement', headers: [modern('placement')] },
  // Magnum's spec has no x-openstack ranges; its API starts at 1.1.
  containerInfra: { service: 'container-infra', headers: [modern('container-infra')], min: '1.1' },
  sharedFileSystem: { service: 'shared-file-system', headers: [{ name: 'X-OpenStack-Manila-API-Version' }] },
  baremetal: { service: 'baremetal', headers: [{ name: 'X-OpenStack-Ironic-API-Version' }, modern('baremetal')] },
  iot: { service: 'iot', headers: [{ name: 'X-OpenStack-Iotronic-API-Version' }], min: '1.0' },
} as const satisfies Record<string, MicroversionConfig>;
