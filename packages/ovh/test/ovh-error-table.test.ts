import { ApiError, BadRequestError, ConflictError, ForbiddenError as CoreForbiddenError, NotFoundError, StratusError } from '@stratus/core';
import { describe, expect, it } from 'vitest';
import { createOvhApiError } from '../src/errors/create-ovh-api-error.js';
import { OvhApiError } from '../src/errors/ovh-api-error.js';
import * as table from '../src/errors/ovh-errors.js';

// The core class each python-ovh class also is (written out here, not read from the table).
const CORE_CLASS: Record<string, abstract new (...args: never[]) => ApiError> = {
  NotGrantedCallError: CoreForbiddenError,
  NotCredentialError: CoreForbiddenError,
  InvalidKeyError: CoreForbiddenError,
  InvalidCredentialError: CoreForbiddenError,
  ResourceNotFoundError: NotFoundError,
  BadParametersError: BadRequestError,
  ResourceConflictError: ConflictError,
  ResourceExpiredError: ApiError,
};

const rows = Object.entries(table);
const ERROR_CODES = [undefined, 'NOT_GRANTED_CALL', 'NOT_CREDENTIAL', 'INVALID_KEY', 'INVALID_CREDENTIAL', 'FORBIDDEN', 'QUERY_TIME_OUT'];
// Every error response a Response can carry, with each errorCode OVH sends.
const responses = Array.from({ length: 400 }, (_, i) => 200 + i).flatMap((status) =>
  ERROR_CODES.map((errorCode) => ({
    status,
    errorCode,
    error: createOvhApiError({ response: new Response(null, { status, headers: { 'X-Ovh-QueryID': 'EU.q-1' } }), body: { errorCode, message: 'm' }, method: 'GET', url: 'https://eu.api.ovh.com/1.0/me' }),
  })),
);

describe('OVH error classes (one table)', () => {
  it("the table is python-ovh's eight classes", () => {
    expect(rows.map(([name]) => name).sort()).toEqual(Object.keys(CORE_CLASS).sort());
  });

  it.each(rows)('%s: every response it stands for builds one, named after it, an OvhApiError, ApiError, StratusError and its core class', (name, Class) => {
    const built = responses.filter(({ error }) => error instanceof Class);
    expect(built.length).toBeGreaterThan(0);
    for (const { status, errorCode, error } of built) {
      expect(error.name).toBe(name);
      expect(error.constructor).toBe(Class);
      expect(error.status).toBe(status);
      expect(error.errorCode).toBe(errorCode);
      expect(error.queryId).toBe('EU.q-1');
      expect(error).toBeInstanceOf(OvhApiError);
      expect(error).toBeInstanceOf(ApiError);
      expect(error).toBeInstanceOf(StratusError);
      expect(error).toBeInstanceOf(CORE_CLASS[name]!);
      expect(error.toJSON()).toMatchObject({ name, status, queryId: 'EU.q-1' });
      for (const [other, Other] of rows) if (other !== name) expect(error).not.toBeInstanceOf(Other);
    }
  });

  it('python-ovh picks 403 classes by errorCode and the others by status alone', () => {
    const classOf = (status: number, errorCode?: string) => responses.find((r) => r.status === status && r.errorCode === errorCode)!.error.name;
    expect(ERROR_CODES.map((code) => classOf(403, code))).toEqual(['ForbiddenError', 'NotGrantedCallError', 'NotCredentialError', 'InvalidKeyError', 'InvalidCredentialError', 'ForbiddenError', 'ForbiddenError']);
    expect(ERROR_CODES.map((code) => classOf(404, code))).toEqual(Array(ERROR_CODES.length).fill('ResourceNotFoundError'));
    expect([400, 409, 460, 401, 429, 500, 418].map((status) => classOf(status))).toEqual([
      'BadParametersError',
      'ResourceConflictError',
      'ResourceExpiredError',
      'UnauthorizedError',
      'RateLimitedError',
      'ServerError',
      'OvhApiError',
    ]);
  });
});
