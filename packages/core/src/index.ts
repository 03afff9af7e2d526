export { STRATUS_VERSION } from './version.js';

// Auth
export type { AuthHook, AuthStrategy, SendRequest } from './auth/auth-strategy.js';
export { createTokenAuth, type TokenAuthentication, type TokenAuthOptions, type TokenSource } from './auth/create-token-auth.js';
export { createNoAuth, type NoAuthentication } from './auth/create-no-auth.js';

// Transport
export { createTransport, DEFAULT_TIMEOUT_MS, type RequestPolicyOptions, type Transport, type TransportOptions } from './transport/create-transport.js';
export { composePolicies, type Policy } from './transport/compose-policies.js';
export { userAgentPolicy } from './transport/user-agent-policy.js';
export { buildUserAgent, type UserAgentOptions } from './transport/build-user-agent.js';
export {
  DEFAULT_MAX_RETRIES,
  delayBeforeRetry,
  isTransientFailure,
  MAX_RETRY_AFTER_MS,
  retryPolicy,
  runRetryLoop,
  type RetryEvent,
  type RetryLoopOptions,
  type RetryPolicyOptions,
} from './transport/retry-policy.js';
export { timeoutPolicy } from './transport/timeout-policy.js';
export { linkSignals } from './transport/link-signals.js';
export { authPolicy } from './transport/auth-policy.js';
export { getParsedJson, isJsonContentType, jsonBodyPolicy } from './transport/json-body-policy.js';
export { createFetchSender, type FetchLike } from './transport/fetch-sender.js';
export { withRequestHeaders } from './transport/with-request-headers.js';
export { setRequestHeaders } from './transport/request-ownership.js';
export { parseRetryAfter } from './transport/parse-retry-after.js';
export { sleep } from './transport/sleep.js';
export {
  computeBackoffDelay,
  DEFAULT_BACKOFF_BASE_MS,
  DEFAULT_BACKOFF_MAX_MS,
  type BackoffOptions,
} from './transport/compute-backoff-delay.js';
export { IDEMPOTENT_METHODS, isRetryEligible } from './transport/is-retry-eligible.js';
export { isRetryableStatus } from './transport/is-retryable-status.js';

// Errors
export { StratusError } from './errors/stratus-error.js';
export { ApiError, MAX_BODY_EXCERPT_LENGTH, type ApiErrorInit } from './errors/api-error.js';
export { apiErrorInitOf } from './errors/api-error-init-of.js';
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
export { extractErrorDetails, type ErrorDetails } from './errors/extract-error-details.js';
export { findRequestId } from './errors/find-request-id.js';
export { reasonPhrase } from './errors/reason-phrase.js';

// Redaction
export { redactHeaders } from './redaction/redact-headers.js';
export { redactUrl } from './redaction/redact-url.js';
export { redactText } from './redaction/redact-text.js';
export { isSecretHeaderName, isSecretParamName, REDACTED } from './redaction/secret-patterns.js';

// Client helpers
export {
  createServiceClient,
  type ServiceClientOptions,
  type ServiceDescriptor,
} from './client/create-service-client.js';
export type { ServiceClient, ServiceFetchResponse } from './client/service-client.js';
export type { OperationMedia, OperationMediaTable } from './client/operation-media.js';
export type { BinaryBody, JsonPatchOperation, JsonPatchOpName } from './client/body-types.js';
export { unwrap, type FetchResultLike, type UnwrapOptions } from './client/unwrap.js';
export { normalizeBaseUrl } from './client/normalize-base-url.js';

// Generated API descriptors
export {
  defineApi,
  type ApiDescriptor,
  type ApiMethod,
  type EmptyResponse,
  type JsonRequestBody,
  type JsonResponse,
  type OperationShape,
  type OperationsShape,
  type PathsFromOperations,
} from './api/api-descriptor.js';

// Generated OpenStack managers (novaclient-style `client.servers.list()`)
export { attachManagers } from './managers/attach-managers.js';
export { createResourceManager, matchesFilter, type ManagerOptions, type RequestingClient } from './managers/create-resource-manager.js';
export { NoMatchError, NoUniqueMatchError, type FindTarget } from './managers/find-errors.js';
export { createPager, type Page, type Pager } from './managers/pager.js';
export { nextLinkHref, nextPageQuery } from './managers/next-page-query.js';
export type { ActionSpec, ManagerTable, OperationSpec, ResourceSpec } from './managers/manager-table.js';
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

// OpenStack microversions: header policy, negotiation, errors, and the types generated packages narrow with
export { microversionPolicy, type MicroversionPolicyOptions } from './microversions/microversion-policy.js';
export { chooseMicroversion } from './microversions/choose-microversion.js';
export { compareMicroversions, parseMicroversion } from './microversions/compare-microversions.js';
export { parseVersionDocument, type VersionEntry, type VersionListDocument, type VersionShowDocument } from './microversions/parse-version-document.js';
export type { MicroversionFacts, MicroversionHeader, MicroversionRange } from './microversions/microversion-facts.js';
export { MicroversionNotSupportedError, MicroversionOutOfRangeError, type MicroversionProblem } from './errors/microversion-errors.js';
export type {
  Microversioned,
  OperationAtMicroversion,
  OperationMicroversions,
  OperationPartMicroversions,
  PathsAtMicroversion,
  SelectMicroversion,
} from './microversions/microversion-types.js';

// Packaging: optional peers with an install hint, and the registry the generated OpenStack services fill in
export { importOptionalPeer } from './packaging/optional-peer.js';
export type { OpenStackServiceClients, OpenStackServiceMicroversions } from './registry/openstack-service-registry.js';
