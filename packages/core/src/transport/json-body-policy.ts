import { InvalidResponseError, ConnectionError } from '../errors/transport-errors.js';
import type { Policy } from './compose-policies.js';

/**
 * Reads JSON response bodies inside the attempt, so a reset or truncated stream surfaces here as a
 * ConnectionError (retried for idempotent requests) instead of later in the caller's `await res.json()`.
 * A successful response whose body is not valid JSON throws InvalidResponseError (the retry policy
 * retries it when the request may be replayed). Error responses are passed through unvalidated:
 * a proxy's garbage 502 page should still become a ServerError, not an InvalidResponseError.
 */
export function jsonBodyPolicy(): Policy {
  return async (request, next) => {
    const response = await next(request);
    const contentType = response.headers.get('content-type') ?? '';
    if (!isJsonContentType(contentType) || !canHaveBody(request, response)) return response;

    let text: string;
    try {
      text = await response.text();
    } catch (error) {
      if (request.signal.aborted) throw error; // the timeout policy / retry policy translate aborts
      throw new ConnectionError({ method: request.method, url: request.url, cause: error });
    }

    // An empty body is tolerated: openapi-fetch maps it to `data: undefined`.
    if (response.ok && text.trim() !== '') {
      try {
        JSON.parse(text);
      } catch (error) {
        throw new InvalidResponseError({ method: request.method, url: request.url, status: response.status, contentType, body: text, cause: error });
      }
    }
    return new Response(text, { status: response.status, statusText: response.statusText, headers: response.headers });
  };
}

/** application/json, or any structured +json type (application/problem+json, application/vnd.api+json…). */
export function isJsonContentType(contentType: string): boolean {
  const mediaType = contentType.split(';')[0]?.trim().toLowerCase() ?? '';
  return mediaType === 'application/json' || mediaType.endsWith('+json');
}

function canHaveBody(request: Request, response: Response): boolean {
  if (request.method === 'HEAD' || response.body === null) return false;
  return ![204, 205, 304].includes(response.status);
}
