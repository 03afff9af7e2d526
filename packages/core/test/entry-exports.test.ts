/**
 * The runtime names each entry exports, pinned: adding or removing one is a decision, made here.
 * Application code uses `@stratus/core`; `@stratus/core/errors` is the error classes alone, which every
 * provider package re-exports; `@stratus/core/internal` is for the Stratus packages.
 */
import { fileURLToPath } from 'node:url';
import { CORE_ERROR_CLASSES } from '@stratus/test-support/core-error-exports';
import { exportedNames } from '@stratus/test-support/export-names';
import { expect, it } from 'vitest';
import * as core from '../src/index.js';
import * as errors from '../src/errors/index.js';
import * as internal from '../src/internal.js';

// The error classes (pinned by name in test-support, the list every provider's export test checks) and the rest.
const PUBLIC = [
  ...CORE_ERROR_CLASSES,
  'REDACTED',
  'STRATUS_VERSION',
  'authPolicy',
  'createApiError',
  'createHttpPipeline',
  'createNoAuth',
  'createServiceClient',
  'createTokenAuth',
  'createTransport',
  'jsonBodyPolicy',
  'redactHeaders',
  'redactText',
  'redactUrl',
  'retryPolicy',
  'timeoutPolicy',
  'unwrap',
  'userAgentPolicy',
  'withHeaders',
].sort();

const INTERNAL = [
  'DEFAULT_BACKOFF_BASE_MS',
  'DEFAULT_BACKOFF_MAX_MS',
  'DEFAULT_MAX_RETRIES',
  'DEFAULT_REFRESH_MARGIN_MS',
  'DEFAULT_TIMEOUT_MS',
  'IDEMPOTENT_METHODS',
  'MAX_BODY_EXCERPT_LENGTH',
  'MAX_RETRY_AFTER_MS',
  'apiErrorInitOf',
  'attachManagers',
  'buildUserAgent',
  'chooseMicroversion',
  'compareMicroversions',
  'computeBackoffDelay',
  'createAttemptSender',
  'createHttpFetchSender',
  'createPager',
  'createResourceManager',
  'createStreamingFetchSender',
  'createTokenCache',
  'createTokenReplay',
  'createTransportPipeline',
  'defineApi',
  'delayBeforeRetry',
  'extractErrorDetails',
  'findRequestId',
  'getParsedJson',
  'getResponseOrigin',
  'httpStatusErrorClass',
  'importOptionalPeer',
  'isJsonContentType',
  'isReadableStream',
  'isRetryableStatus',
  'isSecretHeaderName',
  'isSecretParamName',
  'isTransientFailure',
  'linkSignals',
  'markAuthenticationFailure',
  'markStreamBody',
  'matchesFilter',
  'mayReplay',
  'microversionPolicy',
  'nextLinkHref',
  'nextPageQuery',
  'normalizeBaseUrl',
  'parseMicroversion',
  'parseRetryAfter',
  'parseVersionDocument',
  'readBodyText',
  'readFetchResponse',
  'reasonPhrase',
  'recordResponseOrigin',
  'runRetryLoop',
  'sleep',
  'toFetch',
  'toFetchResponse',
];

it('@stratus/core exports exactly the public names', () => {
  expect(Object.keys(core).sort()).toEqual(PUBLIC);
});

it('@stratus/core/errors exports exactly the pinned error classes, the same ones as @stratus/core', () => {
  expect(Object.keys(errors).sort()).toEqual([...CORE_ERROR_CLASSES]);
  for (const name of CORE_ERROR_CLASSES) {
    const Class = errors[name];
    expect(Class.prototype, name).toBeInstanceOf(Error);
    expect(core[name], name).toBe(Class);
  }
});

it('@stratus/core/internal exports exactly the internal names, none of them public', () => {
  expect(Object.keys(internal).sort()).toEqual(INTERNAL);
  expect(INTERNAL.filter((name) => PUBLIC.includes(name))).toEqual([]);
});

it('the type-level exports of every entry match the snapshot (types and interfaces included)', () => {
  const entries = ['index.ts', 'errors/index.ts', 'internal.ts'].map((file) => fileURLToPath(new URL(`../src/${file}`, import.meta.url)));
  expect(exportedNames(entries)).toMatchSnapshot();
}, 60_000); // a TypeScript program over the sources, slow on a loaded machine
