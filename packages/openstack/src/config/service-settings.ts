import { catalogTypesFor } from '../catalog/service-types.js';
import { serviceFacts, type ServiceName } from '../cloud/services.js';
import type { Dict } from './python-values.js';

/** A service's settings, as openstacksdk's CloudRegion reads them for its service type. */
export interface ServiceSettings {
  /** `<service>_endpoint_override` (or `<service>_endpoint`). */
  endpointOverride?: string;
  /** `<service>_api_version`, when it is a number (openstacksdk ignores others, such as "latest"). */
  apiVersion?: string;
  /** `<service>_interface`, else the cloud's `interface`. */
  interface?: string;
  /** `<service>_region_name`, else the cloud's `region_name`. */
  regionName?: string;
}

/** `block-storage` → `block_storage`: how a service type prefixes a setting. */
const settingKey = (key: string, serviceType: string): string => `${serviceType.toLowerCase().replaceAll('-', '_')}_${key}`;

/**
 * openstacksdk's `_get_config`: the setting for the service type, else for its aliases in order
 * (`block_storage_…`, `volumev3_…`, `volumev2_…`, `volume_…`, `block_store_…`), else (for settings that
 * have one) the cloud-wide setting.
 */
export function serviceSetting(config: Dict, key: string, serviceType: string, fallbackToCloud: boolean): unknown {
  for (const type of catalogTypesFor(serviceType)) {
    const value = config[settingKey(key, type)];
    if (value !== undefined && value !== null) return value;
  }
  return fallbackToCloud ? (config[key] ?? undefined) : undefined;
}

// Python's float() accepts these; openstacksdk ignores an API version it rejects.
const FLOAT = /^\s*[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?\s*$|^\s*[-+]?(?:inf|infinity|nan)\s*$/i;

/** The settings of one Stratus service in a resolved cloud. */
export function serviceSettings(config: Dict, name: ServiceName): ServiceSettings {
  const { serviceType } = serviceFacts(name);
  const settings: ServiceSettings = {};
  const text = (value: unknown): string | undefined => (value === undefined || value === null || value === '' ? undefined : String(value));
  const endpoint = text(serviceSetting(config, 'endpoint_override', serviceType, false)) ?? text(serviceSetting(config, 'endpoint', serviceType, false));
  if (endpoint !== undefined) settings.endpointOverride = endpoint;
  const apiVersion = text(serviceSetting(config, 'api_version', serviceType, false));
  if (apiVersion !== undefined && FLOAT.test(apiVersion)) settings.apiVersion = apiVersion;
  const endpointInterface = text(serviceSetting(config, 'interface', serviceType, true));
  if (endpointInterface !== undefined) settings.interface = endpointInterface;
  const regionName = text(serviceSetting(config, 'region_name', serviceType, true));
  if (regionName !== undefined) settings.regionName = regionName;
  return settings;
}
