import type { OpenApiDocument } from '../readers/openapi-document.js';

/** Removes every path equal to, or below, one of the prefixes. Returns the dropped paths. */
export function dropPaths(document: OpenApiDocument, prefixes: readonly string[]): string[] {
  const dropped: string[] = [];
  for (const path of Object.keys(document.paths)) {
    if (prefixes.some((prefix) => path === prefix || path.startsWith(prefix.endsWith('/') ? prefix : prefix + '/'))) {
      delete document.paths[path];
      dropped.push(path);
    }
  }
  return dropped;
}
