// @stratus/openstack — portable runtime (no Node APIs). The Node-only clouds.yaml/openrc loader is `@stratus/openstack/config`.
export { createKeystoneAuth, type KeystoneAuth, type KeystoneAuthOptions } from './keystone/create-keystone-auth.js';
export type { KeystoneAuthType, KeystoneCredentials, SecretSource } from './keystone/keystone-auth-options.js';
export type { CatalogEndpoint, CatalogEntry, KeystoneAuthentication, KeystoneTokenInfo, ServiceCatalog } from './keystone/types.js';
export { buildAuthRequestBody, buildScope } from './keystone/build-auth-request-body.js';
export { resolveAuthMethod, type KeystoneAuthMethod } from './keystone/resolve-auth-method.js';
export { authTokensUrl, identityV3Url } from './keystone/identity-urls.js';
export {
  normalizeInterface,
  selectEndpoint,
  type EndpointInterface,
  type SelectedEndpoint,
  type SelectEndpointOptions,
} from './catalog/select-endpoint.js';
export { normalizeEndpointUrl, type NormalizeEndpointUrlOptions } from './catalog/normalize-endpoint-url.js';
export { catalogTypesFor, officialServiceType, SERVICE_TYPE_ALIASES } from './catalog/service-types.js';
export { createOpenStackClient, type OpenStackClient, type OpenStackClientBase } from './cloud/create-openstack-client.js';
export type { OpenStackClientOptions } from './cloud/openstack-client-options.js';
export {
  SERVICE_NAMES,
  SERVICES,
  type CloudServices,
  type MicroversionedServiceName,
  type MicroversionPins,
  type ServiceClients,
  type ServiceModule,
  type ServiceModules,
  type ServiceName,
} from './cloud/services.js';
// Every public error class of Stratus (`@stratus/core/errors`, re-exported whole by every provider package), and `unwrap`.
export * from '@stratus/core/errors';
export { unwrap } from '@stratus/core';
