import { describe, expect, it } from 'vitest';
import {
  ApiError,
  BadRequestError,
  ConflictError,
  ForbiddenError,
  NotFoundError,
  RateLimitedError,
  ServerError,
  UnauthorizedError,
} from '../src/index.js';
import { httpStatusErrorClass } from '../src/internal.js';

const init = { message: 'm', status: 0, method: 'GET', url: 'https://example.test/x' };

describe('httpStatusErrorClass (the one status → class table)', () => {
  it.each([
    [400, BadRequestError, 'BadRequestError'],
    [401, UnauthorizedError, 'UnauthorizedError'],
    [403, ForbiddenError, 'ForbiddenError'],
    [404, NotFoundError, 'NotFoundError'],
    [409, ConflictError, 'ConflictError'],
    [429, RateLimitedError, 'RateLimitedError'],
    [500, ServerError, 'ServerError'],
    [503, ServerError, 'ServerError'],
    [599, ServerError, 'ServerError'],
  ] as const)('%i → %o named %s, an ApiError', (status, Class, name) => {
    const StatusError = httpStatusErrorClass(status);
    expect(StatusError).toBe(Class);
    const error = new Class({ ...init, status });
    expect(error).toBeInstanceOf(ApiError);
    expect(error.name).toBe(name);
  });

  it('has no class for statuses outside the families', () => {
    expect([402, 405, 418, 460].map(httpStatusErrorClass)).toEqual([undefined, undefined, undefined, undefined]);
  });

  it('keeps the families apart: a NotFoundError is not a ForbiddenError', () => {
    expect(new NotFoundError({ ...init, status: 404 })).not.toBeInstanceOf(ForbiddenError);
  });
});
