import type { ApiError, ApiErrorInit } from './api-error.js';

/**
 * What an ApiError was built from, for re-raising it as a provider's own class (OVH, IoTronic,
 * microversions) without restating every field: message, status, method, URL, code, request id,
 * headers, body excerpt, provider, and `retryAfterMs` of a 429. Values are the stored, redacted ones.
 */
export function apiErrorInitOf(error: ApiError): ApiErrorInit & { retryAfterMs?: number | undefined } {
  return {
    message: error.message,
    status: error.status,
    method: error.method,
    url: error.url,
    code: error.code,
    requestId: error.requestId,
    headers: error.headers,
    bodyExcerpt: error.bodyExcerpt,
    provider: error.provider,
    retryAfterMs: 'retryAfterMs' in error && typeof error.retryAfterMs === 'number' ? error.retryAfterMs : undefined,
  };
}
