import { oapiRef, tsOmit, type OpenAPITSOptions } from 'openapi-typescript';
import type { OpenApiDocument } from '../readers/openapi-document.js';
import { SpecError } from '../diagnostics/spec-error.js';
import { apiIdentifier, capitalize, sharedSchemaName } from '../emitters/generated-names.js';
import { isRecord } from '../emitters/managers/schema-lookup.js';
import { PROPERTY_KEYS, split } from './share-repeated-schemas.js';

type Schema = Record<string, unknown>;

/**
 * The marker of an `allOf` member that stands for `Omit<components["schemas"]["Base"], …>`
 * (JSON Schema has no "all of that one but these keys"); `omittedBaseTransform` writes it.
 */
export const OMIT_FROM_BASE = 'x-stratus-omit-from-base';

/** An object schema may carry only these besides its doc keys: anything else (an index signature, a composition, `nullable`, an extension) changes what `Omit` and `&` would mean. */
const OBJECT_KEYS = new Set(['type', 'properties', 'required', 'additionalProperties']);

/** Below this many declaration nodes saved, `Omit<…> & { … }` is not worth the indirection. */
const MIN_SAVED_NODES = 40;

/**
 * A variant that saves less than this share of itself stays written out instead: then it can be
 * the base of the variants after it, which are usually closer to it than to older ones.
 */
const MIN_SAVED_SHARE = 0.5;

/** About what the `Omit<Schema<"Base">, …> & { … }` frame costs, and each omitted key (`$ref`s are written `Schema<"X">`, ../emitters/schema-alias.ts). */
const FRAME_NODES = 10;
const OMITTED_KEY_NODES = 2;

/**
 * How many `Omit`s deep a variant may be: 1 derives only from variants that are written out.
 * Chains (a variant of a variant of…) save a little more text but make the checker expand each
 * level; see the package README's IDE-cost section for the measurement that chose this.
 */
const DEFAULT_MAX_DEPTH = 1;

/**
 * A place an object variant sits: a component, an inline object in one of a component's properties,
 * or the items of either (Nova's server lists: `servers: { … }[]`). Not the members of a `oneOf`:
 * the client's result types are then no longer identical to the component (`expectTypeOf`'s
 * `toEqualTypeOf` in packages/openstack's microversion type tests), only equivalent.
 */
type Site = {
  label: string;
  holder: Schema | unknown[];
  key: string | number;
  /** Not a component: it moves into one to be a base. */
  inline: boolean;
  /** An inline property object: its doc keys stay beside a `$ref` (they document the property). */
  property: boolean;
  /** The object as it was, compared and weighed. */
  snapshot: Schema;
  properties: Record<string, unknown>;
  required: Set<string>;
  texts: Map<string, string>;
  /** Whether openapi-typescript writes a property with a `default` as required here (`defaultsRequiredAt`). */
  defaultsRequired: boolean;
  base?: Site;
  omitted?: string[];
  depth: number;
  /** Roughly how many declaration nodes its properties take. */
  nodes: number;
  /** The component a variant derived from this one refers to (its own, or the one it is moved into). */
  componentName?: string;
};

/**
 * Nova's microversion variants of one object (79 inline `server` bodies, 15 shared `Server_…`
 * components) repeat most properties word for word. Each variant that shares enough with an
 * earlier one of the same label (the property it sits in, or the component name without its
 * `_hash`/`_version` suffix) becomes `Omit<Base, differing keys> & { its own keys }`: the same
 * type, with the shared members declared once. `Omit` keeps the base's property declarations, so
 * an inherited member still shows its doc on hover. Only plain object schemas (no index
 * signature, composition, `nullable` or extension, on either side) are derived, so the result is
 * exactly the variant's type. An inline base is moved into a component named like a shared one
 * (`sharedSchemaName`). Runs after `shareRepeatedSchemas`, on `components.schemas` only.
 */
