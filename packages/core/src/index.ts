export { STRATUS_VERSION } from './version.js';

// Auth
export type { AuthHook, AuthStrategy } from './auth/auth-strategy.js';
export { createTokenAuth, type TokenAuthentication, type TokenAuthOptions, type TokenSource } from './auth/create-token-auth.js';
export { createNoAuth, type NoAuthentication } from './auth/create-no-auth.js';

// The HTTP pipeline: named policies over plain-object messages (retry → auth/sign → timeout → fetch)
export type {
  FetchLike,
  HttpBody,
  HttpFetch,
  HttpFetchAnswer,
  HttpFetchInit,
  HttpRequest,
  HttpResponse,
  HttpResponseHeaders,
  SendHttp,
  SendStreamingHttp,
  StreamingHttpRequest,
  StreamingHttpResponse,
} from './pipeline/http-message.js';
export { createHttpPipeline, type HttpPolicy } from './pipeline/http-policy.js';
export { retryPolicy, type RetryPolicyOptions } from './pipeline/retry-policy.js';
export type { RetryEvent } from './transport/run-retry-loop.js';
export { timeoutPolicy } from './pipeline/timeout-policy.js';
export { authPolicy } from './pipeline/auth-policy.js';
export { jsonBodyPolicy } from './pipeline/json-body-policy.js';
export { userAgentPolicy } from './pipeline/user-agent-policy.js';
export type { UserAgentOptions } from './transport/build-user-agent.js';
export { withHeaders } from './pipeline/with-headers.js';
export type { BackoffOptions } from './transport/compute-backoff-delay.js';
// The pipeline as a fetch function (openapi-fetch's custom `fetch`)
export { createTransport, type RequestPolicyOptions, type TransportOptions } from './transport/create-transport.js';
export type { Transport } from './pipeline/fetch-adapter.js';

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
  JsonResponseBody,
  OperationShape,
  OperationsShape,
  PathsFromOperations,
} from './api/api-descriptor.js';

// Generated OpenStack managers (novaclient-style `client.servers.list()`): the types their methods use (their errors are above)
export type { Page, Pager } from './managers/pager.js';
export type {
  ActionArgsAt,
  ActionArgsOf,
  FilterOf,
  Finders,
  ListItemAt,
  ListItemOf,
  OperationAt,
  QueryAt,
  QueryOf,
  RequestBodyAt,
  RequestBodyOf,
  ResponseDataAt,
  ResponseDataOf,
  ResultAt,
  ResultOf,
} from './managers/manager-types.js';

// OpenStack microversions: the types generated packages narrow with (their errors are above)
export type { MicroversionFacts, MicroversionHeader, MicroversionRange } from './microversions/microversion-facts.js';
export type {
  MicroversionLimited,
  Microversioned,
  OperationAtMicroversion,
  OperationMicroversions,
  OperationPartMicroversions,
  OperationsAtMicroversion,
  OperationsInAnyMicroversion,
  PathsAtMicroversion,
  SelectMicroversion,
} from './microversions/microversion-types.js';

// The registry the generated OpenStack services fill in (module augmentation of '@stratus/core')
export type { OpenStackServiceClients, OpenStackServiceMicroversions } from './registry/openstack-service-registry.js';
