import type { TransportOptions } from '@stratus/core';
import type { KeystoneCredentials, SecretSource } from '../keystone/keystone-auth-options.js';
import type { MicroversionPins, ServiceModules, ServiceName } from './services.js';

/**
 * Options of `createOpenStackClient()`, named like openstacksdk's (`auth_url`, `project_name`, `region_name`,
 * `interface`…) in camelCase. With `authUrl`: Keystone mode. Without it: direct mode, where `token`
 * is sent as is to the `endpoints` given (iotronicclient's `os_auth_token` + `iotronic_url`).
 */
export interface OpenStackClientOptions
  extends Partial<Omit<KeystoneCredentials, 'token'>>,
    Pick<TransportOptions, 'fetch' | 'timeoutMs' | 'maxRetries' | 'retryDelay' | 'onRetry' | 'userAgent'> {
  /** Keystone mode: an existing token exchanged by the token method. Direct mode: the token sent to every service. */
  token?: SecretSource;
  /** Region of the endpoints to use (`OS_REGION_NAME`); any region when omitted. */
  regionName?: string;
  /** `public` (default), `internal`, `admin`; `publicURL` spellings accepted (`OS_INTERFACE`). */
  interface?: string;
  /** Per service, the interface to use instead of `interface` (clouds.yaml `<service>_interface`). */
  interfaces?: Partial<Record<ServiceName, string>>;
  /** Per service, the region to use instead of `regionName` (clouds.yaml `<service>_region_name`). */
  regionNames?: Partial<Record<ServiceName, string>>;
  /** Base URLs per service: overrides the catalog in Keystone mode, the only source in direct mode. */
  endpoints?: Partial<Record<ServiceName, string>>;
  /**
   * Microversion per service, e.g. `{ compute: '2.79' }`: sent as is on every call and the client's
   * types narrowed to it. Unpinned services negotiate (see `negotiateMicroversions`).
   */
  microversions?: MicroversionPins;
  /**
   * Whether a microversioned service reads its version document once, before its first call.
   * Default: unpinned services do, and send the newest version both the package and the server
   * support (no header when the endpoint announces no microversions); pinned ones do not, and send
   * the pin as is. `true`: pinned versions are checked too, and fail early
   * (MicroversionOutOfRangeError) when the server does not support them. `false`: no discovery;
   * unpinned services send the newest version their package describes.
   */
  negotiateMicroversions?: boolean;
  /**
   * The service packages this cloud uses, by property name: `import * as compute from
   * '@stratus/openstack-compute'` and `services: { compute }`. A bundle then holds only these, and
   * `cloud.compute` is typed from them. Omitted: every installed service package is loaded when
   * connecting (Node, Bun, Deno; a browser bundle must pass them).
   */
  services?: ServiceModules;
  /** Re-authenticate this long before the token expires. Default 60 000 ms. */
  refreshMarginMs?: number;
  /** Clock, for tests. */
  now?: () => number;
}
