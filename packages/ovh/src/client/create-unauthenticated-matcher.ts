import type { OvhApi } from '../api/ovh-api.js';
import { normalizeApiPath } from '../endpoints/api-path-of-url.js';

/** Operations the auth API marks `noAuthentication`; known even when no API descriptor is passed. */
export const BUILTIN_UNAUTHENTICATED = ['GET /auth/time', 'POST /auth/credential'] as const;

export interface UnauthenticatedMatcher {
  /** `path` is a template (`/order/catalog/public/{x}`) or a concrete path, with or without `/v1`. */
  (method: string, path: string): boolean;
}

/**
 * Compiles the `unauthenticated` tables of the API descriptors ("GET /auth/time" entries) into a
 * matcher. Templates match templates exactly and concrete paths segment by segment. v1 entries are
 * compared without their `/v1` prefix; entries of a `v2/…` API are given `/v2` if they lack it.
 */
export function createUnauthenticatedMatcher(apis: readonly OvhApi[] = []): UnauthenticatedMatcher {
  const exact = new Set<string>();
  const patterns: { method: string; pattern: RegExp }[] = [];
  const add = (entry: string, apiName = '') => {
    const [method = '', rawPath = ''] = entry.trim().split(/\s+/, 2);
    const versioned = /^v2(\/|$)/.test(apiName) && !/^\/v2(\/|$)/.test(rawPath) ? `/v2${rawPath}` : rawPath;
    const path = normalizeApiPath(versioned);
    exact.add(`${method.toUpperCase()} ${path}`);
    if (path.includes('{')) patterns.push({ method: method.toUpperCase(), pattern: templatePattern(path) });
  };
  for (const entry of BUILTIN_UNAUTHENTICATED) add(entry);
  for (const api of apis) for (const entry of api.unauthenticated) add(entry, api.name);

  return (method, path) => {
    const upper = method.toUpperCase();
    const normalized = normalizeApiPath(path);
    if (exact.has(`${upper} ${normalized}`)) return true;
    return patterns.some((candidate) => candidate.method === upper && candidate.pattern.test(normalized));
  };
}

function templatePattern(template: string): RegExp {
  const source = template
    .split(/(\{[^{}]+\})/)
    .map((part) => (part.startsWith('{') ? '[^/]+' : part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')))
    .join('');
  return new RegExp(`^${source}$`);
}
