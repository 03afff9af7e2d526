export { STRATUS_VERSION } from './version.js';

// Auth
export type { AuthHook, AuthStrategy, SendRequest } from './auth/auth-strategy.js';
export { createTokenAuth, type TokenAuthentication, type TokenAuthOptions, type TokenSource } from './auth/create-token-auth.js';
export { createNoAuth, type NoAuthentication } from './auth/create-no-auth.js';

// Transport
export { createTransport, type RequestPolicyOptions, type Transport, type TransportOptions } from './transport/create-transport.js';
export { composePolicies, type Policy } from './transport/compose-policies.js';
export { userAgentPolicy } from './transport/user-agent-policy.js';
export type { UserAgentOptions } from './transport/build-user-agent.js';
export { retryPolicy, type RetryEvent, type RetryPolicyOptions } from './transport/retry-policy.js';
export { timeoutPolicy } from './transport/timeout-policy.js';
export { authPolicy } from './transport/auth-policy.js';
export { jsonBodyPolicy } from './transport/json-body-policy.js';
export type { FetchLike } from './transport/fetch-sender.js';
export { withRequestHeaders } from './transport/with-request-headers.js';
export type { BackoffOptions } from './transport/compute-backoff-delay.js';

// Errors: every public error class, also the `@stratus/core/errors` entry the provider packages re-export
export * from './errors/index.js';
export { createApiError, type CreateApiErrorOptions } from './errors/create-api-error.js';

// Redaction
export { redactHeaders } from './redaction/redact-headers.js';
export { redactUrl } from './redaction/redact-url.js';
export { redactText } from './redaction/redact-text.js';
export { REDACTED } from './redaction/secret-patterns.js';

// Client helpers
export {
  createServiceClient,
  type ServiceClientOptions,
  type ServiceDescriptor,
} from './client/create-service-client.js';
export type { OperationMap, OperationsOfPaths, ServiceClient, ServiceFetchResponse } from './client/service-client.js';
export type { OperationMedia, OperationMediaTable } from './client/operation-media.js';
export type { BinaryBody, JsonPatchOperation, JsonPatchOpName } from './client/body-types.js';
export { unwrap, type FetchResultLike, type UnwrapOptions } from './client/unwrap.js';

// Generated API descriptors
export type {
  ApiDescriptor,
  ApiMethod,
  EmptyResponse,
  JsonRequestBody,
  JsonResponse,
  OperationShape,
  OperationsShape,
  PathsFromOperations,
} from './api/api-descriptor.js';

// Generated OpenStack managers (novaclient-style `client.servers.list()`): the types their methods use (their errors are above)
export type { Page, Pager } from './managers/pager.js';
export type {
  ActionArgsOf,
  FilterOf,
  ListItemOf,
  OperationAt,
  QueryOf,
  RequestBodyOf,
  ResponseDataOf,
  ResultOf,
} from './managers/manager-types.js';

// OpenStack microversions: the types generated packages narrow with (their errors are above)
export type { MicroversionFacts, MicroversionHeader, MicroversionRange } from './microversions/microversion-facts.js';
export type {
  Microversioned,
  OperationAtMicroversion,
  OperationMicroversions,
  OperationPartMicroversions,
  OperationsAtMicroversion,
  PathsAtMicroversion,
  SelectMicroversion,
} from './microversions/microversion-types.js';

// The registry the generated OpenStack services fill in (module augmentation of '@stratus/core')
export type { OpenStackServiceClients, OpenStackServiceMicroversions } from './registry/openstack-service-registry.js';
