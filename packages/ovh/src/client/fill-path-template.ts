import { StratusError } from '@stratus/core';

/**
 * Replaces `{name}` placeholders with URL-encoded values taken from `params` (ids may contain `/`, `@`,
 * `:`…). Returns the path and the names used, so the caller can route the remaining params.
 */
export function fillPathTemplate(template: string, params: Readonly<Record<string, unknown>>): { path: string; used: Set<string> } {
  const used = new Set<string>();
  const path = template.replace(/\{([^{}]+)\}/g, (_placeholder, name: string) => {
    const value = params[name];
    if (value === undefined || value === null || value === '') {
      throw new StratusError(`[@stratus/ovh] Missing path parameter "${name}" for ${template}`);
    }
    const text = typeof value === 'object' ? JSON.stringify(value) : String(value);
    // URLs drop "." and ".." segments (encoded or not), so such an id would reach another resource.
    if (text === '.' || text === '..') throw new StratusError(`[@stratus/ovh] Path parameter "${name}" is "${text}", which URLs treat as a relative path segment; it cannot name a resource in ${template}`);
    used.add(name);
    return encodeURIComponent(text);
  });
  return { path, used };
}
