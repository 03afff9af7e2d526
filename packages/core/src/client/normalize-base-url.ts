import { StratusError } from '../errors/stratus-error.js';
import { redactUrl } from '../redaction/redact-url.js';

/**
 * Checks that `baseUrl` is an absolute http(s) URL that openapi-fetch can append paths to, and trims
 * trailing slashes. Fails early with a message naming the (redacted) value instead of letting a
 * typo surface as an obscure fetch error on the first call.
 */
export function normalizeBaseUrl(baseUrl: unknown, context = 'createServiceClient'): string {
  const prefix = `[@stratus/core] ${context}: baseUrl`;
  if (typeof baseUrl !== 'string' || baseUrl.trim() === '') {
    throw new StratusError(`${prefix} is required (an absolute http(s) URL such as "https://compute.example.com/v2.1"), got ${describe(baseUrl)}`);
  }
  const trimmed = baseUrl.trim();
  let url: URL;
  try {
    url = new URL(trimmed);
  } catch {
    throw new StratusError(`${prefix} must be an absolute http(s) URL, got "${redactUrl(trimmed)}"`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new StratusError(`${prefix} must use http or https, got "${redactUrl(trimmed)}"`);
  }
  if (url.username || url.password) {
    throw new StratusError(`${prefix} must not contain credentials, got "${redactUrl(trimmed)}" (use the token or auth option)`);
  }
  if (url.search || url.hash || trimmed.includes('?') || trimmed.includes('#')) {
    throw new StratusError(`${prefix} must not contain a query string or fragment, got "${redactUrl(trimmed)}"`);
  }
  return trimmed.replace(/\/+$/, '');
}

function describe(value: unknown): string {
  return typeof value === 'string' ? `"${value}"` : String(value);
}
