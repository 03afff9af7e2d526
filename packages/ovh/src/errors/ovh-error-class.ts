import { ApiError } from '@stratus/core';
import { markAuthenticationFailure, type HttpStatusErrorClass } from '@stratus/core/internal';
import type { OvhApiError } from './ovh-api-error.js';
import { initOvhErrorFields, ovhErrorJson, type OvhApiErrorInit, type OvhErrorFields } from './ovh-error-fields.js';

/** Which error responses an OVH error class stands for: a status, refined by the body's `errorCode` when given. */
export interface OvhErrorMatch {
  status: number;
  errorCode?: string;
}

type ApiErrorClass = new (init: OvhApiErrorInit) => ApiError;

// Each class's match, read by createOvhApiError through the exported class that extends it.
const matchOf = new WeakMap<object, OvhErrorMatch>();

/**
 * The one factory of the OVH error classes: the OVH flavour of a core error class — `name` on its
 * prototype (class names do not survive minifying), the OVH fields branded so `instanceof OvhApiError`
 * holds, and their place in toJSON — standing for the responses `match` selects. Extending core's class
 * for the status keeps core-level `instanceof NotFoundError` checks working; `authenticationFailure`
 * (the keys were refused) makes `instanceof AuthenticationError` hold too.
 */
export function ovhErrorClass<Base extends ApiErrorClass>(name: string, Base: Base, match?: OvhErrorMatch, facts: { authenticationFailure?: boolean } = {}): Base {
  const Flavoured = class extends (Base as ApiErrorClass) {
    constructor(init: OvhApiErrorInit) {
      super(init);
      initOvhErrorFields(this, init, name);
    }
    override toJSON(): Record<string, unknown> {
      return { ...super.toJSON(), ...ovhErrorJson(this as unknown as OvhErrorFields) };
    }
  };
  Flavoured.prototype.name = name;
  if (match) matchOf.set(Flavoured, match);
  if (facts.authenticationFailure) markAuthenticationFailure(Flavoured);
  return Flavoured as unknown as Base;
}

/** Whether `ErrorClass` (a class extending an ovhErrorClass) stands for this status and errorCode. */
export function standsForOvhError(ErrorClass: object, status: number, errorCode: string | undefined): boolean {
  const match = matchOf.get(Object.getPrototypeOf(ErrorClass) as object);
  return match !== undefined && match.status === status && (match.errorCode === undefined || match.errorCode === errorCode);
}

const flavourOf = new Map<HttpStatusErrorClass, new (init: OvhApiErrorInit) => OvhApiError>();

/** The OVH flavour of a core status class, named after it (one class per core class, made on first use). */
export function ovhFlavourOf(CoreClass: HttpStatusErrorClass): new (init: OvhApiErrorInit) => OvhApiError {
  let Flavoured = flavourOf.get(CoreClass);
  if (!Flavoured) {
    Flavoured = ovhErrorClass(CoreClass.prototype.name, CoreClass) as unknown as new (init: OvhApiErrorInit) => OvhApiError;
    flavourOf.set(CoreClass, Flavoured);
  }
  return Flavoured;
}
