import { ApiError } from '@stratus/core';
import { initOvhErrorFields, ovhErrorJson, ovhErrorKind, type OvhApiErrorInit, type OvhErrorFields } from './ovh-error-fields.js';

export interface OvhApiError extends OvhErrorFields {}

/**
 * Base of every error the OVH API answered with. Catch-all for OVH: `err instanceof OvhApiError` is
 * true for ResourceNotFoundError, NotGrantedCallError, a 5xx ServerError… even though those extend core's
 * status classes (NotFoundError, ForbiddenError…) so that core-level `instanceof` checks work too.
 */
export class OvhApiError extends ApiError {
  static {
    this.prototype.name = 'OvhApiError';
  }

  // Branded check for the base class only; subclasses keep the ordinary prototype-chain check.
  static override [Symbol.hasInstance](value: unknown): boolean {
    if (this === OvhApiError) return ovhErrorKind(value) !== undefined;
    return Function.prototype[Symbol.hasInstance].call(this, value);
  }

  constructor(init: OvhApiErrorInit, kind = 'OvhApiError') {
    super(init);
    initOvhErrorFields(this, init, kind);
  }

  override toJSON(): Record<string, unknown> {
    return { ...super.toJSON(), ...ovhErrorJson(this) };
  }
}
