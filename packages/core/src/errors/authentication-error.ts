import { StratusError } from './stratus-error.js';

// Set on the prototype of each class that stands for rejected credentials but extends another base
// (a 401 is an ApiError, OVH's OAuth2 failure an OvhApiError): JavaScript has one superclass.
const AUTHENTICATION_FAILURE = Symbol.for('stratus.authenticationFailure');

/**
 * The provider did not accept the credentials, whichever provider and step: its token or login endpoint
 * refused them (OVH `OAuth2FailureError`, OpenvCloud `OpenvCloudAuthError`, Keystone's 401), or an API
 * call answered 401 even after a fresh token (`UnauthorizedError`, and the classes that extend it), or
 * OVH refused the signed call's keys (`InvalidKeyError`, `InvalidCredentialError`, `NotCredentialError`).
 * `error instanceof AuthenticationError` is true for all of them; each keeps its own class and fields.
 */
export class AuthenticationError extends StratusError {
  static {
    this.prototype.name = 'AuthenticationError';
  }

  // The base answers for its subclasses and for the marked classes; a subclass checks its own chain only.
  static override [Symbol.hasInstance](value: unknown): boolean {
    if (Function.prototype[Symbol.hasInstance].call(this, value)) return true;
    return this === AuthenticationError && typeof value === 'object' && value !== null && (value as Record<symbol, unknown>)[AUTHENTICATION_FAILURE] === true;
  }
}

/** Makes `instanceof AuthenticationError` true for the errors of `ErrorClass` and of every class extending it. */
export function markAuthenticationFailure(ErrorClass: abstract new (...args: never[]) => Error): void {
  Object.defineProperty(ErrorClass.prototype, AUTHENTICATION_FAILURE, { value: true, enumerable: false });
}
