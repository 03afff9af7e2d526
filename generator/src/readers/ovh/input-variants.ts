import { isRecord } from './ovh-native.js';
import { INPUT_REQUIRED, schemaRef } from './ovh-models.js';
import type { JsonSchema } from './ovh-primitives.js';

const PREFIX = '#/components/schemas/';

/** Names of the components a schema references (not following the references). */
function refsOf(node: unknown, into: Set<string>): Set<string> {
  if (Array.isArray(node)) for (const child of node) refsOf(child, into);
  else if (isRecord(node)) {
    for (const [key, child] of Object.entries(node)) {
      if (key === '$ref' && typeof child === 'string' && child.startsWith(PREFIX)) into.add(child.slice(PREFIX.length));
      else refsOf(child, into);
    }
  }
  return into;
}

/** Subschemas of the keywords the OVH reader emits (properties, items, maps, unions). */
function subschemas(schema: JsonSchema): unknown[] {
  const children: unknown[] = [];
  if (isRecord(schema['properties'])) children.push(...Object.values(schema['properties']));
  for (const key of ['items', 'additionalProperties', 'propertyNames']) if (isRecord(schema[key])) children.push(schema[key]);
  for (const key of ['anyOf', 'allOf', 'oneOf']) if (Array.isArray(schema[key])) children.push(...(schema[key] as unknown[]));
  return children;
}

/**
 * The read-only properties a request body must not carry. When EVERY property of an object is
 * read-only, the flags say nothing about input: v1 has legacy request models marked that way
 * (`xdsl.ResiliationSurvey` {type, comment}, the body of POST /xdsl/{serviceName}/resiliate;
 * `xdsl.lineDiagnostic.Answers`), and dropping them all would leave an empty, unusable body type.
 * Such objects are kept whole.
 */
function readOnlyKeys(schema: JsonSchema): string[] {
  const properties = schema['properties'];
  if (!isRecord(properties)) return [];
  const keys = Object.keys(properties);
  const readOnly = keys.filter((key) => isRecord(properties[key]) && properties[key]['readOnly'] === true);
  return readOnly.length < keys.length ? readOnly : [];
}

/** Whether a request body needs this schema changed: read-only properties to drop, or another `required` list. */
function differsAsInput(schema: unknown): boolean {
  if (!isRecord(schema)) return false;
  return readOnlyKeys(schema).length > 0 || Array.isArray(schema[INPUT_REQUIRED]) || subschemas(schema).some(differsAsInput);
}

/** Removes the request-body `required` lists from the components answers use. */
function dropInputRequired(node: unknown): void {
  if (!isRecord(node)) return;
  delete node[INPUT_REQUIRED];
  subschemas(node).forEach(dropInputRequired);
}

/**
 * Components describe answers (every property that cannot be null is present, see INPUT_REQUIRED);
 * request bodies differ in two ways: read-only properties are server-set, so a body must not
 * require (or even offer) them, and only the properties the schema marks `required` are required.
 * For every component that a request body uses, directly or through other components, and that
 * differs as input somewhere below it (see `readOnlyKeys` for the all-read-only exception), this
 * adds an input variant (`<name>_input`; `<name>_input_2`, … if that key is taken) and points the
 * request bodies (and the input variants themselves) at the variants. Responses keep the full models.
 *
 * Mutates `schemas` (adds the variants) and `bodies` (rewrites their `$ref`s) in place; returns
 * original name → input variant name.
 */
export function addInputVariants(schemas: Record<string, JsonSchema>, bodies: readonly JsonSchema[]): Map<string, string> {
  // Components that need a variant: read-only properties of their own, or a reference to one that needs one.
  const dependents = new Map<string, string[]>();
  const needsVariant = new Set<string>();
  for (const [name, schema] of Object.entries(schemas)) {
    if (differsAsInput(schema)) needsVariant.add(name);
    for (const target of refsOf(schema, new Set())) {
      const list = dependents.get(target);
      if (list) list.push(name);
      else dependents.set(target, [name]);
    }
  }
  const work = [...needsVariant];
  while (work.length > 0) {
    for (const dependent of dependents.get(work.pop()!) ?? []) {
      if (!needsVariant.has(dependent)) {
        needsVariant.add(dependent);
        work.push(dependent);
      }
    }
  }

  const taken = new Set(Object.keys(schemas));
  const variantOf = new Map<string, string>();
  const pending: string[] = [];
  const variantName = (name: string): string => {
    let variant = variantOf.get(name);
    if (variant === undefined) {
      variant = `${name}_input`;
      for (let n = 2; taken.has(variant); n++) variant = `${name}_input_${n}`;
      taken.add(variant);
      variantOf.set(name, variant);
      pending.push(name);
    }
    return variant;
  };
  /** In place: drops read-only properties, points references at input variants. */
  const rewrite = (node: unknown): void => {
    if (!isRecord(node)) return;
    const ref = node['$ref'];
    if (typeof ref === 'string' && ref.startsWith(PREFIX) && needsVariant.has(ref.slice(PREFIX.length))) {
      node['$ref'] = schemaRef(variantName(ref.slice(PREFIX.length)))['$ref'];
    }
    const properties = node['properties'];
    if (isRecord(properties)) {
      const readOnly = readOnlyKeys(node);
      for (const key of readOnly) delete properties[key];
      const inputRequired = node[INPUT_REQUIRED];
      delete node[INPUT_REQUIRED];
      const listed = Array.isArray(inputRequired) ? inputRequired : node['required'];
      const required = Array.isArray(listed) ? listed.filter((key) => !readOnly.includes(key as string)) : [];
      if (required.length > 0) node['required'] = required;
      else delete node['required'];
    }
    subschemas(node).forEach(rewrite);
  };

  for (const body of bodies) rewrite(body);
  while (pending.length > 0) {
    const name = pending.shift()!;
    const variant = structuredClone(schemas[name]!);
    rewrite(variant);
    variant['x-stratus-input-of'] = name;
    schemas[variantOf.get(name)!] = variant;
  }
  for (const schema of Object.values(schemas)) dropInputRequired(schema);
  return variantOf;
}
