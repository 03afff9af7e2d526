import { ConnectionError, InvalidResponseError } from '../errors/transport-errors.js';
import { isReadableStream } from '../transport/is-readable-stream.js';
import type { StreamingHttpRequest, StreamingHttpResponse } from './http-message.js';
import type { HttpPolicy } from './http-policy.js';
import { readBodyText } from './read-body-text.js';

/**
 * The `json` policy: reads JSON response bodies inside the attempt, so a reset or truncated stream
 * surfaces here as a ConnectionError (retried for idempotent requests) instead of later in the
 * caller's `await res.json()`. A successful response whose body is not valid JSON throws
 * InvalidResponseError (retried when the request may be replayed); its parsed value is kept as
 * `json`. Error responses are passed through unvalidated: a proxy's garbage 502 page should still
 * become a ServerError. Other bodies (downloads) stay streams. Place it after `timeout`.
 */
export function jsonBodyPolicy(): HttpPolicy<StreamingHttpRequest, StreamingHttpResponse> {
  return {
    name: 'json',
    async send(request, next) {
      const response = await next(request);
      const { status, statusText, headers, body } = response;
      const contentType = headers.get('content-type') ?? '';
      if (!isReadableStream(body) || !isJsonContentType(contentType) || request.method === 'HEAD' || status === 204 || status === 205 || status === 304) return response;

      let text: string;
      try {
        text = await readBodyText(response);
      } catch (error) {
        if (request.signal?.aborted) throw error; // the timeout policy / retry policy translate aborts
        throw new ConnectionError({ method: request.method, url: request.url, cause: error });
      }
      if (status < 200 || status > 299) return { status, statusText, headers, body: text };
      // An empty body is tolerated: openapi-fetch maps it to `data: undefined`.
      try {
        return { status, statusText, headers, body: text, json: { value: text.trim() === '' ? undefined : (JSON.parse(text) as unknown) } };
      } catch (error) {
        throw new InvalidResponseError({ method: request.method, url: request.url, status, contentType, body: text, cause: error });
      }
    },
  };
}

/** application/json, or any structured +json type (application/problem+json, application/vnd.api+json…). */
export function isJsonContentType(contentType: string): boolean {
  const mediaType = contentType.split(';')[0]?.trim().toLowerCase() ?? '';
  return mediaType === 'application/json' || mediaType.endsWith('+json');
}
