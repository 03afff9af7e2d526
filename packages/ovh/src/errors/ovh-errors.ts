import {
  type ApiError,
  BadRequestError,
  ConflictError,
  ForbiddenError as CoreForbiddenError,
  NotFoundError,
} from '@stratus/core';
import { httpStatusErrorClass, type HttpStatusErrorClass } from '@stratus/core/internal';
import { OvhApiError } from './ovh-api-error.js';
import { initOvhErrorFields, ovhErrorJson, type OvhApiErrorInit, type OvhErrorFields } from './ovh-error-fields.js';

// python-ovh's exception classes. Each extends the core class for its status (so core-level code that
// checks `instanceof NotFoundError` keeps working) and is branded so `instanceof OvhApiError` works too.
// The OVH fields come from interface merging; toJSON adds them to the redacted serialisation.

/** The OVH flavour of a core error class: its name, the OVH fields and their place in toJSON. */
function withOvhFields<Base extends new (init: OvhApiErrorInit) => ApiError>(Base: Base, name: string) {
  const Flavoured = class extends (Base as new (init: OvhApiErrorInit) => ApiError) {
    constructor(init: OvhApiErrorInit) {
      super(init);
      initOvhErrorFields(this as unknown as OvhErrorFields, init, name);
    }
    override toJSON(): Record<string, unknown> {
      return { ...super.toJSON(), ...ovhErrorJson(this as unknown as OvhErrorFields) };
    }
  };
  Flavoured.prototype.name = name;
  return Flavoured as unknown as Base;
}

export interface NotGrantedCallError extends OvhErrorFields {}
/** 403 `NOT_GRANTED_CALL`: the consumer key's access rules do not cover this call. */
export class NotGrantedCallError extends withOvhFields(CoreForbiddenError, 'NotGrantedCallError') {}

export interface NotCredentialError extends OvhErrorFields {}
/** 403 `NOT_CREDENTIAL`: the consumer key does not exist (or was never validated). */
export class NotCredentialError extends withOvhFields(CoreForbiddenError, 'NotCredentialError') {}

export interface InvalidKeyError extends OvhErrorFields {}
/**
 * 403 `INVALID_KEY`: unknown application key. Also thrown before sending (status 0) when a signed call
 * is made without an application secret or consumer key — like python-ovh, minus the echoed value.
 */
export class InvalidKeyError extends withOvhFields(CoreForbiddenError, 'InvalidKeyError') {}

export interface InvalidCredentialError extends OvhErrorFields {}
/** 403 `INVALID_CREDENTIAL`: the consumer key is invalid, expired or revoked. */
export class InvalidCredentialError extends withOvhFields(CoreForbiddenError, 'InvalidCredentialError') {}

export interface ResourceNotFoundError extends OvhErrorFields {}
/** 404. Also a core NotFoundError. */
export class ResourceNotFoundError extends withOvhFields(NotFoundError, 'ResourceNotFoundError') {}

export interface BadParametersError extends OvhErrorFields {}
/** 400. Also a core BadRequestError. */
export class BadParametersError extends withOvhFields(BadRequestError, 'BadParametersError') {}

export interface ResourceConflictError extends OvhErrorFields {}
/** 409. Also a core ConflictError. */
export class ResourceConflictError extends withOvhFields(ConflictError, 'ResourceConflictError') {}

/** 460: the service has expired (OVH-specific status, no core equivalent). */
export class ResourceExpiredError extends OvhApiError {
  static {
    this.prototype.name = 'ResourceExpiredError';
  }
  constructor(init: OvhApiErrorInit) {
    super(init, 'ResourceExpiredError');
  }
}

// Any other error status (python-ovh `APIError`): 401, 403 with an unlisted code, 429, 5xx, 4xx…
// Those whose status has a core class (core's one status table) are the OVH flavour of it, named after it;
// the rest are plain OvhApiErrors. Every one is an OvhApiError (branded) and a core ApiError.

const ovhFlavourOf = new Map<HttpStatusErrorClass, new (init: OvhApiErrorInit) => OvhApiError>();

/** The error for a status without an OVH class: the OVH flavour of core's class for it, if there is one. */
export function createGenericApiError(init: OvhApiErrorInit & { retryAfterMs?: number | undefined }): OvhApiError {
  const CoreClass = httpStatusErrorClass(init.status);
  if (!CoreClass) return new OvhApiError(init);
  let Flavoured = ovhFlavourOf.get(CoreClass);
  if (!Flavoured) {
    Flavoured = withOvhFields(CoreClass, CoreClass.prototype.name) as unknown as new (init: OvhApiErrorInit) => OvhApiError;
    ovhFlavourOf.set(CoreClass, Flavoured);
  }
  return new Flavoured(init);
}
