/**
 * Visits every JSON Schema object reachable from a schema, with its JSON pointer segments.
 * Knows which keywords hold subschemas, so a property that happens to be called `type` or
 * `$ref` is treated as a property name, not as a keyword.
 */
const SINGLE = ['items', 'additionalProperties', 'not', 'if', 'then', 'else', 'contains', 'propertyNames', 'unevaluatedItems', 'unevaluatedProperties', 'contentSchema'] as const;
const LISTS = ['allOf', 'anyOf', 'oneOf', 'prefixItems'] as const;
const MAPS = ['properties', 'patternProperties', '$defs', 'definitions', 'dependentSchemas'] as const;

export type SchemaVisitor = (schema: Record<string, unknown>, path: readonly (string | number)[]) => void;

export function walkSchema(schema: unknown, path: readonly (string | number)[], visit: SchemaVisitor): void {
  if (schema === null || typeof schema !== 'object' || Array.isArray(schema)) return;
  const node = schema as Record<string, unknown>;
  visit(node, path);
  for (const key of SINGLE) {
    if (key in node) walkSchema(node[key], [...path, key], visit);
  }
  for (const key of LISTS) {
    const list = node[key];
    if (Array.isArray(list)) list.forEach((item, index) => walkSchema(item, [...path, key, index], visit));
  }
  for (const key of MAPS) {
    const map = node[key];
    if (map && typeof map === 'object' && !Array.isArray(map)) {
      for (const [name, child] of Object.entries(map)) walkSchema(child, [...path, key, name], visit);
    }
  }
  // OpenAPI 3.0 `items` may be a list in the wild; JSON Schema draft 4 tuple form.
  if (Array.isArray(node['items'])) (node['items'] as unknown[]).forEach((item, index) => walkSchema(item, [...path, 'items', index], visit));
}
