import type { TransportOptions } from '@stratus/core';
import type { KeystoneCredentials, SecretSource } from '../keystone/keystone-auth-options.js';
import type { MicroversionPins, ServiceName } from './services.js';

/**
 * Options of `connect()`, named like openstacksdk's (`auth_url`, `project_name`, `region_name`,
 * `interface`…) in camelCase. With `authUrl`: Keystone mode. Without it: direct mode, where `token`
 * is sent as is to the `endpoints` given (iotronicclient's `os_auth_token` + `iotronic_url`).
 */
export interface ConnectOptions
  extends Partial<Omit<KeystoneCredentials, 'token'>>,
    Pick<TransportOptions, 'fetch' | 'timeoutMs' | 'maxRetries' | 'retryDelay' | 'onRetry' | 'userAgent'> {
  /** Keystone mode: an existing token exchanged by the token method. Direct mode: the token sent to every service. */
  token?: SecretSource;
  /** Region of the endpoints to use (`OS_REGION_NAME`); any region when omitted. */
  regionName?: string;
  /** `public` (default), `internal`, `admin`; `publicURL` spellings accepted (`OS_INTERFACE`). */
  interface?: string;
  /** Base URLs per service: overrides the catalog in Keystone mode, the only source in direct mode. */
  endpoints?: Partial<Record<ServiceName, string>>;
  /**
   * Microversion per service, e.g. `{ compute: '2.79' }`: sent on every call and the client's types
   * narrowed to it. Unpinned services send the newest version their package describes.
   */
  microversions?: MicroversionPins;
  /**
   * Read each microversioned service's version document before its first call: pinned versions the
   * server does not support fail early (MicroversionOutOfRangeError); unpinned services use the newest
   * version both the package and the server support. Default false.
   */
  negotiateMicroversions?: boolean;
  /** Re-authenticate this long before the token expires. Default 60 000 ms. */
  refreshMarginMs?: number;
  /** Clock, for tests. */
  now?: () => number;
}
