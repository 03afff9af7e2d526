import { expect, it } from 'vitest';
import * as core from '../src/index.js';

it('exposes the public API', () => {
  const expected = [
    'STRATUS_VERSION',
    'createTokenAuth',
    'createNoAuth',
    'createTransport',
    'composePolicies',
    'userAgentPolicy',
    'retryPolicy',
    'timeoutPolicy',
    'authPolicy',
    'jsonBodyPolicy',
    'buildUserAgent',
    'parseRetryAfter',
    'computeBackoffDelay',
    'isRetryEligible',
    'isRetryableStatus',
    'withRequestHeaders',
    'StratusError',
    'ApiError',
    'BadRequestError',
    'UnauthorizedError',
    'ForbiddenError',
    'NotFoundError',
    'ConflictError',
    'RateLimitedError',
    'ServerError',
    'ConnectionError',
    'TimeoutError',
    'AbortError',
    'InvalidResponseError',
    'createApiError',
    'redactHeaders',
    'redactUrl',
    'redactText',
    'createServiceClient',
    'unwrap',
    'attachManagers',
    'NoMatchError',
    'NoUniqueMatchError',
    'createPager',
    'nextPageQuery',
  ];
  for (const name of expected) expect(core, name).toHaveProperty(name);
});

it('exports only functions, classes and constants (no accidental namespaces)', () => {
  for (const [name, value] of Object.entries(core)) {
    expect(['function', 'string', 'number', 'object'], name).toContain(typeof value);
  }
  expect(core.IDEMPOTENT_METHODS).toBeInstanceOf(Set);
});