export function deriveSchemaVariants(document: OpenApiDocument, sourceName: string, options: { maxDepth?: number } = {}): void {
  const schemas = document.components?.schemas as Record<string, unknown> | undefined;
  if (!schemas) return;
  const maxDepth = options.maxDepth ?? DEFAULT_MAX_DEPTH;

  const families = new Map<string, Site[]>();
  const add = (site: Site | undefined) => {
    if (!site) return;
    const family = families.get(site.label) ?? [];
    family.push(site);
    families.set(site.label, family);
  };
  // The component, its properties, and the items below either (labels as `shareRepeatedSchemas`
  // names them: `ServersItem`).
  const visit = (holder: Schema | unknown[], key: string | number, label: string, place: { inline: boolean; property: boolean }, path: string) => {
    add(siteOf(holder, key, label, place, path));
    const schema = (holder as Record<string | number, unknown>)[key];
    if (!isRecord(schema)) return;
    if (isRecord(schema['items'])) visit(schema, 'items', `${label}Item`, { inline: true, property: false }, `${path}/items`);
  };
  for (const name of Object.keys(schemas)) {
    visit(schemas, name, name.replace(/_(?:[0-9a-f]{8}|\d+)$/, ''), { inline: false, property: false }, `#/components/schemas/${name}`);
    const properties = (schemas[name] as Schema | undefined)?.['properties'];
    if (!isRecord(properties)) continue;
    for (const key of Object.keys(properties)) visit(properties, key, capitalize(apiIdentifier(key)) || 'Property', { inline: true, property: true }, `#/components/schemas/${name}/${key}`);
  }

  // Each variant's base: the earlier one of its family that saves most.
  const derived: Site[] = [];
  for (const family of families.values()) {
    family.forEach((site, index) => {
      let best: { base: Site; saved: number; omitted: string[] } | undefined;
      for (const base of family.slice(0, index)) {
        if (base.depth >= maxDepth || base.defaultsRequired !== site.defaultsRequired || (base.inline && base.defaultsRequired !== defaultsRequiredAt(base.label))) continue;
        const candidate = compare(site, base);
        if (candidate.saved >= Math.max(MIN_SAVED_NODES, MIN_SAVED_SHARE * site.nodes) && (!best || candidate.saved > best.saved)) best = { base, ...candidate };
      }
      if (!best) return;
      site.base = best.base;
      site.omitted = best.omitted;
      site.depth = best.base.depth + 1;
      derived.push(site);
    });
  }
  if (derived.length === 0) return;

  // Each base gets its component name; inline variants are rewritten, inline bases move into their
  // components, then component variants are rewritten (their own keys keep the rewritten inline objects).
  const at = (site: Site) => site.holder as Record<string | number, unknown>;
  for (const site of derived) {
    const base = site.base!;
    base.componentName ??= base.inline ? sharedSchemaName(base.label, JSON.stringify(split(base.snapshot, base.property).shared)) : String(base.key);
  }
  for (const site of derived) if (site.inline) at(site)[site.key] = derivedSchema(site);
  const moved = new Map<string, Schema>();
  for (const sites of families.values()) {
    for (const site of sites) {
      if (!site.inline || !site.componentName) continue;
      const { shared, kept } = split(at(site)[site.key] as Schema, site.property);
      const taken = moved.get(site.componentName) ?? schemas[site.componentName];
      if (taken !== undefined && JSON.stringify(taken) !== JSON.stringify(shared)) {
        throw new SpecError({ message: `derived variant base name ${site.componentName} is taken`, file: sourceName, pointer: `/components/schemas/${site.componentName}`, hint: 'please report it: two schema variants met on one name' });
      }
      if (taken === undefined) moved.set(site.componentName, shared);
      at(site)[site.key] = { $ref: `#/components/schemas/${site.componentName}`, ...kept };
    }
  }
  for (const site of derived) if (!site.inline) at(site)[site.key] = derivedSchema(site);
  const all = { ...schemas, ...Object.fromEntries(moved) };
  document.components!.schemas = Object.fromEntries(Object.entries(all).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) as never;

  function derivedSchema(site: Site): Schema {
    const current = at(site)[site.key] as Schema;
    const own = Object.keys(site.properties).filter((key) => !sameProperty(site, site.base!, key));
    const ref = `#/components/schemas/${site.base!.componentName}`;
    const docs = Object.fromEntries(Object.entries(current).filter(([key]) => !OBJECT_KEYS.has(key)));
    const currentProperties = current['properties'] as Schema;
    const ownObject: Schema = { type: 'object', properties: Object.fromEntries(own.map((key) => [key, currentProperties[key]])) };
    const required = own.filter((key) => site.required.has(key));
    if (required.length > 0) ownObject['required'] = required;
    const baseMember: Schema = site.omitted!.length > 0 ? { type: 'object', [OMIT_FROM_BASE]: { $ref: ref, keys: site.omitted } } : { $ref: ref };
    if (own.length === 0 && site.omitted!.length === 0) return { $ref: ref, ...docs };
    return { allOf: own.length > 0 ? [baseMember, ownObject] : [baseMember], ...docs };
  }
}

