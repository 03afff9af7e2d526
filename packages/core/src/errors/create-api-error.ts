import { parseRetryAfter } from '../transport/parse-retry-after.js';
import { redactText } from '../redaction/redact-text.js';
import { redactUrl } from '../redaction/redact-url.js';
import { ApiError, type ApiErrorInit } from './api-error.js';
import { extractErrorDetails } from './extract-error-details.js';
import { findRequestId } from './find-request-id.js';
import {
  BadRequestError,
  ConflictError,
  ForbiddenError,
  NotFoundError,
  RateLimitedError,
  ServerError,
  UnauthorizedError,
} from './http-status-errors.js';
import { reasonPhrase } from './reason-phrase.js';

export interface CreateApiErrorOptions {
  /** The error response. Its body is not read: pass what was already read as `body`. */
  response: Response;
  /** The response body: parsed JSON (openapi-fetch's `error`) or raw text. */
  body?: unknown;
  /** Request method; "" if unknown. */
  method: string;
  /** Request URL (redacted here); defaults to `response.url`. */
  url?: string;
  /** Provider name shown on the error, e.g. "openstack-compute" or "ovhcloud". */
  provider?: string | undefined;
}

const SUBCLASS_BY_STATUS: Record<number, typeof ApiError> = {
  400: BadRequestError,
  401: UnauthorizedError,
  403: ForbiddenError,
  404: NotFoundError,
  409: ConflictError,
};

/**
 * Builds the ApiError subclass matching the response status, with the provider's message, code
 * and request id extracted, e.g.
 * `404 Not Found: GET https://host/servers/x — Instance x could not be found. (request id req-123)`.
 */
export function createApiError(options: CreateApiErrorOptions): ApiError {
  const { response, body, method, provider } = options;
  const url = redactUrl(options.url ?? response.url);
  const details = extractErrorDetails(body);
  const requestId = findRequestId(response.headers);

  const statusLine = [response.status, reasonPhrase(response.status, response.statusText)].filter(Boolean).join(' ');
  let message = `${statusLine}: ${[method, url].filter(Boolean).join(' ') || 'unknown request'}`;
  if (details.message) message += ` — ${details.message}`;
  if (requestId) message += ` (request id ${requestId})`;

  const init: ApiErrorInit = {
    message,
    status: response.status,
    method,
    url,
    code: details.code,
    requestId,
    headers: response.headers,
    bodyExcerpt: excerptOf(body),
    provider,
  };

  if (response.status === 429) {
    return new RateLimitedError({ ...init, retryAfterMs: parseRetryAfter(response.headers.get('retry-after')) });
  }
  if (response.status >= 500) return new ServerError(init);
  const Subclass = SUBCLASS_BY_STATUS[response.status] ?? ApiError;
  return new Subclass(init);
}

function excerptOf(body: unknown): string | undefined {
  if (body === undefined || body === null || body === '') return undefined;
  if (typeof body === 'string') return redactText(body);
  try {
    return redactText(JSON.stringify(body));
  } catch {
    return undefined;
  }
}
