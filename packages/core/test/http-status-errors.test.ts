import { describe, expect, it } from 'vitest';
import { ApiError } from '../src/errors/api-error.js';
import { createApiError } from '../src/errors/create-api-error.js';
import { httpStatusErrorClass } from '../src/errors/http-status-error-class.js';
import * as table from '../src/errors/http-status-errors.js';
import { StratusError } from '../src/errors/stratus-error.js';

const { BadRequestError, ConflictError, ForbiddenError, NotFoundError, RateLimitedError, ServerError, UnauthorizedError } = table;
const rows = Object.entries(table);
// Every status a Response can carry.
const STATUSES = Array.from({ length: 400 }, (_, i) => 200 + i);
const errorFor = (status: number) => createApiError({ response: new Response(null, { status }), method: 'GET', url: 'https://h/x' });

describe('HTTP status error classes (one table)', () => {
  it('the table is the seven status families', () => {
    expect(rows.map(([name]) => name).sort()).toEqual(['BadRequestError', 'ConflictError', 'ForbiddenError', 'NotFoundError', 'RateLimitedError', 'ServerError', 'UnauthorizedError']);
  });

  it.each(rows)('%s: every status it stands for builds one, with its name, status, and instanceof it, ApiError and StratusError only', (name, Class) => {
    const statuses = STATUSES.filter((status) => httpStatusErrorClass(status) === Class);
    expect(statuses.length).toBeGreaterThan(0);
    for (const status of statuses) {
      const error = errorFor(status);
      expect(error).toBeInstanceOf(Class);
      expect(error).toBeInstanceOf(ApiError);
      expect(error).toBeInstanceOf(StratusError);
      expect(error.name).toBe(name);
      expect(error.status).toBe(status);
      expect(error.stack?.startsWith(`${name}: ${status}`)).toBe(true);
      for (const [other, Other] of rows) if (other !== name) expect(error).not.toBeInstanceOf(Other);
    }
    const direct = new Class({ message: 'm', status: statuses[0]!, method: 'GET', url: 'https://h/' });
    expect(direct.name).toBe(name);
    expect(direct.toJSON()).toMatchObject({ name, status: statuses[0] });
  });

  it('httpStatusErrorClass: every 5xx a ServerError, no class outside the families', () => {
    const mapped = [400, 401, 403, 404, 409, 429, 500, 503, 599].map(httpStatusErrorClass);
    expect(mapped).toEqual([BadRequestError, UnauthorizedError, ForbiddenError, NotFoundError, ConflictError, RateLimitedError, ServerError, ServerError, ServerError]);
    expect([402, 405, 418, 460, 499].map(httpStatusErrorClass)).toEqual([undefined, undefined, undefined, undefined, undefined]);
    const unmapped = errorFor(418);
    expect(unmapped.constructor).toBe(ApiError);
    expect(unmapped.name).toBe('ApiError');
  });

  it('RateLimitedError carries retryAfterMs, also in JSON', () => {
    const init = { message: 'm', status: 429, method: 'GET', url: 'https://h/' };
    const error = new RateLimitedError({ ...init, retryAfterMs: 3000 });
    expect(error.retryAfterMs).toBe(3000);
    expect(error.toJSON()).toMatchObject({ name: 'RateLimitedError', retryAfterMs: 3000 });
    expect(new RateLimitedError(init).retryAfterMs).toBeUndefined();
  });
});
