import { sha256 } from '../specs/sha256.js';
import { compareText, sortKeysDeep } from './stable-json.js';

/** Where component schemas live in the IR; surface refs keep only the name after it. */
export const SCHEMA_REF_PREFIX = '#/components/schemas/';

/** Texts that end up in JSDoc, not in types: collected for the documentation hash, left out of the shape. */
const DOC_KEYWORDS = new Set(['description', 'summary', 'title', 'example', 'examples', 'externalDocs', '$comment', 'default', 'xml']);

/** Keywords whose value is one schema. */
export const SCHEMA_KEYWORDS = new Set(['additionalProperties', 'items', 'contains', 'not', 'if', 'then', 'else', 'propertyNames', 'unevaluatedProperties', 'unevaluatedItems', 'additionalItems']);
/** Keywords whose value is a list of schemas. */
export const SCHEMA_LIST_KEYWORDS = new Set(['oneOf', 'anyOf', 'allOf', 'prefixItems']);
/** Keywords whose value maps names to schemas. */
export const SCHEMA_MAP_KEYWORDS = new Set(['properties', 'patternProperties', 'dependentSchemas', '$defs', 'definitions']);

/**
 * `x-openstack` facts that shape the generated types (microversion ranges, action names and the
 * union discriminator); the rest (`resource_link`, `sdk-name`, …) are documentation.
 */
const OPENSTACK_KEYS = ['min-ver', 'max-ver', 'action-name', 'discriminator'] as const;

/** Marks an OVH request-body variant of a component (`nichandle.Contact_input` of `nichandle.Contact`). */
export const INPUT_OF = 'x-stratus-input-of';

/** Key of a component's documentation hash in the committed surface. */
export const DOCS_KEY = 'x-docs';

/** The `x-openstack` facts that matter for types, values as text (YAML reads `min-ver: 3.2` as a number). */
export function openstackFacts(node: Record<string, unknown>): Record<string, string> | undefined {
  const extension = node['x-openstack'];
  if (extension === null || typeof extension !== 'object' || Array.isArray(extension)) return undefined;
  const facts: Record<string, string> = {};
  for (const key of [...OPENSTACK_KEYS].sort(compareText)) {
    const value = (extension as Record<string, unknown>)[key];
    if (value !== undefined && value !== null) facts[key] = String(value);
  }
  return Object.keys(facts).length > 0 ? facts : undefined;
}

function sortedUnique(values: readonly unknown[]): unknown[] {
  // Default sort is code-unit order, as compareText.
  if (values.every((value) => typeof value === 'string')) return [...new Set(values as string[])].sort();
  const byText = new Map<string, unknown>();
  for (const value of values) byText.set(JSON.stringify(value), value);
  return [...byText.entries()].sort(([a], [b]) => compareText(a, b)).map(([, value]) => value);
}

/**
 * A schema as the diff compares it: documentation out (collected into `docs`), `$ref`s shortened
 * to the component name, `required`, `type` lists and `enum` values sorted, extensions other than
 * the type-shaping `x-openstack` facts dropped. Everything else is kept as written.
 */
export function normalizeSchema(schema: unknown, docs: unknown[]): unknown {
  if (schema === null || typeof schema !== 'object' || Array.isArray(schema)) return schema;
  const node = schema as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  // Keys in code-point order, as the committed files have them.
  for (const key of Object.keys(node).sort()) {
    const value = node[key];
    if (DOC_KEYWORDS.has(key)) {
      docs.push([key, value]);
      continue;
    }
    if (key === '$ref' && typeof value === 'string') out[key] = value.startsWith(SCHEMA_REF_PREFIX) ? value.slice(SCHEMA_REF_PREFIX.length) : value;
    else if (key === 'x-openstack') {
      const facts = openstackFacts(node);
      if (facts) out[key] = facts;
    } else if (key === INPUT_OF) out[key] = value;
    else if (key.startsWith('x-')) continue;
    else if (SCHEMA_KEYWORDS.has(key)) out[key] = normalizeSchema(value, docs);
    else if (SCHEMA_LIST_KEYWORDS.has(key) && Array.isArray(value)) out[key] = value.map((child) => normalizeSchema(child, docs));
    else if (SCHEMA_MAP_KEYWORDS.has(key) && value !== null && typeof value === 'object' && !Array.isArray(value)) {
      const map: Record<string, unknown> = {};
      for (const name of Object.keys(value).sort()) map[name] = normalizeSchema((value as Record<string, unknown>)[name], docs);
      out[key] = map;
    } else if ((key === 'required' || key === 'type' || key === 'enum') && Array.isArray(value)) out[key] = sortedUnique(value);
    else out[key] = structuredClone(value);
  }
  return out;
}

/** Short hash of collected documentation texts; undefined when there were none. */
export function docsHash(docs: readonly unknown[]): string | undefined {
  return docs.length === 0 ? undefined : sha256(JSON.stringify(docs)).slice(0, 12);
}
