import { httpStatusErrorClass, parseRetryAfter, reasonPhrase } from '@stratus/core/internal';
import type { HttpResponseHeaders } from '@stratus/core';
import { OvhApiError } from './ovh-api-error.js';
import type { OvhApiErrorInit } from './ovh-error-fields.js';
import { ovhFlavourOf, standsForOvhError } from './ovh-error-class.js';
import * as ovhErrors from './ovh-errors.js';
import { parseOvhErrorBody } from './parse-ovh-error-body.js';

export interface CreateOvhApiErrorOptions {
  /** The error response (a fetch Response or the client's own); its body is not read — pass it as `body`. */
  response: { status: number; statusText?: string; headers: HttpResponseHeaders };
  /** Parsed JSON or raw text of the response body. */
  body?: unknown;
  method: string;
  /** Request URL (redacted on the way in). */
  url: string;
}

export const OVH_PROVIDER = 'ovhcloud';

const OVH_ERROR_CLASSES: readonly (new (init: OvhApiErrorInit) => OvhApiError)[] = Object.values(ovhErrors);

/**
 * Builds the python-ovh error class for an OVH error response, with a redacted message such as
 * `404 Not Found: GET https://… — This service does not exist (request id EU.ext-3.…)` plus the
 * missing IAM actions when OVH lists them.
 */
export function createOvhApiError(options: CreateOvhApiErrorOptions): OvhApiError {
  const { response, body, method, url } = options;
  const ovh = parseOvhErrorBody(body);
  const queryId = response.headers.get('x-ovh-queryid')?.trim() || undefined;
  const statusLine = [response.status, reasonPhrase(response.status, response.statusText)].filter(Boolean).join(' ');
  const headers: Record<string, string> = {};
  response.headers.forEach((value, name) => (headers[name.toLowerCase()] = value));

  const init: OvhApiErrorInit & { retryAfterMs?: number | undefined } = {
    message:
      `${statusLine}: ${[method, url].filter(Boolean).join(' ') || 'unknown request'}` +
      (ovh.message ? ` — ${ovh.message}` : '') +
      (queryId ? ` (request id ${queryId})` : '') +
      iamSuffix(ovh.unauthorizedActionsByAuthentication, ovh.unauthorizedActionsByIAM),
    status: response.status,
    method,
    url,
    code: ovh.errorCode ?? ovh.errorClass,
    requestId: queryId,
    headers,
    bodyExcerpt: typeof body === 'string' ? body || undefined : body === undefined ? undefined : JSON.stringify(body),
    provider: OVH_PROVIDER,
    queryId,
    errorCode: ovh.errorCode,
    errorClass: ovh.errorClass,
    unauthorizedActionsByAuthentication: ovh.unauthorizedActionsByAuthentication,
    unauthorizedActionsByIAM: ovh.unauthorizedActionsByIAM,
    retryAfterMs: response.status === 429 ? parseRetryAfter(response.headers.get('retry-after')) : undefined,
  };
  // python-ovh's class for the response; else (python-ovh `APIError`: 401, 403 with an unlisted code such as
  // FORBIDDEN, 429, 5xx…) the OVH flavour of core's class for the status, else a plain OvhApiError.
  const ErrorClass = OVH_ERROR_CLASSES.find((Class) => standsForOvhError(Class, response.status, ovh.errorCode));
  if (ErrorClass) return new ErrorClass(init);
  const CoreClass = httpStatusErrorClass(response.status);
  return CoreClass ? new (ovhFlavourOf(CoreClass))(init) : new OvhApiError(init);
}

// Like go-ovh's APIError.Error(): say which IAM actions were missing.
function iamSuffix(byAuthentication: readonly string[], byIam: readonly string[]): string {
  const parts: string[] = [];
  if (byAuthentication.length > 0) parts.push(`not allowed by the credential: ${byAuthentication.join(', ')}`);
  if (byIam.length > 0) parts.push(`denied by IAM policies: ${byIam.join(', ')}`);
  return parts.length > 0 ? ` [missing IAM actions — ${parts.join('; ')}]` : '';
}
