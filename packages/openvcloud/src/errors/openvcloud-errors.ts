import { ApiError, AuthenticationError, createApiError, UnauthorizedError, type CreateApiErrorOptions } from '@stratus/core';
import { apiErrorInitOf } from '@stratus/core/internal';

export const PROVIDER = 'openvcloud';

/** 412 — a precondition of the action does not hold (e.g. the machine is not in the right state). */
export class PreconditionFailedError extends ApiError {
  static {
    this.prototype.name = 'PreconditionFailedError';
  }
}

/** 419 "Authentication Timeout" — the session key (or JWT) expired. */
export class SessionExpiredError extends UnauthorizedError {
  static {
    this.prototype.name = 'SessionExpiredError';
  }
}


/** Obtaining credentials (ItsYou.online JWT, legacy session key) failed; the refusal is its `cause`. */
export class OpenvCloudAuthError extends AuthenticationError {
  static {
    this.prototype.name = 'OpenvCloudAuthError';
  }
}

/**
 * The portal's error statuses (400, 401, 403, 404, 409, 412, 419, 500, 503; body = a JSON-encoded
 * message string) as core errors; 412 and 419 get their own classes. Everything is redacted by core.
 */
export function createOpenvCloudApiError(response: CreateApiErrorOptions['response'], body: unknown, method: string, url: string): ApiError {
  const error = createApiError({ response, body, method, url, provider: PROVIDER });
  if (response.status !== 412 && response.status !== 419) return error;
  const init = apiErrorInitOf(error);
  return response.status === 412 ? new PreconditionFailedError(init) : new SessionExpiredError(init);
}
