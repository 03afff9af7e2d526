import type { OpenApiDocument } from '../readers/openapi-document.js';
import { isRecord } from './managers/schema-lookup.js';

// Values, not schemas: an example may well have a key named "properties".
const NOT_SCHEMAS = new Set(['example', 'examples', 'default', 'enum', 'const']);
// What gives openapi-typescript something to type besides "an object".
const DECLARES = ['properties', 'additionalProperties', 'patternProperties', '$defs', 'allOf', 'anyOf', 'oneOf', 'not', 'enum', 'const', '$ref'];

/**
 * An object schema that declares no keys says nothing about them: `{ type: object }` (Neutron's agent
 * `configurations`, Keystone's `OS-FEDERATION`, request bodies of actions) accepts any key, yet
 * openapi-typescript writes it `Record<string, never>`, which no body with a key satisfies. Such a
 * schema gets `additionalProperties: true`, so it is `{ [key: string]: unknown }` (what
 * openapi-typescript's `emptyObjectsUnknown` would write). Unlike that option, a schema that says
 * `additionalProperties: false` stays `Record<string, never>`: it does mean "no key" (Nova's server
 * group `metadata`, an empty `tenant_usage`).
 * Changes the document in place (run on the IR just before openapi-typescript); returns how many.
 */
export function openEmptyObjects(document: OpenApiDocument): number {
  let opened = 0;
  const seen = new Set<unknown>();
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(visit);
    if (!isRecord(node) || seen.has(node)) return;
    seen.add(node);
    const type = node['type'];
    const isObject = type === 'object' || (Array.isArray(type) && type.includes('object'));
    if (isObject && !DECLARES.some((key) => declares(node[key]))) {
      node['additionalProperties'] = true;
      opened++;
    }
    for (const [key, value] of Object.entries(node)) if (!NOT_SCHEMAS.has(key)) visit(value);
  };
  visit(document.paths);
  visit(document.components);
  return opened;
}

// `properties: {}` declares nothing; `additionalProperties: false` does (no key at all).
function declares(value: unknown): boolean {
  if (value === undefined || value === null) return false;
  return !isRecord(value) || Object.keys(value).length > 0;
}
