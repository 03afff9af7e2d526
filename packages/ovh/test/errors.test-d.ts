import { ApiError, ForbiddenError, NotFoundError, StratusError } from '@stratus/core';
import { describe, expectTypeOf, it } from 'vitest';
import {
  BadParametersError,
  InvalidCredentialError,
  InvalidKeyError,
  NotCredentialError,
  NotGrantedCallError,
  OvhApiError,
  ResourceConflictError,
  ResourceExpiredError,
  ResourceNotFoundError,
} from '../src/index.js';

// Checked by tsc in vitest's typecheck run; never executed.
describe('OVH error classes narrow with instanceof', () => {
  it('narrows a caught value to the class, with the core and the OVH fields', () => {
    try {
      throw new Error('x');
    } catch (e) {
      // @ts-expect-error a caught value is unknown until narrowed
      void e.queryId;
      if (e instanceof ResourceNotFoundError) {
        expectTypeOf(e).toEqualTypeOf<ResourceNotFoundError>();
        expectTypeOf(e.status).toEqualTypeOf<number>();
        expectTypeOf(e.queryId).toEqualTypeOf<string | undefined>();
        expectTypeOf(e.unauthorizedActionsByIAM).toEqualTypeOf<readonly string[]>();
      }
      if (e instanceof NotGrantedCallError) expectTypeOf(e.errorCode).toEqualTypeOf<string | undefined>();
      if (e instanceof ResourceExpiredError) expectTypeOf(e.class).toEqualTypeOf<string | undefined>();
      if (e instanceof NotFoundError) {
        // @ts-expect-error core's NotFoundError has no OVH fields
        void e.queryId;
      }
    }
  });

  it('each class is its core class, an OvhApiError, an ApiError and a StratusError', () => {
    expectTypeOf<NotGrantedCallError>().toExtend<ForbiddenError>();
    expectTypeOf<NotCredentialError>().toExtend<ForbiddenError>();
    expectTypeOf<InvalidKeyError>().toExtend<ForbiddenError>();
    expectTypeOf<InvalidCredentialError>().toExtend<ForbiddenError>();
    expectTypeOf<ResourceNotFoundError>().toExtend<NotFoundError>();
    expectTypeOf<BadParametersError>().toExtend<OvhApiError>();
    expectTypeOf<ResourceConflictError>().toExtend<OvhApiError>();
    expectTypeOf<ResourceExpiredError>().toExtend<OvhApiError>();
    expectTypeOf<NotGrantedCallError>().toExtend<OvhApiError>();
    expectTypeOf<ResourceNotFoundError>().toExtend<ApiError>();
    expectTypeOf<ResourceExpiredError>().toExtend<StratusError>();
  });
});
