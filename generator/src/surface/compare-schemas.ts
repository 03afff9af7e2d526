import { classify, type Direction, type Level, type RuleId, type ChangeKind } from './change-rules.js';
import { DOCS_KEY, INPUT_OF } from './normalize-schema.js';
import { compareText } from './stable-json.js';

/** One difference found inside a schema. */
export interface SchemaChange {
  rule: RuleId;
  kind: ChangeKind;
  level: Level;
  /** Where inside the schema: `servers[].name`, `` for the schema itself. */
  path: string;
  text: string;
  /** The property added or removed, for property rules. */
  property?: string;
}

/** What comparing one schema pair found: its own changes and the component pairs it reaches by `$ref`. */
export interface Comparison {
  changes: SchemaChange[];
  /** `old\0new` component names reached through references on both sides. */
  refs: Set<string>;
}

type Node = Record<string, unknown>;
const isNode = (value: unknown): value is Node => value !== null && typeof value === 'object' && !Array.isArray(value);

const TIGHTER_WHEN_HIGHER = ['minimum', 'exclusiveMinimum', 'minLength', 'minItems', 'minProperties'] as const;
const TIGHTER_WHEN_LOWER = ['maximum', 'exclusiveMaximum', 'maxLength', 'maxItems', 'maxProperties'] as const;
const OTHER_CONSTRAINTS = ['pattern', 'multipleOf', 'uniqueItems'] as const;

/** Keywords compared by dedicated rules; a change to any other keyword is reported as such. */
const HANDLED = new Set<string>([
  '$ref', 'type', 'nullable', 'format', 'enum', 'const', 'properties', 'required', 'additionalProperties', 'items', 'oneOf', 'anyOf', 'allOf',
  'x-openstack', 'readOnly', 'writeOnly', 'deprecated', DOCS_KEY, INPUT_OF, ...TIGHTER_WHEN_HIGHER, ...TIGHTER_WHEN_LOWER, ...OTHER_CONSTRAINTS,
]);

const json = (value: unknown): string => JSON.stringify(value);
const quote = (value: unknown): string => (typeof value === 'string' ? JSON.stringify(value) : String(json(value)));
const join = (path: string, part: string): string => (part.startsWith('[') || part.startsWith('{') || path === '' ? path + part : `${path}.${part}`);

