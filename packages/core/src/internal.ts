/**
 * `@stratus/core/internal`: building blocks that the Stratus provider packages and the generated
 * packages share. Not for application code: names and signatures here change without a major
 * version. Everything an application needs is exported from `@stratus/core` (or re-exported by
 * the provider package it uses).
 */

// Transport building blocks
export { createTransportPipeline, DEFAULT_TIMEOUT_MS } from './transport/create-transport.js';
export { buildUserAgent } from './transport/build-user-agent.js';
export {
  DEFAULT_MAX_RETRIES,
  delayBeforeRetry,
  isTransientFailure,
  MAX_RETRY_AFTER_MS,
  runRetryLoop,
  type RetryLoopOptions,
} from './transport/run-retry-loop.js';
export { linkSignals } from './transport/link-signals.js';
export { parseRetryAfter } from './transport/parse-retry-after.js';
export { sleep } from './transport/sleep.js';
export { computeBackoffDelay, DEFAULT_BACKOFF_BASE_MS, DEFAULT_BACKOFF_MAX_MS } from './transport/compute-backoff-delay.js';
export { IDEMPOTENT_METHODS, mayReplay } from './transport/is-retry-eligible.js';
export { isRetryableStatus } from './transport/is-retryable-status.js';

// The HTTP pipeline's senders and adapters (the policies are public, in '@stratus/core')
export { createHttpFetchSender } from './pipeline/http-fetch-sender.js';
export { createAttemptSender } from './pipeline/create-attempt-sender.js';
export { createStreamingFetchSender } from './pipeline/streaming-fetch-sender.js';
export { readFetchResponse } from './pipeline/read-fetch-response.js';
export { toFetchResponse } from './pipeline/to-fetch-response.js';
export { toFetch, type ToFetchOptions } from './pipeline/fetch-adapter.js';
export { readBodyText } from './pipeline/read-body-text.js';
export { getParsedJson } from './pipeline/parsed-json.js';
export { getResponseOrigin, recordResponseOrigin, type ResponseOrigin } from './transport/response-origin.js';
export { isJsonContentType } from './pipeline/json-body-policy.js';
export { isReadableStream } from './transport/is-readable-stream.js';
export { markStreamBody } from './transport/non-replayable-body.js';

// Authentication building blocks
export {
  createTokenCache,
  DEFAULT_REFRESH_MARGIN_MS,
  type CachedToken,
  type TokenCache,
  type TokenCacheOptions,
} from './auth/create-token-cache.js';
export { createTokenReplay, type TokenReplayOptions } from './auth/create-token-replay.js';

// Error building blocks
export { MAX_BODY_EXCERPT_LENGTH } from './errors/api-error.js';
export { markAuthenticationFailure } from './errors/authentication-error.js';
export { apiErrorInitOf } from './errors/api-error-init-of.js';
export { extractErrorDetails, type ErrorDetails } from './errors/extract-error-details.js';
export { findRequestId } from './errors/find-request-id.js';
export { reasonPhrase } from './errors/reason-phrase.js';
export { httpStatusErrorClass, type HttpStatusErrorClass } from './errors/http-status-error-class.js';

// Redaction building blocks
export { isSecretHeaderName, isSecretParamName } from './redaction/secret-patterns.js';

// Client building blocks
export { normalizeBaseUrl } from './client/normalize-base-url.js';

// API descriptors of the api-entry-points packages (OVH, OpenvCloud)
export { defineApi } from './api/api-descriptor.js';

// Generated OpenStack managers
export { attachManagers } from './managers/attach-managers.js';
export { createResourceManager, matchesFilter, type ManagerOptions, type RequestingClient } from './managers/create-resource-manager.js';
export { createPager } from './managers/pager.js';
export { nextLinkHref, nextPageQuery } from './managers/next-page-query.js';
export type { ActionSpec, ManagerTable, OperationSpec, ResourceSpec } from './managers/manager-table.js';

// OpenStack microversions: the header policy and negotiation the generated clients wire in
export { microversionPolicy, type MicroversionPolicyOptions } from './microversions/microversion-policy.js';
export { chooseMicroversion } from './microversions/choose-microversion.js';
export { compareMicroversions, parseMicroversion } from './microversions/compare-microversions.js';
export { parseVersionDocument, type VersionEntry, type VersionListDocument, type VersionShowDocument } from './microversions/parse-version-document.js';

// Packaging: optional peers with an install hint
export { importOptionalPeer } from './packaging/optional-peer.js';
