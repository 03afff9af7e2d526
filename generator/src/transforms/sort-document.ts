import type { OpenApiDocument } from '../readers/openapi-document.js';

function sortKeys<T>(record: Record<string, T>): Record<string, T> {
  return Object.fromEntries(Object.entries(record).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

/** Paths and component maps in code-point order, so output order never depends on input order. */
export function sortDocument(document: OpenApiDocument): void {
  document.paths = sortKeys(document.paths);
  const components = document.components as Record<string, unknown> | undefined;
  if (!components) return;
  for (const [section, value] of Object.entries(components)) {
    if (value && typeof value === 'object' && !Array.isArray(value)) components[section] = sortKeys(value as Record<string, unknown>);
  }
}
