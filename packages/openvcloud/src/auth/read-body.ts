import type { StreamingHttpResponse } from '@stratus/core';
import { readBodyText } from '@stratus/core/internal';

/** The response body as text, or undefined when it cannot be read. */
export async function readText(response: StreamingHttpResponse): Promise<string | undefined> {
  try {
    return await readBodyText(response);
  } catch {
    return undefined;
  }
}

/** A 2xx status. */
export function isSuccess(response: StreamingHttpResponse): boolean {
  return response.status >= 200 && response.status <= 299;
}

/** A JSON body when it parses, else the raw text. */
export function parseMaybeJson(text: string | undefined): unknown {
  if (text === undefined || text.trim() === '') return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}

/** Replaces known secret values (a password, a client secret) anywhere in `text`. */
export function scrub(text: string | undefined, secrets: readonly string[]): string | undefined {
  if (text === undefined) return undefined;
  let result = text;
  for (const secret of secrets) if (secret.length >= 4) result = result.replaceAll(secret, '[REDACTED]');
  return result;
}
