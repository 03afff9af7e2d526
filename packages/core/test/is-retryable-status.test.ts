import { expect, it } from 'vitest';
import { isRetryableStatus } from '../src/transport/is-retryable-status.js';

it.each([408, 425, 429, 500, 502, 503, 504])('retries %i', (status) => {
  expect(isRetryableStatus(status)).toBe(true);
});

it.each([200, 201, 204, 301, 400, 401, 403, 404, 409, 422, 501, 505])('does not retry %i', (status) => {
  expect(isRetryableStatus(status)).toBe(false);
});
