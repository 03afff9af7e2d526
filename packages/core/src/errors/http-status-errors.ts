import { ApiError, type ApiErrorInit } from './api-error.js';

// One subclass per status family so callers can branch with `instanceof`.

/** 400 — the request was malformed or failed validation. */
export class BadRequestError extends ApiError {
  static {
    this.prototype.name = 'BadRequestError';
  }
}

/** 401 — missing, expired or invalid credentials. */
export class UnauthorizedError extends ApiError {
  static {
    this.prototype.name = 'UnauthorizedError';
  }
}

/** 403 — authenticated, but not allowed. */
export class ForbiddenError extends ApiError {
  static {
    this.prototype.name = 'ForbiddenError';
  }
}

/** 404 — the resource does not exist (or is hidden from this identity). */
export class NotFoundError extends ApiError {
  static {
    this.prototype.name = 'NotFoundError';
  }
}

/** 409 — the request conflicts with the resource's current state. */
export class ConflictError extends ApiError {
  static {
    this.prototype.name = 'ConflictError';
  }
}

/** 429 — too many requests; `retryAfterMs` comes from the Retry-After header when present. */
export class RateLimitedError extends ApiError {
  static {
    this.prototype.name = 'RateLimitedError';
  }

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
export class ServerError extends ApiError {
  static {
    this.prototype.name = 'ServerError';
  }
}
