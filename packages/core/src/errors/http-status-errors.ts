import type { ApiErrorInit } from './api-error.js';
import { markAuthenticationFailure } from './authentication-error.js';
import { httpStatusErrorBase } from './http-status-error-base.js';

// The one table of HTTP status error classes: each row is the class's doc, name and status (or status
// test), one class per status family so callers can branch with `instanceof`. Only the rows are
// exported here: httpStatusErrorClass looks a status up by reading every export of this module.

/** 400 — the request was malformed or failed validation. */
export class BadRequestError extends httpStatusErrorBase('BadRequestError', 400) {}

/** 401 — missing, expired or invalid credentials. Also an AuthenticationError. */
export class UnauthorizedError extends httpStatusErrorBase('UnauthorizedError', 401) {
  static {
    markAuthenticationFailure(this);
  }
}

/** 403 — authenticated, but not allowed. */
export class ForbiddenError extends httpStatusErrorBase('ForbiddenError', 403) {}

/** 404 — the resource does not exist (or is hidden from this identity). */
export class NotFoundError extends httpStatusErrorBase('NotFoundError', 404) {}

/** 409 — the request conflicts with the resource's current state. */
export class ConflictError extends httpStatusErrorBase('ConflictError', 409) {}

/** 429 — too many requests; `retryAfterMs` comes from the Retry-After header when present. */
export class RateLimitedError extends httpStatusErrorBase('RateLimitedError', 429) {
  readonly retryAfterMs: number | undefined;

  constructor(init: ApiErrorInit & { retryAfterMs?: number | undefined }) {
    super(init);
    this.retryAfterMs = init.retryAfterMs;
  }

  protected override details(): Record<string, unknown> {
    return { ...super.details(), retryAfterMs: this.retryAfterMs };
  }
}

/** 5xx — the provider failed. */
export class ServerError extends httpStatusErrorBase('ServerError', (status) => status >= 500) {}