/** openapi-typescript `transform` hook: an `OMIT_FROM_BASE` member is `Omit<components["schemas"]["Base"], "a" | "b">` (then written `Omit<Schema<"Base">, …>`). */
export const omittedBaseTransform: NonNullable<OpenAPITSOptions['transform']> = (schemaObject) => {
  const omit = (schemaObject as Schema)[OMIT_FROM_BASE];
  if (!isRecord(omit)) return undefined;
  return tsOmit(oapiRef(omit['$ref'] as string), omit['keys'] as string[]);
};

function siteOf(holder: Schema | unknown[], key: string | number, label: string, place: { inline: boolean; property: boolean }, path: string): Site | undefined {
  const schema = (holder as Record<string | number, unknown>)[key];
  if (!isRecord(schema) || schema['type'] !== 'object') return undefined;
  const allowed = (name: string) => OBJECT_KEYS.has(name) || PROPERTY_KEYS.has(name);
  if (!Object.keys(schema).every(allowed)) return undefined;
  const properties = schema['properties'];
  const required = schema['required'] ?? [];
  if (!isRecord(properties) || Object.keys(properties).length === 0) return undefined;
  if (schema['additionalProperties'] !== undefined && schema['additionalProperties'] !== false) return undefined;
  if (!Array.isArray(required) || !required.every((name) => typeof name === 'string')) return undefined;
  const snapshot = structuredClone(schema);
  const site: Site = {
    label,
    snapshot,
    holder,
    key,
    ...place,
    properties: snapshot['properties'] as Record<string, unknown>,
    required: new Set(required as string[]),
    texts: new Map(Object.entries(properties).map(([name, value]) => [name, JSON.stringify(value)])),
    defaultsRequired: defaultsRequiredAt(path),
    depth: 0,
    nodes: Object.values(properties).reduce((sum: number, property) => sum + propertyNodes(property), 0),
  };
  return site;
}

/**
 * openapi-typescript makes a property with a `default` required, except where the schema's path
 * mentions parameters or a request body: a variant, its base, and a base moved into a component
 * must be on the same side, or an inherited key's `?` would change.
 */
function defaultsRequiredAt(path: string): boolean {
  return !/parameters|requestBody/.test(path);
}

function sameProperty(site: Site, base: Site, key: string): boolean {
  const text = base.texts.get(key);
  return text !== undefined && text === site.texts.get(key) && site.required.has(key) === base.required.has(key);
}

/** What deriving `site` from `base` saves (declaration nodes, roughly) and which of the base's keys it omits. */
function compare(site: Site, base: Site): { saved: number; omitted: string[] } {
  let saved = -FRAME_NODES;
  for (const key of site.texts.keys()) if (sameProperty(site, base, key)) saved += propertyNodes(site.properties[key]);
  const omitted = [...base.texts.keys()].filter((key) => !sameProperty(site, base, key));
  return { saved: saved - OMITTED_KEY_NODES * omitted.length, omitted };
}

/** Roughly how many declaration nodes openapi-typescript writes for a property of this schema. */
function propertyNodes(schema: unknown): number {
  return 3 + typeNodes(schema);
}

function typeNodes(schema: unknown): number {
  if (!isRecord(schema)) return 1;
  if (typeof schema['$ref'] === 'string') return 4;
  let nodes = 0;
  if (Array.isArray(schema['enum'])) nodes += 1 + 2 * schema['enum'].length;
  for (const key of ['oneOf', 'anyOf', 'allOf']) {
    const members = schema[key];
    if (Array.isArray(members)) nodes += 1 + members.reduce((sum: number, member) => sum + typeNodes(member), 0);
  }
  if (isRecord(schema['properties'])) nodes += 1 + Object.values(schema['properties']).reduce((sum: number, property) => sum + propertyNodes(property), 0);
  if (isRecord(schema['additionalProperties']) || schema['additionalProperties'] === true) nodes += 6 + typeNodes(schema['additionalProperties']);
  if (schema['items'] !== undefined) nodes += 1 + typeNodes(schema['items']);
  if (nodes === 0) nodes = Array.isArray(schema['type']) ? 1 + schema['type'].length : 1;
  if (schema['nullable'] === true) nodes += 2;
  return nodes;
}
