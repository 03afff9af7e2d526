import { describe, expectTypeOf, it } from 'vitest';
import {
  ApiError,
  BadRequestError,
  ConflictError,
  ForbiddenError,
  NotFoundError,
  RateLimitedError,
  ServerError,
  StratusError,
  UnauthorizedError,
} from '../src/index.js';

// Checked by tsc in vitest's typecheck run; never executed.
describe('HTTP status error classes narrow with instanceof', () => {
  it('narrows a caught value to each class, with the ApiError fields', () => {
    try {
      throw new Error('x');
    } catch (e) {
      // @ts-expect-error a caught value is unknown until narrowed
      void e.status;
      if (e instanceof NotFoundError) {
        expectTypeOf(e).toEqualTypeOf<NotFoundError>();
        expectTypeOf(e.status).toEqualTypeOf<number>();
        expectTypeOf(e.requestId).toEqualTypeOf<string | undefined>();
      }
      if (e instanceof RateLimitedError) expectTypeOf(e.retryAfterMs).toEqualTypeOf<number | undefined>();
      if (e instanceof ApiError) {
        // @ts-expect-error retryAfterMs belongs to RateLimitedError only
        void e.retryAfterMs;
      }
    }
  });

  it('each class is an ApiError and a StratusError, and a constructor of its own type', () => {
    expectTypeOf<BadRequestError>().toExtend<ApiError>();
    expectTypeOf<UnauthorizedError>().toExtend<ApiError>();
    expectTypeOf<ForbiddenError>().toExtend<ApiError>();
    expectTypeOf<NotFoundError>().toExtend<StratusError>();
    expectTypeOf<ConflictError>().toExtend<StratusError>();
    expectTypeOf<RateLimitedError>().toExtend<ApiError>();
    expectTypeOf<ServerError>().toExtend<ApiError>();
    expectTypeOf(new ServerError({ message: 'm', status: 503, method: 'GET', url: 'https://h/' })).toEqualTypeOf<ServerError>();
    expectTypeOf(new RateLimitedError({ message: 'm', status: 429, method: 'GET', url: 'https://h/', retryAfterMs: 1 })).toEqualTypeOf<RateLimitedError>();
  });
});
