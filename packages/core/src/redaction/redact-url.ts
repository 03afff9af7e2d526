import { isSecretParamName, REDACTED } from './secret-patterns.js';

/**
 * Removes credentials from a URL: userinfo (user:password@) and the values of query/fragment
 * parameters named like secrets (token, signature, password, api_key, …).
 * The rest of the URL is kept byte for byte so it stays useful for debugging.
 */
export function redactUrl(url: string | URL): string {
  const text = String(url);
  const hashIndex = text.indexOf('#');
  const beforeHash = hashIndex === -1 ? text : text.slice(0, hashIndex);
  const hash = hashIndex === -1 ? '' : text.slice(hashIndex + 1);
  const queryIndex = beforeHash.indexOf('?');
  const base = queryIndex === -1 ? beforeHash : beforeHash.slice(0, queryIndex);
  const query = queryIndex === -1 ? undefined : beforeHash.slice(queryIndex + 1);

  let redacted = redactUserinfo(base);
  if (query !== undefined) redacted += `?${redactParams(query)}`;
  if (hashIndex !== -1) redacted += `#${redactParams(hash)}`;
  return redacted;
}

// scheme://user:pass@host/… → scheme://[REDACTED]@host/…
function redactUserinfo(base: string): string {
  return base.replace(/^([a-z][a-z0-9+.-]*:\/\/)([^/?#]*)@/i, `$1${REDACTED}@`);
}

function redactParams(params: string): string {
  return params
    .split('&')
    .map((pair) => {
      const equals = pair.indexOf('=');
      if (equals === -1) return pair;
      const name = safeDecode(pair.slice(0, equals));
      return isSecretParamName(name) ? `${pair.slice(0, equals)}=${REDACTED}` : pair;
    })
    .join('&');
}

function safeDecode(component: string): string {
  try {
    return decodeURIComponent(component.replace(/\+/g, ' '));
  } catch {
    return component;
  }
}
