import type { OpenApiDocument } from '../readers/openapi-document.js';
import { forEachSchemaNode } from './for-each-schema-node.js';
import { isRecord, resolve } from './managers/schema-lookup.js';

type Schema = Record<string, unknown>;

const PRIMITIVES = new Set(['string', 'integer', 'number', 'boolean']);
const ANNOTATIONS = new Set(['type', 'description', 'title', 'format', 'readOnly', 'writeOnly', 'deprecated']);

/**
 * `properties` beside an `additionalProperties` schema: openapi-typescript writes
 * `{ declared } & { [key: string]: Extra }`, and an index signature covers the declared keys too,
 * so a declared property that is not an `Extra` becomes `never` (Glance's image: `min_disk` is
 * `number & string`) and no real body satisfies the type. TypeScript cannot say "every *other* key",
 * so where some declared property is not of the extra keys' type the extra keys become `unknown`
 * (`additionalProperties: true`): declared properties keep their own types, extra keys are allowed
 * and read as `unknown`. Unioning `Extra` with every declared type would also be sound, but it
 * repeats each declared type in the index signature and still would not say which key has which.
 * Where every declared property is already an `Extra` the schema is left as it is.
 * Changes the document in place (run on the IR just before openapi-typescript).
 */
export function openAdditionalProperties(document: OpenApiDocument): number {
  let opened = 0;
  forEachSchemaNode(document, (node) => {
    const extra = node['additionalProperties'];
    if (isRecord(extra) && isRecord(node['properties']) && Object.keys(node['properties']).length > 0 && !allDeclaredAre(document, node['properties'], extra)) {
      node['additionalProperties'] = true;
      opened++;
    }
  });
  return opened;
}

/** Every declared property is the extra keys' schema itself, or of the plain primitive type they have (integer counts as a number). */
function allDeclaredAre(document: OpenApiDocument, properties: Schema, extraSchema: Schema): boolean {
  // Ironic's node validation: each interface and every other key is a NodeValidationResult.
  const same = JSON.stringify(extraSchema);
  if (Object.values(properties).every((property) => JSON.stringify(property) === same)) return true;
  const extra = resolve(document, extraSchema);
  const type = extra?.['type'];
  if (!extra || typeof type !== 'string' || !PRIMITIVES.has(type) || !Object.keys(extra).every((key) => ANNOTATIONS.has(key))) return false;
  return Object.values(properties).every((property) => {
    const declared = resolve(document, property);
    const declaredType = declared?.['type'];
    if (!declared || declared['nullable'] === true || ['oneOf', 'anyOf', 'allOf', 'not'].some((key) => key in declared)) return false;
    return declaredType === type || (type === 'number' && declaredType === 'integer');
  });
}
