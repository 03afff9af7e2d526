import type { OpenApiDocument } from '../readers/openapi-document.js';
import { isRecord } from './managers/schema-lookup.js';

// Values, not schemas: an example may well have a key named "properties".
const NOT_SCHEMAS = new Set(['example', 'examples', 'default', 'enum', 'const']);

/**
 * Calls `visit` once for every object node under the document's paths and components (schemas and
 * what holds them), skipping example and enum values; a node reached twice is visited once.
 */
export function forEachSchemaNode(document: OpenApiDocument, visit: (node: Record<string, unknown>) => void): void {
  const seen = new Set<unknown>();
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(walk);
    if (!isRecord(node) || seen.has(node)) return;
    seen.add(node);
    visit(node);
    for (const [key, value] of Object.entries(node)) if (!NOT_SCHEMAS.has(key)) walk(value);
  };
  walk(document.paths);
  walk(document.components);
}
