import type { OpenApiDocument } from '../readers/openapi-document.js';
import { forEachSchemaNode } from './for-each-schema-node.js';
import { isRecord } from './managers/schema-lookup.js';

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
  forEachSchemaNode(document, (node) => {
    const type = node['type'];
    const isObject = type === 'object' || (Array.isArray(type) && type.includes('object'));
    if (isObject && !DECLARES.some((key) => declares(node[key]))) {
      node['additionalProperties'] = true;
      opened++;
    }
  });
  return opened;
}

// `properties: {}` declares nothing; `additionalProperties: false` does (no key at all).
function declares(value: unknown): boolean {
  if (value === undefined || value === null) return false;
  return !isRecord(value) || Object.keys(value).length > 0;
}
