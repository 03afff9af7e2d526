import type { OvhFetchAnswer, OvhHttpResponse } from './ovh-http.js';

/** The client's response from what a fetch answered: status, headers and the whole body as text. */
export async function readFetchResponse(response: OvhFetchAnswer): Promise<OvhHttpResponse> {
  return { status: response.status, statusText: response.statusText, headers: response.headers, body: await response.text() };
}
