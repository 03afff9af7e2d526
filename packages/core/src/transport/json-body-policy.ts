import { InvalidResponseError, ConnectionError } from '../errors/transport-errors.js';
import { attemptSignalOf } from './attempt-signal.js';
import type { Policy } from './compose-policies.js';

// JSON values already parsed by jsonBodyPolicy, keyed by the Response it returned.
const parsedBodies = new WeakMap<Response, { value: unknown }>();

/**
 * The JSON value of a successful response's body, when jsonBodyPolicy already parsed it (so it need
 * not be parsed again): `{ value }`, with `value` undefined for an empty body. Undefined when the
 * policy did not parse this response (error status, non-JSON content type, no body…). The value is
 * shared: treat it as read-only or copy it. The response body itself can still be read as usual.
 */
export function getParsedJson(response: Response): { value: unknown } | undefined {
  return parsedBodies.get(response);
}

/**
 * Reads JSON response bodies inside the attempt, so a reset or truncated stream surfaces here as a
 * ConnectionError (retried for idempotent requests) instead of later in the caller's `await res.json()`.
 * A successful response whose body is not valid JSON throws InvalidResponseError (the retry policy
 * retries it when the request may be replayed). Error responses are passed through unvalidated:
 * a proxy's garbage 502 page should still become a ServerError, not an InvalidResponseError.
 */
export function jsonBodyPolicy(): Policy {
  return async (request, next) => {
    // Taken before awaiting: the attempt signal is only registered while the attempt runs.
    const signal = attemptSignalOf(request);
    const response = await next(request);
    const contentType = response.headers.get('content-type') ?? '';
    if (!isJsonContentType(contentType) || !canHaveBody(request, response)) return response;

    let text: string;
    try {
      text = await response.text();
    } catch (error) {
      if (signal.aborted) throw error; // the timeout policy / retry policy translate aborts
      throw new ConnectionError({ method: request.method, url: request.url, cause: error });
    }

    // An empty body is tolerated: openapi-fetch maps it to `data: undefined`.
    let parsed: { value: unknown } | undefined;
    if (response.ok) {
      try {
        parsed = { value: text.trim() === '' ? undefined : (JSON.parse(text) as unknown) };
      } catch (error) {
        throw new InvalidResponseError({ method: request.method, url: request.url, status: response.status, contentType, body: text, cause: error });
      }
    }
    const rebuilt = new Response(text, { status: response.status, statusText: response.statusText, headers: response.headers });
    if (parsed) parsedBodies.set(rebuilt, parsed);
    return rebuilt;
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
