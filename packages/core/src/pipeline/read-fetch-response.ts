import type { HttpFetchAnswer, HttpResponse } from './http-message.js';

/** The pipeline's response from what a fetch answered: status, headers and the whole body as text. */
export async function readFetchResponse(response: HttpFetchAnswer): Promise<HttpResponse> {
  return { status: response.status, statusText: response.statusText, headers: response.headers, body: await response.text() };
}