/** `1.10` > `1.9`: microversions compare as numbers per part. */
function compareVersions(a: string, b: string): number {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

function typeSet(schema: Node): Set<string> | undefined {
  const type = schema['type'];
  if (typeof type === 'string') return new Set([type]);
  if (Array.isArray(type)) return new Set(type.filter((t): t is string => typeof t === 'string'));
  return undefined;
}

function isNullable(schema: unknown): boolean {
  if (!isNode(schema)) return schema === true;
  if (schema['nullable'] === true || typeSet(schema)?.has('null')) return true;
  if (Array.isArray(schema['enum']) && schema['enum'].includes(null)) return true;
  const union = (schema['oneOf'] ?? schema['anyOf']) as unknown[] | undefined;
  return Array.isArray(union) && union.some((variant) => isNode(variant) && variant['type'] === 'null' && Object.keys(variant).length === 1);
}

/** The schema without its null alternative (a one-variant union left is unwrapped). */
function withoutNull(schema: Node): Node {
  const out: Node = { ...schema };
  delete out['nullable'];
  const types = typeSet(out);
  if (types?.has('null')) {
    const rest = [...types].filter((t) => t !== 'null');
    if (rest.length === 0) delete out['type'];
    else out['type'] = rest.length === 1 ? rest[0] : rest;
  }
  if (Array.isArray(out['enum'])) out['enum'] = out['enum'].filter((value) => value !== null);
  for (const key of ['oneOf', 'anyOf'] as const) {
    const union = out[key];
    if (!Array.isArray(union)) continue;
    const rest = union.filter((variant) => !(isNode(variant) && variant['type'] === 'null' && Object.keys(variant).length === 1));
    if (rest.length === union.length) continue;
    delete out[key];
    if (rest.length === 1 && isNode(rest[0])) {
      const { [key]: _drop, ...base } = out;
      return Object.keys(base).length === 0 ? rest[0] : { ...base, allOf: [...((base['allOf'] as unknown[]) ?? []), rest[0]] };
    }
    if (rest.length > 0) out[key] = rest;
  }
  return out;
}

/**
 * Compares schemas of the old and new surface in one direction. Components are compared once per
 * (old name, new name, direction) and reported by name; inline schemas are compared in place.
 */
export class SchemaComparer {
  private readonly models = new Map<string, Comparison>();

  constructor(
    private readonly oldSchemas: Record<string, unknown>,
    private readonly newSchemas: Record<string, unknown>,
  ) {}

  /** The name a component is reported under: an OVH input variant is its original model. */
  canonicalName(name: string, side: 'old' | 'new'): string {
    const schema = (side === 'old' ? this.oldSchemas : this.newSchemas)[name];
    return isNode(schema) && typeof schema[INPUT_OF] === 'string' ? (schema[INPUT_OF] as string) : name;
  }

  compare(oldSchema: unknown, newSchema: unknown, direction: Direction): Comparison {
    const result: Comparison = { changes: [], refs: new Set() };
    new Walk(this, direction, result, new Set()).schema(oldSchema, newSchema, '');
    return result;
  }

  /** A component pair's own changes (not those of components it references, which are in `refs`). */
  compareModel(oldName: string, newName: string, direction: Direction): Comparison {
    const key = `${direction}\0${oldName}\0${newName}`;
    const known = this.models.get(key);
    if (known) return known;
    const result: Comparison = { changes: [], refs: new Set() };
    this.models.set(key, result);
    const oldSchema = this.oldSchemas[oldName];
    const newSchema = this.newSchemas[newName];
    const walk = new Walk(this, direction, result, new Set([`${oldName}\0${newName}`]));
    walk.schema(stripMeta(oldSchema), stripMeta(newSchema), '');
    if (isNode(oldSchema) && isNode(newSchema) && oldSchema[DOCS_KEY] !== newSchema[DOCS_KEY]) walk.add('schema-docs-changed', '', 'documentation changed');
    return result;
  }

  resolve(name: string, side: 'old' | 'new'): unknown {
    return stripMeta((side === 'old' ? this.oldSchemas : this.newSchemas)[name]);
  }
}

function stripMeta(schema: unknown): unknown {
  if (!isNode(schema)) return schema ?? {};
  const { [DOCS_KEY]: _docs, [INPUT_OF]: _input, ...rest } = schema;
  return rest;
}

class Walk {
  constructor(
    private readonly comparer: SchemaComparer,
    private readonly direction: Direction,
    private readonly result: Comparison,
    /** Component pairs being expanded inline (a renamed reference), against cycles. */
    private readonly expanding: Set<string>,
  ) {}

  add(rule: RuleId, path: string, text: string, property?: string): void {
    const { kind, level } = classify(rule, this.direction);
    this.result.changes.push({ rule, kind, level, path, text, ...(property !== undefined ? { property } : {}) });
  }

  schema(oldValue: unknown, newValue: unknown, path: string): void {
    if (json(oldValue) === json(newValue)) {
      // Same text, but the components it references may still differ.
      this.sameRefs(oldValue);
      return;
    }
    const oldNode = unwrapSingleAllOf(isNode(oldValue) ? oldValue : oldValue === false ? { not: {} } : {});
    const newNode = unwrapSingleAllOf(isNode(newValue) ? newValue : newValue === false ? { not: {} } : {});

    // Nullability first: `{ anyOf: [{ $ref: X }, { type: null }] }` is X, now also null.
    const oldNull = isNullable(oldNode);
    const newNull = isNullable(newNode);
    if (oldNull !== newNull) this.add(newNull ? 'type-widened' : 'type-narrowed', path, newNull ? 'now also null' : 'no longer null');
    const oldBase = oldNull ? unwrapSingleAllOf(withoutNull(oldNode)) : oldNode;
    const newBase = newNull ? unwrapSingleAllOf(withoutNull(newNode)) : newNode;
    if (json(oldBase) === json(newBase)) {
      this.sameRefs(oldBase);
      return;
    }
    const oldRef = typeof oldBase['$ref'] === 'string' ? (oldBase['$ref'] as string) : undefined;
    const newRef = typeof newBase['$ref'] === 'string' ? (newBase['$ref'] as string) : undefined;
    if (oldRef !== undefined || newRef !== undefined) this.references(oldBase, newBase, oldRef, newRef, path);
    else this.structure(oldBase, newBase, path);
  }

  private sameRefs(value: unknown): void {
    if (Array.isArray(value)) for (const child of value) this.sameRefs(child);
    else if (isNode(value)) {
      for (const [key, child] of Object.entries(value)) {
        if (key === '$ref' && typeof child === 'string') this.result.refs.add(`${child}\0${child}`);
        else this.sameRefs(child);
      }
    }
  }

  private references(oldNode: Node, newNode: Node, oldRef: string | undefined, newRef: string | undefined, path: string): void {
    const { $ref: _o, ...oldRest } = oldNode;
    const { $ref: _n, ...newRest } = newNode;
    if (oldRef !== undefined && newRef !== undefined && this.comparer.canonicalName(oldRef, 'old') === this.comparer.canonicalName(newRef, 'new')) {
      this.result.refs.add(`${oldRef}\0${newRef}`);
      if (json(oldRest) !== json(newRest)) this.structure(oldRest, newRest, path);
      return;
    }
    if (oldRef !== undefined && newRef !== undefined) {
      this.add('model-replaced', path, `now model ${this.comparer.canonicalName(newRef, 'new')} (was ${this.comparer.canonicalName(oldRef, 'old')})`);
    }
    // One side inline, or another model: compare what the references stand for.
    const pair = `${oldRef ?? ''}\0${newRef ?? ''}`;
    if (this.expanding.has(pair)) return;
    this.expanding.add(pair);
    const oldResolved = oldRef !== undefined ? { ...(this.comparer.resolve(oldRef, 'old') as Node), ...oldRest } : oldNode;
    const newResolved = newRef !== undefined ? { ...(this.comparer.resolve(newRef, 'new') as Node), ...newRest } : newNode;
    this.schema(oldResolved, newResolved, path);
    this.expanding.delete(pair);
  }

  private structure(oldNode: Node, newNode: Node, path: string): void {
    const oldUnion = oldNode['oneOf'] ?? oldNode['anyOf'];
    const newUnion = newNode['oneOf'] ?? newNode['anyOf'];
    if ((oldUnion === undefined) !== (newUnion === undefined)) {
      // A schema became a union or stopped being one: the single schema is compared with the variants.
      this.unions(oldNode, newNode, path);
      return;
    }
    this.unions(oldNode, newNode, path);
    this.types(oldNode, newNode, path);
    this.enums(oldNode, newNode, path);
    this.constraints(oldNode, newNode, path);
    this.objects(oldNode, newNode, path);
    this.additional(oldNode, newNode, path);
    if (json(oldNode['items']) !== json(newNode['items'])) {
      if (oldNode['items'] === undefined || newNode['items'] === undefined) {
        if (json(oldNode['type']) === json(newNode['type'])) this.add(newNode['items'] === undefined ? 'type-widened' : 'type-narrowed', path, newNode['items'] === undefined ? 'array items no longer typed' : 'array items now typed');
      } else this.schema(oldNode['items'], newNode['items'], join(path, '[]'));
    } else this.sameRefs(oldNode['items']);
    this.conjuncts(oldNode, newNode, path);
    this.range(oldNode, newNode, path);
    for (const flag of ['readOnly', 'writeOnly'] as const) {
      if ((oldNode[flag] === true) !== (newNode[flag] === true)) this.add('schema-flags-changed', path, `${newNode[flag] === true ? 'now' : 'no longer'} ${flag}`);
    }
    if (newNode['deprecated'] === true && oldNode['deprecated'] !== true) this.add('schema-deprecated', path, 'deprecated');
    for (const key of new Set([...Object.keys(oldNode), ...Object.keys(newNode)])) {
      if (HANDLED.has(key) || json(oldNode[key]) === json(newNode[key])) continue;
      this.add('schema-keyword-changed', path, `${key} changed from ${oldNode[key] === undefined ? '(none)' : json(oldNode[key])} to ${newNode[key] === undefined ? '(none)' : json(newNode[key])}`);
    }
  }

  private types(oldNode: Node, newNode: Node, path: string): void {
    const oldTypes = typeSet(oldNode);
    const newTypes = typeSet(newNode);
    const oldFormat = oldNode['format'];
    const newFormat = newNode['format'];
    const describe = (types: Set<string> | undefined, format: unknown) => (types ? [...types].sort().join(' | ') : 'any type') + (format !== undefined ? `<${String(format)}>` : '');
    if (json(oldTypes && [...oldTypes].sort()) !== json(newTypes && [...newTypes].sort())) {
      // The format is part of the new type's text, not a change of its own.
      this.add(typeRelation(oldTypes, newTypes), path, `type ${describe(oldTypes, oldFormat)} → ${describe(newTypes, newFormat)}`);
      return;
    }
    if (oldFormat !== newFormat) {
      const rule: RuleId = oldFormat === undefined ? 'type-narrowed' : newFormat === undefined ? 'type-widened' : 'type-changed';
      this.add(rule, path, `format ${oldFormat === undefined ? '(none)' : quote(oldFormat)} → ${newFormat === undefined ? '(none)' : quote(newFormat)}`);
    }
  }

  private enums(oldNode: Node, newNode: Node, path: string): void {
    const values = (node: Node): unknown[] | undefined => (Array.isArray(node['enum']) ? node['enum'] : 'const' in node ? [node['const']] : undefined);
    const oldValues = values(oldNode);
    const newValues = values(newNode);
    if (json(oldValues) === json(newValues)) return;
    if (oldValues === undefined || newValues === undefined) {
      this.add(oldValues === undefined ? 'type-narrowed' : 'type-widened', path, oldValues === undefined ? `now limited to ${newValues!.map(quote).join(', ')}` : 'no longer limited to a list of values');
      return;
    }
    const oldSet = new Set(oldValues.map(json));
    const newSet = new Set(newValues.map(json));
    const added = newValues.filter((value) => !oldSet.has(json(value)));
    const removed = oldValues.filter((value) => !newSet.has(json(value)));
    if (added.length > 0) this.add('enum-value-added', path, `enum value${added.length > 1 ? 's' : ''} added: ${added.map(quote).join(', ')}`);
    if (removed.length > 0) this.add('enum-value-removed', path, `enum value${removed.length > 1 ? 's' : ''} removed: ${removed.map(quote).join(', ')}`);
  }

  private constraints(oldNode: Node, newNode: Node, path: string): void {
    const report = (key: string, tighter: boolean) => this.add(tighter ? 'constraint-tightened' : 'constraint-loosened', path, `${key} ${oldNode[key] === undefined ? '(none)' : json(oldNode[key])} → ${newNode[key] === undefined ? '(none)' : json(newNode[key])}`);
    for (const [keys, higherIsTighter] of [[TIGHTER_WHEN_HIGHER, true], [TIGHTER_WHEN_LOWER, false]] as const) {
      for (const key of keys) {
        const before = oldNode[key];
        const after = newNode[key];
        if (json(before) === json(after)) continue;
        if (typeof before !== 'number' || typeof after !== 'number') report(key, after !== undefined);
        else report(key, higherIsTighter ? after > before : after < before);
      }
    }
    for (const key of OTHER_CONSTRAINTS) {
      if (json(oldNode[key]) === json(newNode[key])) continue;
      // A new or changed pattern or multipleOf may refuse what was accepted; only dropping one is looser.
      report(key, key === 'uniqueItems' ? newNode[key] === true : newNode[key] !== undefined);
    }
  }

  private objects(oldNode: Node, newNode: Node, path: string): void {
    const oldProperties = isNode(oldNode['properties']) ? oldNode['properties'] : {};
    const newProperties = isNode(newNode['properties']) ? newNode['properties'] : {};
    const oldRequired = new Set(Array.isArray(oldNode['required']) ? (oldNode['required'] as string[]) : []);
    const newRequired = new Set(Array.isArray(newNode['required']) ? (newNode['required'] as string[]) : []);
    const names = [...new Set([...Object.keys(oldProperties), ...Object.keys(newProperties)])].sort(compareText);
    for (const name of names) {
      const at = join(path, name);
      const before = oldProperties[name];
      const after = newProperties[name];
      if (before === undefined) {
        const required = newRequired.has(name);
        this.add(required ? 'property-added-required' : 'property-added-optional', path, `property ${quote(name)} added (${required ? 'required' : 'optional'})`, name);
        continue;
      }
      if (after === undefined) {
        this.add('property-removed', path, `property ${quote(name)} removed`, name);
        continue;
      }
      if (oldRequired.has(name) !== newRequired.has(name)) {
        this.add(newRequired.has(name) ? 'property-became-required' : 'property-became-optional', path, `property ${quote(name)} ${newRequired.has(name) ? 'now required' : 'now optional'}`, name);
      }
      if (isNode(after) && after['deprecated'] === true && !(isNode(before) && before['deprecated'] === true)) {
        this.add('property-deprecated', path, `property ${quote(name)} deprecated`, name);
        this.schema(withoutKey(before, 'deprecated'), withoutKey(after, 'deprecated'), at);
      } else this.schema(before, after, at);
    }
  }

  private additional(oldNode: Node, newNode: Node, path: string): void {
    const before = oldNode['additionalProperties'];
    const after = newNode['additionalProperties'];
    if (json(before) === json(after)) {
      this.sameRefs(before);
      return;
    }
    const open = (value: unknown) => value !== undefined && value !== false;
    const typed = (value: unknown) => isNode(value) && Object.keys(value).length > 0;
    if (open(before) !== open(after)) {
      this.add(open(after) ? 'additional-properties-allowed' : 'additional-properties-disallowed', path, open(after) ? 'now allows other properties' : 'no longer allows other properties');
      return;
    }
    if (typed(before) || typed(after)) this.schema(typed(before) ? before : {}, typed(after) ? after : {}, join(path, '{*}'));
  }

  private unions(oldNode: Node, newNode: Node, path: string): void {
    const oldUnion = (oldNode['oneOf'] ?? oldNode['anyOf']) as unknown[] | undefined;
    const newUnion = (newNode['oneOf'] ?? newNode['anyOf']) as unknown[] | undefined;
    if (oldUnion === undefined && newUnion === undefined) return;
    if (json(oldUnion) === json(newUnion)) {
      this.sameRefs(oldUnion);
      return;
    }
    this.matched(oldUnion ?? [stripUnion(oldNode)], newUnion ?? [stripUnion(newNode)], path, 'variant');
  }

  private conjuncts(oldNode: Node, newNode: Node, path: string): void {
    const before = (oldNode['allOf'] as unknown[] | undefined) ?? [];
    const after = (newNode['allOf'] as unknown[] | undefined) ?? [];
    if (json(before) === json(after)) {
      this.sameRefs(before);
      return;
    }
    this.matched(before, after, path, 'conjunct');
  }

  /** Union variants or allOf parts, paired by what identifies them (component, microversion, action, type). */
  private matched(before: unknown[], after: unknown[], path: string, what: 'variant' | 'conjunct'): void {
    const oldKeys = variantKeys(before, (name) => this.comparer.canonicalName(name, 'old'), (name) => this.comparer.resolve(name, 'old'));
    const newKeys = variantKeys(after, (name) => this.comparer.canonicalName(name, 'new'), (name) => this.comparer.resolve(name, 'new'));
    const pairs = new Map<number, number>();
    for (const [index, key] of oldKeys.entries()) {
      const counterpart = newKeys.indexOf(key);
      if (counterpart >= 0) pairs.set(index, counterpart);
    }
    // Left over on both sides: an inline object that became a component (or back) is the same variant
    // when its properties mostly agree.
    const taken = new Set(pairs.values());
    for (const [index] of oldKeys.entries()) {
      if (pairs.has(index)) continue;
      const oldNames = propertyNames(before[index], (name) => this.comparer.resolve(name, 'old'));
      let best: { index: number; score: number } | undefined;
      for (const [candidate] of newKeys.entries()) {
        if (taken.has(candidate)) continue;
        const score = overlap(oldNames, propertyNames(after[candidate], (name) => this.comparer.resolve(name, 'new')));
        if (score > 0.5 && (!best || score > best.score)) best = { index: candidate, score };
      }
      if (best) {
        pairs.set(index, best.index);
        taken.add(best.index);
      }
    }
    const noun = what === 'variant' ? 'variant' : 'allOf part';
    const several = oldKeys.length > 1 || newKeys.length > 1;
    for (const [index, key] of oldKeys.entries()) {
      const counterpart = pairs.get(index);
      if (counterpart === undefined) {
        this.add(what === 'conjunct' ? 'conjunct-removed' : key.startsWith('microversion ') ? 'microversion-variant-removed' : 'variant-removed', path, `${noun} ${label(key)} removed`);
      } else this.schema(before[index], after[counterpart], several ? join(path, `<${label(newKeys[counterpart]!)}>`) : path);
    }
    for (const [index, key] of newKeys.entries()) {
      if (taken.has(index)) continue;
      this.add(what === 'conjunct' ? 'conjunct-added' : key.startsWith('microversion ') ? 'microversion-variant-added' : 'variant-added', path, `${noun} ${label(key)} added`);
    }
  }

  private range(oldNode: Node, newNode: Node, path: string): void {
    const before = isNode(oldNode['x-openstack']) ? (oldNode['x-openstack'] as Record<string, string>) : {};
    const after = isNode(newNode['x-openstack']) ? (newNode['x-openstack'] as Record<string, string>) : {};
    if (before['min-ver'] === after['min-ver'] && before['max-ver'] === after['max-ver']) return;
    const text = `microversions ${rangeText(before)} → ${rangeText(after)}`;
    if (rangeContains(after, before)) this.add('microversion-range-widened', path, text);
    // A newer variant took over (or, the generator widening ranges over gaps, the shape holds anyway).
    else if (before['min-ver'] === after['min-ver'] && before['max-ver'] === undefined) this.add('microversion-range-capped', path, text);
    else this.add('microversion-range-narrowed', path, text);
  }
}

/** Keywords that annotate a reference rather than constrain it (`allOf: [$ref]` beside them is the reference). */
const ANNOTATIONS = new Set(['readOnly', 'writeOnly', 'deprecated', 'nullable', 'x-openstack']);

/** `{ allOf: [X], readOnly: true }`, the usual way to annotate a reference, compares as `{ ...X, readOnly: true }`. */
function unwrapSingleAllOf(node: Node): Node {
  const parts = node['allOf'];
  if (!Array.isArray(parts) || parts.length !== 1 || !isNode(parts[0])) return node;
  if (!Object.keys(node).every((key) => key === 'allOf' || ANNOTATIONS.has(key))) return node;
  const { allOf: _parts, ...rest } = node;
  return { ...parts[0], ...rest };
}

/** Property names of an object schema (a reference followed), for pairing union variants. */
function propertyNames(schema: unknown, resolve: (name: string) => unknown): Set<string> {
  const node = isNode(schema) && typeof schema['$ref'] === 'string' ? resolve(schema['$ref']) : schema;
  return new Set(isNode(node) && isNode(node['properties']) ? Object.keys(node['properties']) : []);
}

/** Shared names over all names (Jaccard); 0 when either side has none. */
function overlap(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let shared = 0;
  for (const name of a) if (b.has(name)) shared++;
  return shared / (a.size + b.size - shared);
}

function withoutKey(value: unknown, key: string): unknown {
  if (!isNode(value)) return value;
  const { [key]: _drop, ...rest } = value;
  return rest;
}

function stripUnion(node: Node): Node {
  const { oneOf: _o, anyOf: _a, ...rest } = node;
  return rest;
}

export function rangeText(range: Record<string, string>): string {
  return `${range['min-ver'] ?? '*'}–${range['max-ver'] ?? '*'}`;
}

/** Whether range `outer` covers every microversion of `inner` (absent bounds are open). */
export function rangeContains(outer: Record<string, string>, inner: Record<string, string>): boolean {
  const lowOk = outer['min-ver'] === undefined || (inner['min-ver'] !== undefined && compareVersions(outer['min-ver'], inner['min-ver']) <= 0);
  const highOk = outer['max-ver'] === undefined || (inner['max-ver'] !== undefined && compareVersions(outer['max-ver'], inner['max-ver']) >= 0);
  return lowOk && highOk;
}

function typeRelation(before: Set<string> | undefined, after: Set<string> | undefined): RuleId {
  if (before === undefined) return 'type-narrowed';
  if (after === undefined) return 'type-widened';
  // integer values are numbers too.
  const covers = (outer: Set<string>, inner: Set<string>) => [...inner].every((type) => outer.has(type) || (type === 'integer' && outer.has('number')));
  const widened = covers(after, before);
  const narrowed = covers(before, after);
  return widened && !narrowed ? 'type-widened' : narrowed && !widened ? 'type-narrowed' : 'type-changed';
}

/**
 * Identity of each variant: an OpenStack action by its name; a microversion variant (inline or a
 * component such as `ServerShowResponse_294`) by its first version, since its last one moves when a
 * newer variant appears; another component by name; otherwise its type and position among
 * variants of that type.
 */
function variantKeys(variants: unknown[], canonical: (name: string) => string, resolve: (name: string) => unknown): string[] {
  const seen = new Map<string, number>();
  return variants.map((variant) => {
    let key: string;
    const node = isNode(variant) ? variant : {};
    const ref = typeof node['$ref'] === 'string' ? (node['$ref'] as string) : undefined;
    const target = ref !== undefined ? resolve(ref) : node;
    const facts = isNode(target) && isNode(target['x-openstack']) ? (target['x-openstack'] as Record<string, string>) : {};
    if (facts['action-name'] !== undefined) key = `action ${facts['action-name']}`;
    else if (facts['min-ver'] !== undefined) key = `microversion ${facts['min-ver']}`;
    else if (ref !== undefined) key = `model ${canonical(ref)}`;
    else {
      const types = typeSet(node);
      key = `type ${types ? [...types].sort().join('|') : 'any'}`;
    }
    const count = seen.get(key) ?? 0;
    seen.set(key, count + 1);
    return count === 0 ? key : `${key} #${count + 1}`;
  });
}

function label(key: string): string {
  return key.replace(/^type /, '');
}
