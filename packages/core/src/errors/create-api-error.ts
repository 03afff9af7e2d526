import { parseRetryAfter } from '../transport/parse-retry-after.js';
import { redactText } from '../redaction/redact-text.js';
import { redactUrl } from '../redaction/redact-url.js';
import { ApiError, type ApiErrorInit } from './api-error.js';
import { extractErrorDetails } from './extract-error-details.js';
import { findRequestId } from './find-request-id.js';
import { httpStatusErrorClass, type HttpStatusErrorClass } from './http-status-error-class.js';
import { reasonPhrase } from './reason-phrase.js';

export interface CreateApiErrorOptions {
  /** The error response (a fetch `Response` or the pipeline's). Its body is not read: pass what was already read as `body`. */
  response: { status: number; statusText: string; headers: Headers; url?: string };
  /** The response body: parsed JSON (openapi-fetch's `error`) or raw text. */
  body?: unknown;
  /** Request method; "" if unknown. */
  method: string;
  /** Request URL (redacted here); defaults to `response.url`. */
  url?: string;
  /** Provider name shown on the error, e.g. "openstack-compute" or "ovhcloud". */
  provider?: string | undefined;
}

/**
 * Builds the ApiError subclass matching the response status, with the provider's message, code
 * and request id extracted, e.g.
 * `404 Not Found: GET https://host/servers/x — Instance x could not be found. (request id req-123)`.
 */
export function createApiError(options: CreateApiErrorOptions): ApiError {
  const { response, body, method, provider } = options;
  const url = redactUrl(options.url ?? response.url ?? '');
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

  const retryAfterMs = response.status === 429 ? parseRetryAfter(response.headers.get('retry-after')) : undefined;
  const StatusError: HttpStatusErrorClass = httpStatusErrorClass(response.status) ?? ApiError;
  return new StatusError({ ...init, retryAfterMs });
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
