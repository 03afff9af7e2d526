import { StratusError } from '@stratus/core';
import { normalizeBaseUrl } from '@stratus/core/internal';
import { InvalidRegionError } from '../errors/invalid-region-error.js';
import { OVH_ENDPOINTS, type OvhEndpoint, type OvhEndpointName } from './ovh-endpoints.js';

export interface ResolvedOvhEndpoint extends OvhEndpoint {
  /** The endpoint name, or undefined when a base URL was given. */
  readonly name: OvhEndpointName | undefined;
}

/**
 * Turns an endpoint name (`ovh-eu`…) or a base URL (proxies, emulators, tests — accepted like go-ovh
 * does when the value contains a "/") into a base URL and optional OAuth2 token URL.
 * Trailing slashes are trimmed rather than rejected: `https://x/1.0/` can only mean `https://x/1.0`.
 */
export function resolveEndpoint(nameOrUrl: string = 'ovh-eu'): ResolvedOvhEndpoint {
  if (typeof nameOrUrl !== 'string' || nameOrUrl.trim() === '') {
    throw new InvalidRegionError(`[@stratus/ovh] endpoint must be a non-empty string. Valid endpoints: ${validNames()}`);
  }
  const value = nameOrUrl.trim();
  if (value.includes('/')) {
    try {
      return { name: undefined, baseUrl: normalizeBaseUrl(value, 'createOvhClient: endpoint') };
    } catch (error) {
      // normalizeBaseUrl's message already names the (redacted) value.
      throw new InvalidRegionError(error instanceof StratusError ? error.message : String(error));
    }
  }
  if (!isEndpointName(value)) {
    throw new InvalidRegionError(
      `[@stratus/ovh] Unknown endpoint "${value}". Valid endpoints: ${validNames()} (or a base URL such as https://eu.api.ovh.com/1.0)`,
    );
  }
  return { name: value, ...OVH_ENDPOINTS[value] };
}

export function isEndpointName(value: string): value is OvhEndpointName {
  return Object.prototype.hasOwnProperty.call(OVH_ENDPOINTS, value);
}

function validNames(): string {
  return Object.keys(OVH_ENDPOINTS).join(', ');
}
