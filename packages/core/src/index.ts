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

// Errors
export { StratusError } from './errors/stratus-error.js';
export { InvalidConfigurationError } from './errors/invalid-configuration-error.js';
export { ApiError, type ApiErrorInit } from './errors/api-error.js';
export {
  BadRequestError,
  ConflictError,
  ForbiddenError,
  NotFoundError,
  RateLimitedError,
  ServerError,
  UnauthorizedError,
} from './errors/http-status-errors.js';
export {
  AbortError,
  ConnectionError,
  InvalidResponseError,
  RequestFailedError,
  TimeoutError,
  type RequestTarget,
} from './errors/transport-errors.js';
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

// Generated OpenStack managers (novaclient-style `client.servers.list()`): errors and the types their methods use
export { NoMatchError, NoUniqueMatchError, type FindTarget } from './managers/find-errors.js';
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

// OpenStack microversions: errors and the types generated packages narrow with
export type { MicroversionFacts, MicroversionHeader, MicroversionRange } from './microversions/microversion-facts.js';
export { MicroversionNotSupportedError, MicroversionOutOfRangeError, type MicroversionProblem } from './errors/microversion-errors.js';
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
