import { redactText } from './redact-text.js';
import { isSecretHeaderName, REDACTED } from './secret-patterns.js';

type HeadersLike = Headers | Record<string, string | readonly string[] | undefined> | [string, string][];

/**
 * Copies headers into a plain object (lower-cased names) with every credential-bearing value
 * replaced by "[REDACTED]". Other values still go through `redactText`, which catches credentials
 * in unexpected places (a JWT or "Bearer …" in WWW-Authenticate, a Location with ?token=…).
 * Safe to log or attach to errors.
 */
export function redactHeaders(headers: HeadersLike | undefined | null): Record<string, string> {
  const redacted: Record<string, string> = {};
  if (!headers) return redacted;
  for (const [name, value] of entriesOf(headers)) {
    const lower = name.toLowerCase();
    redacted[lower] = isSecretHeaderName(lower) ? REDACTED : redactText(value);
  }
  return redacted;
}

function entriesOf(headers: HeadersLike): Iterable<[string, string]> {
  if (headers instanceof Headers || Array.isArray(headers)) return headers;
  const entries: [string, string][] = [];
  for (const [name, value] of Object.entries(headers)) {
    if (value === undefined) continue;
    entries.push([name, typeof value === 'string' ? value : value.join(', ')]);
  }
  return entries;
}
