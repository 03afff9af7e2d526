import type { OpenApiDocument } from '../readers/openapi-document.js';
import { SpecError } from '../diagnostics/spec-error.js';
import { apiIdentifier, capitalize, sharedSchemaName } from '../emitters/generated-names.js';

type Schema = Record<string, unknown>;

/**
 * What a property's schema says about the property rather than about its type: the JSDoc
 * openapi-typescript writes on the property (`addJSDocComment`) and what decides its `?`/`readonly`.
 * openapi-typescript reads them beside a `$ref` too, so they stay where they are.
 */
export const PROPERTY_KEYS = new Set(['title', 'summary', 'description', 'format', 'deprecated', 'default', 'example', 'examples', 'readOnly', 'writeOnly']);

/** Below this much JSON a shared component costs more (name, reference, indirection) than the copy. */
const MIN_SHARED_LENGTH = 160;

/** The schema positions below a schema, with the label a shared schema found there is named after. */
function childSites(schema: Schema, label: string): { holder: Schema | unknown[]; key: string | number; label: string; property: boolean }[] {
  const sites: { holder: Schema | unknown[]; key: string | number; label: string; property: boolean }[] = [];
  const properties = schema['properties'];
  if (properties && typeof properties === 'object' && !Array.isArray(properties)) {
    for (const name of Object.keys(properties)) sites.push({ holder: properties as Schema, key: name, label: capitalize(apiIdentifier(name)) || 'Property', property: true });
  }
  for (const [key, suffix] of [['items', 'Item'], ['additionalProperties', 'Value'], ['not', 'Not']] as const) {
    if (schema[key] && typeof schema[key] === 'object' && !Array.isArray(schema[key])) sites.push({ holder: schema, key, label: label + suffix, property: false });
  }
  for (const [key, suffix] of [['oneOf', 'Variant'], ['anyOf', 'Variant'], ['allOf', 'Part'], ['prefixItems', 'Item']] as const) {
    const members = schema[key];
    if (Array.isArray(members)) members.forEach((_, index) => sites.push({ holder: members, key: index, label: label + suffix, property: false }));
  }
  return sites;
}

/** The part of a site's schema that can be shared, and what stays at the site beside the `$ref`. */
export function split(schema: Schema, property: boolean): { shared: Schema; kept: Schema } {
  if (!property) return { shared: schema, kept: {} };
  const shared: Schema = {};
  const kept: Schema = {};
  for (const [key, value] of Object.entries(schema)) (PROPERTY_KEYS.has(key) ? kept : shared)[key] = value;
  return { shared, kept };
}

function isShareable(shared: Schema, text: string): boolean {
  return !('$ref' in shared) && text.length >= MIN_SHARED_LENGTH;
}

/**
 * Schemas repeated inside `components.schemas` (Nova's microversion variants repeat `fault`,
 * `flavor`, `addresses`… in every variant of every server body) become one shared component each,
 * referenced from every place they were: the same type, declared once. A shared component is
 * named after where it sits and its text (`Fault_1a2b3c4d`, see `sharedSchemaName`), so one place
 * more or less renames nothing else. Each property keeps its own doc comment beside the `$ref`.
 * Only schemas under components are touched: operation types and the component names they use
 * stay as they are.
 */
export function shareRepeatedSchemas(document: OpenApiDocument, sourceName: string): void {
  const schemas = document.components?.schemas as Record<string, unknown> | undefined;
  if (!schemas) return;
  const roots = Object.keys(schemas);
  const keyOf = (label: string, text: string) => `${label}\u0000${text}`;

  // How often each (label, text) occurs anywhere under the components.
  const counts = new Map<string, number>();
  const count = (schema: unknown, label: string) => {
    if (!schema || typeof schema !== 'object' || Array.isArray(schema)) return;
    for (const site of childSites(schema as Schema, label)) {
      const child = (site.holder as Record<string | number, unknown>)[site.key];
      if (!child || typeof child !== 'object' || Array.isArray(child)) continue;
      const { shared } = split(child as Schema, site.property);
      const text = JSON.stringify(shared);
      if (isShareable(shared, text)) counts.set(keyOf(site.label, text), (counts.get(keyOf(site.label, text)) ?? 0) + 1);
      count(child, site.label);
    }
  };
  for (const name of roots) count(schemas[name], capitalize(apiIdentifier(name)));

  // Outermost repeated schemas first; a shared schema's own content is visited once, as a root.
  const created = new Map<string, { name: string; schema: Schema }>();
  const references = new Map<string, number>();
  const pending: { schema: unknown; label: string }[] = roots.map((name) => ({ schema: schemas[name], label: capitalize(apiIdentifier(name)) }));
  const share = (schema: unknown, label: string) => {
    if (!schema || typeof schema !== 'object' || Array.isArray(schema)) return;
    for (const site of childSites(schema as Schema, label)) {
      const child = (site.holder as Record<string | number, unknown>)[site.key];
      if (!child || typeof child !== 'object' || Array.isArray(child)) continue;
      const { shared, kept } = split(child as Schema, site.property);
      const text = JSON.stringify(shared);
      const key = keyOf(site.label, text);
      if (!isShareable(shared, text) || (counts.get(key) ?? 0) < 2) {
        share(child, site.label);
        continue;
      }
      let entry = created.get(key);
      if (!entry) {
        const name = sharedSchemaName(site.label, text);
        const clash = [...created.values()].find((other) => other.name === name);
        if (clash || name in schemas) throw new SpecError({ message: `shared schema name ${name} is taken`, file: sourceName, pointer: `/components/schemas/${name}`, hint: 'please report it: two shared schemas met on one name' });
        entry = { name, schema: structuredClone(shared) };
        created.set(key, entry);
        pending.push({ schema: entry.schema, label: site.label });
      }
      references.set(entry.name, (references.get(entry.name) ?? 0) + 1);
      (site.holder as Record<string | number, unknown>)[site.key] = { $ref: `#/components/schemas/${entry.name}`, ...kept };
    }
  };
  for (let next = pending.shift(); next; next = pending.shift()) share(next.schema, next.label);

  // A schema repeated only inside one repeated schema ends up referenced once: put it back.
  const once = new Map([...created.values()].filter((entry) => references.get(entry.name) === 1).map((entry) => [`#/components/schemas/${entry.name}`, entry.schema]));
  const inline = (node: unknown): void => {
    if (!node || typeof node !== 'object') return;
    for (const [key, value] of Object.entries(node)) {
      if (!value || typeof value !== 'object') continue;
      const ref = (value as Schema)['$ref'];
      const target = typeof ref === 'string' ? once.get(ref) : undefined;
      if (target) {
        const { $ref: _ref, ...kept } = value as Schema;
        // The target's keys first, as they were before sharing; the site's doc keys after.
        (node as Record<string, unknown>)[key] = { ...target, ...kept };
        inline((node as Record<string, unknown>)[key]);
      } else inline(value);
    }
  };
  for (const name of roots) inline(schemas[name]);
  for (const entry of created.values()) if (!once.has(`#/components/schemas/${entry.name}`)) inline(entry.schema);

  const added = [...created.values()].filter((entry) => !once.has(`#/components/schemas/${entry.name}`));
  const all = { ...schemas, ...Object.fromEntries(added.map((entry) => [entry.name, entry.schema])) };
  document.components!.schemas = Object.fromEntries(Object.entries(all).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) as never;
}
