import { applyPrefixRule } from '../endpoints/apply-prefix-rule.js';
import { canonicalizeParamName } from './canonicalize-param-name.js';
import { encodeQueryString } from './encode-query-string.js';
import { fillPathTemplate } from './fill-path-template.js';
import { toPythonJson } from './to-python-json.js';
import { toWireUrl } from './to-wire-url.js';

export interface OvhRequestInput {
  baseUrl: string;
  method: string;
  /** Path template (`/domain/zone/{zoneName}`), possibly already carrying a query string. */
  path: string;
  /** Flat params: path placeholders, query or body fields, and `X-…` headers. */
  params?: Readonly<Record<string, unknown>> | undefined;
  /** An explicit JSON body; params that are not path or header params then go to the query string. */
  body?: unknown;
}

export interface OvhRequestParts {
  /** The URL as fetch sends it (see toWireUrl): exactly this is signed. */
  url: string;
  headers: Record<string, string>;
  /** The JSON text to send, as python-ovh writes it (ASCII only), if any: exactly these bytes are signed. */
  body: string | undefined;
}

const QUERY_METHODS = new Set(['GET', 'DELETE', 'HEAD']);

/**
 * Routes flat params like python-ovh / node-ovh: `{name}` placeholders first, `X-…` names to headers,
 * the rest to the query string (GET/DELETE) or to a JSON body (POST/PUT). No params left → no body.
 * Query strings and bodies are byte for byte python-ovh's (`urlencode`, `json.dumps` with
 * `separators=(",", ":")`), apart from the differences encodeQueryString lists.
 */
export function buildOvhRequest(input: OvhRequestInput): OvhRequestParts {
  const method = input.method.toUpperCase();
  const params = Object.fromEntries(Object.entries(input.params ?? {}).map(([name, value]) => [canonicalizeParamName(name), value]));
  const { path, used } = fillPathTemplate(input.path, params);

  const headers: Record<string, string> = {};
  const rest: [string, unknown][] = [];
  for (const [name, value] of Object.entries(params)) {
    if (used.has(name) || value === undefined) continue;
    if (/^x-/i.test(name)) {
      if (value !== null) headers[name] = String(value);
    } else {
      rest.push([name, value]);
    }
  }

  const explicitBody = input.body !== undefined;
  const restGoesToQuery = explicitBody || QUERY_METHODS.has(method);
  const query = restGoesToQuery ? encodeQueryString(rest) : '';
  const url = toWireUrl(applyPrefixRule(input.baseUrl, path) + (query ? `${path.includes('?') ? '&' : '?'}${query}` : ''));

  let body: string | undefined;
  if (explicitBody) body = toPythonJson(input.body);
  else if (!restGoesToQuery && rest.length > 0) body = toPythonJson(Object.fromEntries(rest));
  return { url, headers, body };
}
