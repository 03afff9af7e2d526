// @stratus/ovh — hand-written runtime of the OVHcloud SDK. Generated APIs are separate entry points
// (`@stratus/ovh/me`, `@stratus/ovh/v2/iam`…); the Node-only config loader is `@stratus/ovh/config`.

// API descriptors (contract with the generated entry points)
export { defineOvhApi, type EmptyResponse, type JsonRequestBody, type JsonResponse, type JsonResponseBody, type OperationShape, type OperationsShape, type OvhApi, type OvhMethod, type PathsFromOperations } from './api/ovh-api.js';
export type { FlatParams, NoParams, OperationAt, OperationsOf, PathsOf, PathsOfApi, ResultOf } from './api/operation-types.js';

// Endpoints
export { DEFAULT_OVH_ENDPOINT, OVH_ENDPOINTS, type OvhEndpoint, type OvhEndpointName } from './endpoints/ovh-endpoints.js';
export { resolveEndpoint, type ResolvedOvhEndpoint } from './endpoints/resolve-endpoint.js';
export { applyPrefixRule } from './endpoints/apply-prefix-rule.js';

// Signing and auth strategies
export { signOvhRequest, type OvhSignatureInput } from './signing/sign-ovh-request.js';
export { createOvhClock, type OvhClock, type OvhClockOptions, type OvhClockReading } from './auth/create-ovh-clock.js';
export { isOvhTimeError } from './auth/is-ovh-time-error.js';
export {
  createOvhSignatureAuth,
  type OvhSignatureAuthentication,
  type OvhSignatureAuthOptions,
} from './auth/create-ovh-signature-auth.js';
export { createOvhOAuth2Auth, type OvhOAuth2Authentication, type OvhOAuth2AuthOptions } from './auth/create-ovh-oauth2-auth.js';
export { createOvhAccessTokenAuth, type OvhAccessTokenAuthOptions } from './auth/create-ovh-access-token-auth.js';

// Client
export { createOvhClient, type OvhClientOptions } from './client/create-ovh-client.js';
export type {
  OvhClient,
  OvhClientBase,
  OvhParams,
  OvhRequestOptions,
  OvhRawResponse,
  OvhResponse,
  TypedOvhMethods,
  UntypedOvhMethods,
} from './client/ovh-client-types.js';
export { selectAuthMethod, type OvhAuthMethod, type OvhCredentials } from './client/select-auth-method.js';
export { buildOvhRequest, type OvhRequestInput, type OvhRequestParts } from './client/build-ovh-request.js';
export { canonicalizeParamName } from './client/canonicalize-param-name.js';
export type { OvhFetchResult } from './client/unwrap.js';

// Errors: every public error class of Stratus (`@stratus/core/errors`), and the OVH ones (python-ovh's names), which extend them
export * from '@stratus/core/errors';
export { OvhApiError } from './errors/ovh-api-error.js';
export type { OvhApiErrorInit, OvhErrorFields } from './errors/ovh-error-fields.js';
export {
  BadParametersError,
  InvalidCredentialError,
  InvalidKeyError,
  NotCredentialError,
  NotGrantedCallError,
  ResourceConflictError,
  ResourceExpiredError,
  ResourceNotFoundError,
} from './errors/ovh-errors.js';
export { NetworkError } from './errors/network-error.js';
export { OAuth2FailureError } from './errors/oauth2-failure-error.js';
export { InvalidRegionError } from './errors/invalid-region-error.js';
export { createOvhApiError, type CreateOvhApiErrorOptions } from './errors/create-ovh-api-error.js';

// Consumer keys
export {
  API_READ_ONLY,
  API_READ_WRITE,
  API_READ_WRITE_SAFE,
  type AccessRule,
  type AccessRuleMethod,
  type AccessRuleMethodInput,
} from './consumer-keys/access-rule-methods.js';
export { createConsumerKeyRequest, type ConsumerKeyRequest } from './consumer-keys/create-consumer-key-request.js';
export {
  requestConsumerKey,
  type ConsumerKeyGrant,
  type CredentialState,
  type RequestConsumerKeyOptions,
} from './consumer-keys/request-consumer-key.js';

// Pagination
export { paginate, type PaginateOptions } from './pagination/paginate.js';
export { DEFAULT_EXPAND_CONCURRENCY, expandIds, type ExpandIdsOptions } from './pagination/expand-ids.js';
