import { type HttpResponse, InvalidResponseError } from '@stratus/core';
import { createOvhApiError } from '../errors/create-ovh-api-error.js';

/**
 * Turns an OVH response into data (python-ovh `Client.call`): 2xx → parsed JSON, or undefined for an
 * empty body (204); a 2xx body that is not JSON → InvalidResponseError (python-ovh InvalidResponse);
 * anything else → the matching OVH error class.
 */
export function parseOvhResponse(response: HttpResponse, request: { method: string; url: string }): unknown {
  const { status, body } = response;
  if (status < 200 || status > 299) {
    throw createOvhApiError({ response, body: parseJsonOr(body, body), method: request.method, url: request.url });
  }
  if (body.trim() === '') return undefined;
  try {
    return JSON.parse(body) as unknown;
  } catch (error) {
    throw new InvalidResponseError({ ...request, status, contentType: response.headers.get('content-type') ?? '', body, cause: error });
  }
}

function parseJsonOr(text: string, fallback: unknown): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return fallback;
  }
}
