import { ApiError, type ApiErrorInit } from './api-error.js';

// One subclass per status family so callers can branch with `instanceof`. Each is declared in one line
// from `statusErrorBase`; `HTTP_STATUS_ERROR_BY_STATUS` below is the one table from status to class.

/** A direct ApiError subclass whose `name` is set on its prototype (class names do not survive minifying). */
function statusErrorBase(name: string): typeof ApiError {
  const Base = class extends ApiError {};
  Base.prototype.name = name;
  return Base;
}

/** 400 — the request was malformed or failed validation. */
export class BadRequestError extends statusErrorBase('BadRequestError') {}

/** 401 — missing, expired or invalid credentials. */
export class UnauthorizedError extends statusErrorBase('UnauthorizedError') {}

/** 403 — authenticated, but not allowed. */
export class ForbiddenError extends statusErrorBase('ForbiddenError') {}

/** 404 — the resource does not exist (or is hidden from this identity). */
export class NotFoundError extends statusErrorBase('NotFoundError') {}

/** 409 — the request conflicts with the resource's current state. */
export class ConflictError extends statusErrorBase('ConflictError') {}

/** 429 — too many requests; `retryAfterMs` comes from the Retry-After header when present. */
export class RateLimitedError extends statusErrorBase('RateLimitedError') {
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
export class ServerError extends statusErrorBase('ServerError') {}

/** A status error class: its constructor takes the ApiError init (plus `retryAfterMs` for 429). */
export type HttpStatusErrorClass = new (init: ApiErrorInit & { retryAfterMs?: number | undefined }) => ApiError;

const HTTP_STATUS_ERROR_BY_STATUS: Readonly<Record<number, HttpStatusErrorClass>> = {
  400: BadRequestError,
  401: UnauthorizedError,
  403: ForbiddenError,
  404: NotFoundError,
  409: ConflictError,
  429: RateLimitedError,
};

/** The class for an error status (every 5xx is a ServerError), or undefined when no family has one. */
export function httpStatusErrorClass(status: number): HttpStatusErrorClass | undefined {
  return status >= 500 ? ServerError : HTTP_STATUS_ERROR_BY_STATUS[status];
}
