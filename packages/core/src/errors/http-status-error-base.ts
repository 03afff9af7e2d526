import { ApiError } from './api-error.js';

/** Which statuses a status error class stands for: one status, or a test (e.g. every 5xx). */
export type HttpStatusMatch = number | ((status: number) => boolean);

// Each base's status match, read by httpStatusErrorClass through the exported class that extends it.
const statusMatchOf = new WeakMap<object, HttpStatusMatch>();

/**
 * The one factory of the HTTP status error classes: a direct ApiError subclass whose `name` is set on
 * its prototype (class names do not survive minifying) and that stands for the statuses `match` selects.
 */
export function httpStatusErrorBase(name: string, match: HttpStatusMatch): typeof ApiError {
  const Base = class extends ApiError {};
  Base.prototype.name = name;
  statusMatchOf.set(Base, match);
  return Base;
}

/** Whether `ErrorClass` (a class extending an httpStatusErrorBase) stands for `status`. */
export function standsForStatus(ErrorClass: object, status: number): boolean {
  const match = statusMatchOf.get(Object.getPrototypeOf(ErrorClass) as object);
  return typeof match === 'function' ? match(status) : match === status;
}
