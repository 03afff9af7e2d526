import type { ApiError, ApiErrorInit } from './api-error.js';
import { standsForStatus } from './http-status-error-base.js';
import * as httpStatusErrors from './http-status-errors.js';

/** A status error class: its constructor takes the ApiError init (plus `retryAfterMs` for 429). */
export type HttpStatusErrorClass = new (init: ApiErrorInit & { retryAfterMs?: number | undefined }) => ApiError;

const HTTP_STATUS_ERROR_CLASSES: readonly HttpStatusErrorClass[] = Object.values(httpStatusErrors);

/** The class for an error status (every 5xx is a ServerError), or undefined when no family has one. */
export function httpStatusErrorClass(status: number): HttpStatusErrorClass | undefined {
  return HTTP_STATUS_ERROR_CLASSES.find((ErrorClass) => standsForStatus(ErrorClass, status));
}
