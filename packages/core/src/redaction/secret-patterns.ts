/** What a redacted value is replaced with. */
export const REDACTED = '[REDACTED]';

// Headers that carry credentials but whose names don't contain an obvious keyword.
const SECRET_HEADER_NAMES = new Set([
  'authorization',
  'proxy-authorization',
  'cookie',
  'set-cookie',
  'x-auth-token',
  'x-auth-key',
  'x-subject-token',
  'x-ovh-signature',
  'x-ovh-consumer',
  'x-ovh-application-secret',
  'authkey',
  'x-api-key',
]);

const SECRET_HEADER_KEYWORDS = /token|secret|signature|password|session|api-?key|credential/i;

/** True when a header with this name may carry a credential. */
export function isSecretHeaderName(name: string): boolean {
  const lower = name.toLowerCase();
  return SECRET_HEADER_NAMES.has(lower) || SECRET_HEADER_KEYWORDS.test(lower);
}

// "key" only counts at the end of a name (api_key, consumerKey) so that e.g. `key_name` stays readable;
// `sig` covers pre-signed URLs such as Swift's temp_url_sig.
const SECRET_PARAM_PATTERN = /token|secret|signature|password|passwd|passphrase|adminpass|authkey|jwt|credential|key$|sig$/i;

/** True when a query or form parameter with this name may carry a credential. */
export function isSecretParamName(name: string): boolean {
  return SECRET_PARAM_PATTERN.test(name);
}

/**
 * Field names (inside JSON, form bodies or free text) whose values are secrets.
 * Matched as a substring of the field name, case-insensitively: covers password, applicationSecret,
 * client_secret, consumerKey, access_token, refresh_token, authkey, jwt, api_key, Nova's adminPass…
 */
export const SECRET_FIELD_KEYWORDS = 'password|passwd|passphrase|adminpass|secret|token|consumerkey|authkey|jwt|api_?key|credential';
