// Hand-copied from the OpenStack service-types-authority data (specs/upstream/openstack/service-types.json,
// version 2024-05-08T19:22:13) for the services this package connects to; test/service-types.test.ts
// checks it against that file. Aliases are in the authority's order (newest first), which is also the
// order endpoints are preferred in when a catalog lists several.

/** Official service type → historical aliases still found in catalogs. */
export const SERVICE_TYPE_ALIASES: Readonly<Record<string, readonly string[]>> = {
  identity: [],
  compute: [],
  image: [],
  network: [],
  'block-storage': ['volumev3', 'volumev2', 'volume', 'block-store'],
  'object-store': [],
  placement: [],
  'load-balancer': [],
  dns: [],
  'shared-file-system': ['sharev2', 'share'],
  'container-infrastructure-management': ['container-infrastructure', 'container-infra'],
  baremetal: ['bare-metal'],
  // Not in the authority (IoTronic was never made official); its deployments register "iot".
  iot: [],
};

/** The official type for a type or alias (`volumev3` → `block-storage`); unknown types are returned unchanged. */
export function officialServiceType(type: string): string {
  if (type in SERVICE_TYPE_ALIASES) return type;
  for (const [official, aliases] of Object.entries(SERVICE_TYPE_ALIASES)) {
    if (aliases.includes(type)) return official;
  }
  return type;
}

/** Every catalog type that may stand for `type`, preferred first: the official type, then its aliases. */
export function catalogTypesFor(type: string): string[] {
  const official = officialServiceType(type);
  return [official, ...(SERVICE_TYPE_ALIASES[official] ?? [])];
}
