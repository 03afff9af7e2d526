/** One OVHcloud API endpoint: where requests go, and where OAuth2 tokens come from (if supported). */
export interface OvhEndpoint {
  /** Base URL of the /1.0 (= /v1) branch; /v2 paths are served from the same host. */
  readonly baseUrl: string;
  /** OAuth2 client-credentials token URL. Only the OVHcloud endpoints (eu, ca, us) have one. */
  readonly oauth2TokenUrl?: string;
}

/**
 * The seven endpoints of python-ovh / go-ovh (`ENDPOINTS`, `OAUTH2_TOKEN_URLS`). Kimsufi and
 * So you Start accounts only have application-key authentication.
 */
export const OVH_ENDPOINTS = {
  'ovh-eu': { baseUrl: 'https://eu.api.ovh.com/1.0', oauth2TokenUrl: 'https://www.ovh.com/auth/oauth2/token' },
  'ovh-ca': { baseUrl: 'https://ca.api.ovh.com/1.0', oauth2TokenUrl: 'https://ca.ovh.com/auth/oauth2/token' },
  'ovh-us': { baseUrl: 'https://api.us.ovhcloud.com/1.0', oauth2TokenUrl: 'https://us.ovhcloud.com/auth/oauth2/token' },
  'kimsufi-eu': { baseUrl: 'https://eu.api.kimsufi.com/1.0' },
  'kimsufi-ca': { baseUrl: 'https://ca.api.kimsufi.com/1.0' },
  'soyoustart-eu': { baseUrl: 'https://eu.api.soyoustart.com/1.0' },
  'soyoustart-ca': { baseUrl: 'https://ca.api.soyoustart.com/1.0' },
} as const satisfies Record<string, OvhEndpoint>;

export type OvhEndpointName = keyof typeof OVH_ENDPOINTS;

export const DEFAULT_OVH_ENDPOINT: OvhEndpointName = 'ovh-eu';
