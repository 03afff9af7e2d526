import { HttpResponse } from 'msw';
import { nextQueryId } from './next-query-id.js';

export interface OvhErrorResponseInit {
  /** Human-readable message (`This service does not exist`). */
  message: string;
  /** `NOT_GRANTED_CALL`, `INVALID_CREDENTIAL`, `QUERY_TIME_OUT`… Sent with OVH's `httpCode` beside it. */
  errorCode?: string;
  /** OVH's error class, e.g. `Client::NotFound`. */
  class?: string;
  /** `X-Ovh-QueryID` response header; a fresh one by default. */
  queryId?: string;
  /** e.g. `{ unauthorizedActionsByIAM: ['account:apiovh:me/get'] }`. */
  details?: Record<string, unknown>;
  /** Extra response headers (`Retry-After`…). */
  headers?: Record<string, string>;
}

const STATUS_TEXT: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  409: 'Conflict',
  429: 'Too Many Requests',
  460: 'Expired',
  500: 'Internal Server Error',
  503: 'Service Unavailable',
};

/**
 * An OVH error answer, as the API sends it: `{"class": "Client::NotFound", "message": …}` or, with an
 * `errorCode`, `{"errorCode": "INVALID_CREDENTIAL", "httpCode": "403 Forbidden", "message": …}`, with an
 * `X-Ovh-QueryID` header. The client maps it to its error classes (`ResourceNotFoundError`…).
 */
export function createOvhErrorResponse(status: number, init: OvhErrorResponseInit): HttpResponse<Record<string, unknown>> {
  const body: Record<string, unknown> = {};
  if (init.class !== undefined) body['class'] = init.class;
  if (init.errorCode !== undefined) {
    body['errorCode'] = init.errorCode;
    body['httpCode'] = `${status} ${STATUS_TEXT[status] ?? 'Error'}`.trim();
  }
  body['message'] = init.message;
  if (init.details !== undefined) body['details'] = init.details;
  return HttpResponse.json(body, { status, headers: { ...init.headers, 'X-Ovh-QueryID': init.queryId ?? nextQueryId() } });
}
