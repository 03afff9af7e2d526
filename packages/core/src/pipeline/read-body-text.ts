import type { StreamingHttpResponse } from './http-message.js';

/**
 * The whole body of a pipeline response as text: as the `json` policy read it, or read now from the
 * stream (a non-JSON body); "" when there is none. Rejects when the stream fails.
 */
export async function readBodyText(response: Pick<StreamingHttpResponse, 'body'>): Promise<string> {
  const { body } = response;
  if (typeof body === 'string') return body;
  return body === null ? '' : new Response(body).text();
}
