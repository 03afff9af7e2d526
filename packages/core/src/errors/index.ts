/**
 * `@stratus/core/errors`: every public error class of Stratus and the types their constructors and
 * fields use. Each provider package re-exports this entry whole (`export * from '@stratus/core/errors'`),
 * so the set is listed once, here; `@stratus/core` exports it too.
 */
export { StratusError } from './stratus-error.js';
export { InvalidConfigurationError } from './invalid-configuration-error.js';
export { AuthenticationError } from './authentication-error.js';
export { ApiError, type ApiErrorInit } from './api-error.js';
export {
  BadRequestError,
  ConflictError,
  ForbiddenError,
  NotFoundError,
  RateLimitedError,
  ServerError,
  UnauthorizedError,
} from './http-status-errors.js';
export {
  AbortError,
  ConnectionError,
  InvalidResponseError,
  RequestFailedError,
  TimeoutError,
  type RequestTarget,
} from './transport-errors.js';
// Raised by the generated OpenStack managers' find() and by microversion negotiation.
export { NoMatchError, NoUniqueMatchError, type FindTarget } from '../managers/find-errors.js';
export { MicroversionNotSupportedError, MicroversionOutOfRangeError, type MicroversionProblem } from './microversion-errors.js';
