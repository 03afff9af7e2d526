import { parseRetryAfter, reasonPhrase } from '@stratus/core/internal';
import type { OvhResponseHeaders } from '../transport/ovh-http.js';
import type { OvhApiError } from './ovh-api-error.js';
import type { OvhApiErrorInit } from './ovh-error-fields.js';
import {
  BadParametersError,
  createGenericApiError,
  InvalidCredentialError,
  InvalidKeyError,
  NotCredentialError,
  NotGrantedCallError,
  ResourceConflictError,
  ResourceExpiredError,
  ResourceNotFoundError,
} from './ovh-errors.js';
import { parseOvhErrorBody } from './parse-ovh-error-body.js';

export interface CreateOvhApiErrorOptions {
  /** The error response (a fetch Response or the client's own); its body is not read — pass it as `body`. */
  response: { status: number; statusText?: string; headers: OvhResponseHeaders };
  /** Parsed JSON or raw text of the response body. */
  body?: unknown;
  method: string;
  /** Request URL (redacted on the way in). */
  url: string;
}

export const OVH_PROVIDER = 'ovhcloud';

type OvhErrorConstructor = new (init: OvhApiErrorInit) => OvhApiError;

// python-ovh Client.call: 403 is refined by errorCode, other statuses map directly. FORBIDDEN (python-ovh
// `Forbidden`) and unlisted codes are core's ForbiddenError, with the OVH fields.
const FORBIDDEN_BY_ERROR_CODE: Record<string, OvhErrorConstructor> = {
  NOT_GRANTED_CALL: NotGrantedCallError,
  NOT_CREDENTIAL: NotCredentialError,
  INVALID_KEY: InvalidKeyError,
  INVALID_CREDENTIAL: InvalidCredentialError,
};
const BY_STATUS: Record<number, OvhErrorConstructor> = {
  400: BadParametersError,
  404: ResourceNotFoundError,
  409: ResourceConflictError,
  460: ResourceExpiredError,
};

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
  const ErrorClass = response.status === 403 ? FORBIDDEN_BY_ERROR_CODE[ovh.errorCode ?? ''] : BY_STATUS[response.status];
  return ErrorClass ? new ErrorClass(init) : createGenericApiError(init);
}

// Like go-ovh's APIError.Error(): say which IAM actions were missing.
function iamSuffix(byAuthentication: readonly string[], byIam: readonly string[]): string {
  const parts: string[] = [];
  if (byAuthentication.length > 0) parts.push(`not allowed by the credential: ${byAuthentication.join(', ')}`);
  if (byIam.length > 0) parts.push(`denied by IAM policies: ${byIam.join(', ')}`);
  return parts.length > 0 ? ` [missing IAM actions — ${parts.join('; ')}]` : '';
}
