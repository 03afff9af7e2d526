import { getParsedJson, InvalidResponseError } from '@stratus/core';
import { createOvhApiError } from '../errors/create-ovh-api-error.js';

/**
 * Turns an OVH response into data (python-ovh `Client.call`): 2xx → parsed JSON, or undefined for an
 * empty body (204); a 2xx body that is not JSON → InvalidResponseError; anything else → the matching
 * OVH error class.
 */
export async function parseOvhResponse(response: Response, request: { method: string; url: string }): Promise<unknown> {
  // The transport's JSON body policy already read and validated a successful JSON body: reuse its value.
  const parsed = response.ok ? getParsedJson(response) : undefined;
  if (parsed) return parsed.value;
  const text = response.status === 204 || response.status === 205 ? '' : await response.text();
  if (!response.ok) {
    throw createOvhApiError({ response, body: parseJsonOr(text, text), method: request.method, url: request.url });
  }
  if (text.trim() === '') return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new InvalidResponseError({
      method: request.method,
      url: request.url,
      status: response.status,
      contentType: response.headers.get('content-type') ?? '',
      body: text,
      cause: error,
    });
  }
}

function parseJsonOr(text: string, fallback: unknown): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return fallback;
  }
}
