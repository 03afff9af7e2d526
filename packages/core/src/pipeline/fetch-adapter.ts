import { redactUrl } from '../redaction/redact-url.js';
import { hasStreamBody, markStreamBody } from '../transport/non-replayable-body.js';
import { recordResponseOrigin } from '../transport/response-origin.js';
import type { HttpBody, HttpResponse, SendHttp, StreamingHttpRequest, StreamingHttpResponse } from './http-message.js';
import { recordParsedJson } from './parsed-json.js';
import { toFetchResponse } from './to-fetch-response.js';

/** A fetch-compatible function: pass it as openapi-fetch's `fetch`. */
export type Transport = (input: Request | string | URL, init?: RequestInit) => Promise<Response>;

export interface ToFetchOptions {
  /** Shown on the ApiErrors `unwrap` builds from these responses, e.g. "openstack-compute". */
  provider?: string | undefined;
  /** Read every body that is not a caller's stream as text (a signer needs the exact characters), not only JSON, text and form bodies. */
  textBodies?: boolean | undefined;
}

/**
 * The pipeline as a `fetch`, for openapi-fetch's custom `fetch`: the `Request` (or `url, init`) becomes
 * the pipeline's message and its answer a `Response`, whose origin (method, redacted URL of the message
 * as `send` left it, `provider`) is recorded for `unwrap`. `send` may answer with a text body (a
 * pipeline that reads every body, like the OVH client's) or a streaming one.
 */
export function toFetch(
  send: SendHttp<StreamingHttpRequest, HttpResponse<StreamingHttpResponse['body']> & Pick<StreamingHttpResponse, 'json'>>,
  { provider, textBodies = false }: ToFetchOptions = {},
): Transport {
  return async (input, init) => {
    markStreamBody(init?.body);
    const request = await fromRequest(input instanceof Request && init === undefined ? input : new Request(input, init), textBodies);
    // A Request built here from a URL without a signal got one that never aborts: the timeout need not be linked to it.
    if (!(input instanceof Request) && init?.signal == null) request.signal = undefined;
    const answer = await send(request);
    const response = toFetchResponse(answer);
    if (answer.json) recordParsedJson(response, answer.json);
    recordResponseOrigin(response, { method: request.method, url: redactUrl(request.url), ...(provider ? { provider } : {}) });
    return response;
  };
}

async function fromRequest(request: Request, textBodies: boolean): Promise<StreamingHttpRequest> {
  const headers: Record<string, string> = {};
  // Copied from entries: test tools that patch the Headers class (msw) can lose entries on other paths.
  for (const [name, value] of request.headers) headers[name] = value;
  return { method: request.method, url: request.url, headers, body: await bodyOf(request, textBodies ? 'text/plain' : headers['content-type']), signal: request.signal };
}

/** A caller's stream as it is (sent once); any other body read once, so every attempt can send it again. */
async function bodyOf(request: Request, contentType: string | undefined): Promise<HttpBody | undefined> {
  if (request.body === null) return undefined;
  if (hasStreamBody(request)) return request.body;
  return contentType !== undefined && /json|^text\/|x-www-form-urlencoded/i.test(contentType) ? request.text() : new Uint8Array(await request.arrayBuffer());
}
