import { REDACTED, SECRET_FIELD_KEYWORDS } from './secret-patterns.js';

// A quoted field name containing a secret keyword, and the narrower form used in key=value pairs.
const KEY = `[^"'\\\\\\s]*(?:${SECRET_FIELD_KEYWORDS})[^"'\\\\\\s]*`;
const FORM_KEY = `[\\w.-]*(?:${SECRET_FIELD_KEYWORDS})[\\w.-]*`;

// Each rule keeps the field name (useful for debugging) and replaces only the value.
const RULES: readonly [RegExp, string][] = [
  // "password": "…"  (JSON)
  [new RegExp(`("${KEY}"\\s*:\\s*)"(?:[^"\\\\]|\\\\.)*"`, 'gi'), `$1"${REDACTED}"`],
  // \"password\": \"…\"  (JSON serialised inside a JSON string, e.g. IoTronic error_message)
  [new RegExp(`(\\\\"${KEY}\\\\"\\s*:\\s*)\\\\"[^"]*?\\\\"`, 'gi'), `$1\\"${REDACTED}\\"`],
  // 'password': '…'  (Python reprs that leak into OpenStack fault strings)
  [new RegExp(`('${KEY}'\\s*:\\s*)'[^']*'`, 'gi'), `$1'${REDACTED}'`],
  // password=…  (form bodies, query strings, log lines)
  [new RegExp(`(^|[?&;,\\s"'{(])(${FORM_KEY})=[^&\\s"',;)}]*`, 'gi'), `$1$2=${REDACTED}`],
  // X-Auth-Token: …  /  Authorization: …  (header-style lines)
  [new RegExp(`^(\\s*[\\w-]*(?:${SECRET_FIELD_KEYWORDS}|authorization|cookie|signature)[\\w-]*\\s*:[ \\t]*)\\S.*$`, 'gim'), `$1${REDACTED}`],
  // scheme://user:password@host
  [/\b([a-z][a-z0-9+.-]*:\/\/)[^/\s@"']+@/gi, `$1${REDACTED}@`],
  // JSON Web Tokens anywhere (Keystone fernet/JWS tokens, ItsYou.online JWTs)
  [/eyJ[\w-]+\.eyJ[\w-]+\.[\w-]*/g, REDACTED],
  // Bearer credentials
  [/\b(Bearer)\s+[\w.~+/=-]+/gi, `$1 ${REDACTED}`],
];

/**
 * Removes secrets from free text such as a response body excerpt or an error message:
 * values of JSON/form fields named like secrets, JWTs, bearer tokens and URL userinfo.
 * Heuristic by nature — it errs on the side of redacting too much.
 */
export function redactText(text: string): string {
  let redacted = text;
  for (const [pattern, replacement] of RULES) redacted = redacted.replace(pattern, replacement);
  return redacted;
}
