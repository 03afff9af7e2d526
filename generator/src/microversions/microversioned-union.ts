import ts from 'typescript';
import type { OpenAPITSOptions } from 'openapi-typescript';
import type { OpenApiDocument } from '../readers/openapi-document.js';
import { versionRange } from './microversion-ladder.js';

const COMPONENT_REF = /^#\/components\/schemas\/([^/]+)$/;

/** `[MicroversionsFrom['2.73'], MicroversionsUpTo['2.89']]` (an open end is every version). */
export function rangeTypes(range: { min?: string; max?: string }): [string, string] {
  return [range.min ? `MicroversionsFrom['${range.min}']` : 'Microversion', range.max ? `MicroversionsUpTo['${range.max}']` : 'Microversion'];
}

/**
 * openapi-typescript `transform` hook: a `oneOf` of component `$ref`s of which at least one carries
 * `x-openstack` min-ver/max-ver becomes `Microversioned<[From, UpTo, Variant] | …>`, which
 * `PathsAt<V>` narrows to the variant valid at `V` (and which is still the plain union unresolved).
 * Everything else is left to openapi-typescript.
 */
export function microversionedUnionTransform(document: OpenApiDocument): NonNullable<OpenAPITSOptions['postTransform']> {
  const schemas = (document.components?.schemas ?? {}) as Record<string, unknown>;
  return (_type, options) => {
    // postTransform (unlike transform) runs for every schema, typed or not; find ours by its pointer.
    // A media type's schema is reported at the media type's pointer (…/content/application~1json).
    let schemaObject = options.path ? resolvePointer(document, options.path) : undefined;
    if (options.path?.includes('/content/') && schemaObject && typeof schemaObject === 'object' && 'schema' in schemaObject) schemaObject = schemaObject.schema;
    if (!schemaObject || typeof schemaObject !== 'object') return undefined;
    const members = (schemaObject as { oneOf?: unknown[] }).oneOf;
    if (!Array.isArray(members) || members.length < 2) return undefined;
    const entries: string[] = [];
    let versioned = false;
    for (const member of members) {
      const ref = (member as { $ref?: unknown }).$ref;
      const name = typeof ref === 'string' ? COMPONENT_REF.exec(ref)?.[1] : undefined;
      if (name === undefined || !(name in schemas)) return undefined;
      const range = versionRange(schemas[name]) ?? {};
      if (range.min || range.max) versioned = true;
      const [from, upTo] = rangeTypes(range);
      entries.push(`[${from}, ${upTo}, components["schemas"]["${name}"]]`);
    }
    if (!versioned) return undefined;
    // Printed verbatim by openapi-typescript's printer.
    return ts.factory.createTypeReferenceNode(`Microversioned<${entries.join(' | ')}>`);
  };
}

/** `#/paths/~1servers~1{id}/get/…` → the node. */
function resolvePointer(document: OpenApiDocument, pointer: string): unknown {
  if (!pointer.startsWith('#/')) return undefined;
  let node: unknown = document;
  for (const token of pointer.slice(2).split('/')) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string, unknown>)[token.replaceAll('~1', '/').replaceAll('~0', '~')];
  }
  return node;
}
