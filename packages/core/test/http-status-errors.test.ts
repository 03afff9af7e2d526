import { describe, expect, it } from 'vitest';
import { ApiError } from '../src/errors/api-error.js';
import {
  BadRequestError,
  ConflictError,
  ForbiddenError,
  NotFoundError,
  RateLimitedError,
  ServerError,
  UnauthorizedError,
  httpStatusErrorClass,
} from '../src/errors/http-status-errors.js';

const init = { message: 'm', status: 400, method: 'GET', url: 'https://h/' };

describe('HTTP status error classes', () => {
  const classes = [BadRequestError, UnauthorizedError, ForbiddenError, NotFoundError, ConflictError, RateLimitedError, ServerError];

  it.each(classes.map((Class) => [Class.name, Class] as const))('%s is an ApiError with a matching name and stack header', (name, Class) => {
    const error = new Class(init);
    expect(error).toBeInstanceOf(ApiError);
    expect(error.name).toBe(name);
    expect(error.stack?.startsWith(`${name}: m`)).toBe(true);
  });

  it('keeps the classes distinguishable with instanceof', () => {
    const notFound = new NotFoundError(init);
    for (const Other of classes.filter((Class) => Class !== NotFoundError)) expect(notFound).not.toBeInstanceOf(Other);
  });

  it('httpStatusErrorClass is the one status → class table: every 5xx a ServerError, no class outside the families', () => {
    const table = [400, 401, 403, 404, 409, 429, 500, 503, 599].map(httpStatusErrorClass);
    expect(table).toEqual([BadRequestError, UnauthorizedError, ForbiddenError, NotFoundError, ConflictError, RateLimitedError, ServerError, ServerError, ServerError]);
    expect([402, 405, 418, 460].map(httpStatusErrorClass)).toEqual([undefined, undefined, undefined, undefined]);
  });

  it('RateLimitedError carries retryAfterMs, also in JSON', () => {
    const error = new RateLimitedError({ ...init, status: 429, retryAfterMs: 3000 });
    expect(error.retryAfterMs).toBe(3000);
    expect(error.toJSON()).toMatchObject({ name: 'RateLimitedError', retryAfterMs: 3000 });
    expect(new RateLimitedError({ ...init, status: 429 }).retryAfterMs).toBeUndefined();
  });
});
