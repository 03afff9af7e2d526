import type { ApiErrorInit } from '@stratus/core';

/** What every OVH API error carries on top of core's ApiError. */
export interface OvhErrorFields {
  /** `X-Ovh-QueryID` response header: quote it to OVHcloud support. */
  readonly queryId: string | undefined;
  /** Body `errorCode`, e.g. `NOT_GRANTED_CALL`, `INVALID_CREDENTIAL`, `QUERY_TIME_OUT`. */
  readonly errorCode: string | undefined;
  /** Body `class`, e.g. `Client::NotFound`, `Client::Forbidden`. */
  readonly class: string | undefined;
  /** IAM actions the credential itself is missing (`details.unauthorizedActionsByAuthentication`). */
  readonly unauthorizedActionsByAuthentication: readonly string[];
  /** IAM actions denied by IAM policies (`details.unauthorizedActionsByIAM`). */
  readonly unauthorizedActionsByIAM: readonly string[];
}

export interface OvhApiErrorInit extends ApiErrorInit {
  queryId?: string | undefined;
  errorCode?: string | undefined;
  errorClass?: string | undefined;
  unauthorizedActionsByAuthentication?: readonly string[] | undefined;
  unauthorizedActionsByIAM?: readonly string[] | undefined;
}

// Registry-wide symbol so `instanceof OvhApiError` works across the classes that extend core's
// status classes (ResourceNotFoundError extends core NotFoundError, not OvhApiError).
const OVH_ERROR_KIND = Symbol.for('@stratus/ovh.errorKind');

/** Copies the OVH fields onto an error and brands it as an OVH API error of the given kind. */
export function initOvhErrorFields(target: object, init: OvhApiErrorInit, kind: string): void {
  Object.defineProperty(target, OVH_ERROR_KIND, { value: kind, enumerable: false });
  const fields: OvhErrorFields = {
    queryId: init.queryId,
    errorCode: init.errorCode,
    class: init.errorClass,
    unauthorizedActionsByAuthentication: [...(init.unauthorizedActionsByAuthentication ?? [])],
    unauthorizedActionsByIAM: [...(init.unauthorizedActionsByIAM ?? [])],
  };
  Object.assign(target, fields);
}

/** The brand set by initOvhErrorFields ("ResourceNotFoundError", "ServerError", "OvhApiError"…), if any. */
export function ovhErrorKind(value: unknown): string | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const kind = (value as Record<symbol, unknown>)[OVH_ERROR_KIND];
  return typeof kind === 'string' ? kind : undefined;
}

/** OVH fields for toJSON()/util.inspect (they hold no secrets: ids, codes, IAM action names). */
export function ovhErrorJson(error: OvhErrorFields): Record<string, unknown> {
  const json: Record<string, unknown> = {};
  if (error.queryId !== undefined) json['queryId'] = error.queryId;
  if (error.errorCode !== undefined) json['errorCode'] = error.errorCode;
  if (error.class !== undefined) json['class'] = error.class;
  if (error.unauthorizedActionsByAuthentication.length > 0) json['unauthorizedActionsByAuthentication'] = error.unauthorizedActionsByAuthentication;
  if (error.unauthorizedActionsByIAM.length > 0) json['unauthorizedActionsByIAM'] = error.unauthorizedActionsByIAM;
  return json;
}
