import { isRecord, type OvhFile, type OvhModel, type Problems, type Segments } from './ovh-native.js';
import { primitiveSchema, type JsonSchema } from './ovh-primitives.js';
import { genericInstanceName, OvhTypeSyntaxError, parseOvhType, printOvhType, substituteOvhType, type OvhType } from './parse-ovh-type.js';

/** OpenAPI component keys (openapi-typescript quotes them); OVH's dotted keys already fit. */
export const COMPONENT_KEY = /^[A-Za-z0-9._-]+$/;

export const schemaRef = (name: string): JsonSchema => ({ $ref: `#/components/schemas/${name}` });

/** Where a type string stands, for resolving it and for error messages. */
export interface TypeSite {
  file: OvhFile;
  /** JSON pointer segments of the `type`/`fullType`/`dataType`/`responseType` field. */
  at: Segments;
  /** The raw field text. */
  text: string;
}

interface TypeContext extends TypeSite {
  bindings: ReadonlyMap<string, OvhType>;
  /** Validate only: do not materialize generic instances (used for generic definitions themselves). */
  dryRun: boolean;
}

interface ModelSource {
  file: OvhFile;
  key: string;
  def: OvhModel;
}

interface NormalizedProperty {
  name: string;
  /** Schema of the type, without nullability. */
  schema: JsonSchema;
  canBeNull: boolean;
  readOnly: boolean;
  required: boolean;
  description?: string;
}

type NormalizedModel =
  | { kind: 'enum'; base: JsonSchema; values: (string | number)[]; description?: string }
  | { kind: 'object'; description?: string; properties: NormalizedProperty[] };

interface ConvertedModel {
  model: NormalizedModel;
  source: ModelSource;
}

const NO_BINDINGS: ReadonlyMap<string, OvhType> = new Map();
const compare = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
const nonEmpty = (text: unknown): string | undefined => (typeof text === 'string' && text.trim() !== '' ? text : undefined);

/**
 * The `models` of every document, turned into `components.schemas`.
 *
 * - Keys are authoritative (`cloud.ProjectWithIAM` even though its id is `Project`).
 * - Generic definitions (`complexType.UnitAndValue<T>`, `generics: ["T"]`) are not emitted; every
 *   instance that is used (`complexType.UnitAndValue<double>`) is materialized as a concrete schema
 *   named like OVH's OpenAPI 3 rendering (`complexType.UnitAndValue_double`, see
 *   `genericInstanceName`) with `T` substituted. Keys that spell out an instance
 *   (`complexType.UnitAndValue<long>`, still written with `T`) are that instance's definition and
 *   are used instead of the `<T>` definition for it. A plain key that equals an instance name
 *   (`complexType.SafeKeyValueCanBeNull_string` in vps.json, OVH's own flattening of
 *   `complexType.SafeKeyValueCanBeNull<string>` in dedicated.json) is the same model: its
 *   definitions are merged with the instance's by the rule below.
 * - Several definitions of one component (the same key in several files) are merged by
 *   `mergeDefinitions`.
 */
export class OvhModels {
  private readonly plain = new Map<string, ModelSource[]>();
  /** Generic definitions by base name (`complexType.UnitAndValue`). */
  private readonly templates = new Map<string, ModelSource[]>();
  /** Keys that spell out an instance, by canonical type text (`complexType.UnitAndValue<long>`). */
  private readonly instances = new Map<string, ModelSource[]>();
  private readonly genericBases = new Set<string>();
  private readonly converted = new Map<string, ConvertedModel[]>();
  /** Component name → canonical text of the generic instance it materializes. */
  private readonly instanceText = new Map<string, string>();
  private readonly queue: (() => void)[] = [];
  /** Every type error found, including ones `Problems` drops as already reported. */
  private failures = 0;

  constructor(private readonly problems: Problems) {}

  addDocument(file: OvhFile): void {
    const models = file.document.models;
    if (models === undefined) return;
    for (const [key, def] of Object.entries(models)) {
      const at = ['models', key];
      if (!isRecord(def)) {
        this.problems.add(file, at, `model "${key}" must be an object`);
        continue;
      }
      const source: ModelSource = { file, key, def };
      if (!key.includes('<')) {
        if (!COMPONENT_KEY.test(key)) this.problems.add(file, at, `model key "${key}" has characters outside [A-Za-z0-9._-]`);
        else push(this.plain, key, source);
        continue;
      }
      let parsed: OvhType;
      try {
        parsed = parseOvhType(key).type;
      } catch (error) {
        this.problems.add(file, at, `invalid generic model key: ${(error as Error).message}`);
        continue;
      }
      const params = def.generics;
      if (parsed.kind !== 'generic' || !Array.isArray(params) || params.length === 0 || params.some((p) => typeof p !== 'string')) {
        this.problems.add(file, at, `model key "${key}" has type arguments but the model declares no "generics" list`);
        continue;
      }
      this.genericBases.add(parsed.name);
      const isDefinition = parsed.args.length === params.length && parsed.args.every((arg, i) => arg.kind === 'name' && arg.name === params[i]);
      if (isDefinition) push(this.templates, parsed.name, source);
      else push(this.instances, printOvhType(parsed), source);
    }
  }

  /**
   * Queues every plain model and every spelled-out instance (all models are emitted; downstream
   * prunes per entry point) and validates generic definitions. Call after `addDocument`.
   */
  seed(): void {
    for (const [key, sources] of this.plain) for (const source of sources) this.queue.push(() => this.convert(key, source, NO_BINDINGS, false));
    for (const sources of this.templates.values()) {
      for (const source of sources) {
        const any: OvhType = { kind: 'name', name: 'any' };
        this.convert('', source, new Map(source.def.generics!.map((param) => [param, any])), true);
      }
    }
    for (const [text, sources] of this.instances) {
      const first = sources[0]!;
      this.schemaFor(parseOvhType(text).type, { file: first.file, at: ['models', first.key], text, bindings: NO_BINDINGS, dryRun: false });
    }
  }

  /** Parses a type field and returns its schema; records a problem (and returns `{}`) when it is wrong. */
  schemaOfField(site: TypeSite): JsonSchema {
    let type: OvhType;
    try {
      type = parseOvhType(site.text).type;
    } catch (error) {
      this.problems.add(site.file, site.at, error instanceof OvhTypeSyntaxError ? `invalid type: ${error.message}` : String(error));
      return {};
    }
    return this.schemaFor(type, { ...site, bindings: NO_BINDINGS, dryRun: false });
  }

  private schemaFor(type: OvhType, context: TypeContext): JsonSchema {
    switch (type.kind) {
      case 'name':
        return this.schemaForName(type.name, context);
      case 'array':
        return { type: 'array', items: this.schemaFor(type.items, context) };
      case 'map': {
        const schema: JsonSchema = { type: 'object' };
        const key = this.schemaFor(type.key, context);
        // Enum keys restrict the property names; openapi-typescript still types the map as a string index.
        if (typeof key['$ref'] === 'string') schema['propertyNames'] = key;
        schema['additionalProperties'] = this.schemaFor(type.value, context);
        return schema;
      }
      case 'generic':
        return this.schemaForInstance(type, context);
    }
  }

  private schemaForName(name: string, context: TypeContext): JsonSchema {
    const bound = context.bindings.get(name);
    if (bound !== undefined) return this.schemaFor(bound, { ...context, bindings: NO_BINDINGS });
    const primitive = primitiveSchema(name);
    if (primitive !== undefined) return primitive;
    if (this.plain.has(name)) return schemaRef(name);
    if (this.genericBases.has(name)) {
      this.unknown(context, `generic model "${name}" is used without type arguments`);
    } else if (name === 'void') {
      this.unknown(context, '"void" is only valid as an operation\'s responseType');
    } else if (/^[A-Z]$/.test(name)) {
      this.unknown(context, `type variable "${name}" is used outside a generic model definition`);
    } else {
      this.unknown(context, `unknown type "${name}": neither an OVH primitive nor a model key`);
    }
    return {};
  }

  private schemaForInstance(type: Extract<OvhType, { kind: 'generic' }>, context: TypeContext): JsonSchema {
    const args = type.args.map((arg) => substituteOvhType(arg, context.bindings));
    const before = this.failures;
    // Resolve the arguments where they are written: errors point here, and nested instances get materialized.
    for (const arg of args) this.schemaFor(arg, { ...context, bindings: NO_BINDINGS });
    if (this.failures > before) return {};
    const concrete: OvhType = { kind: 'generic', name: type.name, args };
    const text = printOvhType(concrete);
    const sources = this.instances.get(text) ?? this.templates.get(type.name);
    if (sources === undefined) {
      this.unknown(context, this.plain.has(type.name) ? `model "${type.name}" is not generic but is used with type arguments` : `unknown generic model "${type.name}"`);
      return {};
    }
    for (const source of sources) {
      const params = source.def.generics!;
      if (params.length !== args.length) {
        this.unknown(context, `generic model "${source.key}" takes ${params.length} type argument${params.length === 1 ? '' : 's'}, got ${args.length} in "${printOvhType(type)}"`);
        return {};
      }
    }
    const name = genericInstanceName(type.name, args);
    if (context.dryRun) return {};
    const known = this.instanceText.get(name);
    if (known === undefined) {
      this.instanceText.set(name, text);
      for (const source of sources) {
        const bindings = new Map(source.def.generics!.map((param, i) => [param, args[i]!]));
        this.queue.push(() => this.convert(name, source, bindings, false));
      }
    } else if (known !== text) {
      this.unknown(context, `generic instances "${known}" and "${text}" would both be named "${name}"`);
      return {};
    }
    return schemaRef(name);
  }

  private unknown(context: TypeContext, message: string): void {
    this.failures++;
    this.problems.add(context.file, context.at, `${message} (in type "${context.text}")`);
  }

  private convert(name: string, source: ModelSource, bindings: ReadonlyMap<string, OvhType>, dryRun: boolean): void {
    const { file, key, def } = source;
    const at = ['models', key];
    // Many models are described by their own key ("service.StateEnum"): that is no description.
    const description = def.description !== key ? nonEmpty(def.description) : undefined;
    let model: NormalizedModel;
    if (def.enum !== undefined) {
      if (!Array.isArray(def.enum)) {
        this.problems.add(file, [...at, 'enum'], 'enum must be a list');
        return;
      }
      const enumType = def.enumType ?? 'string';
      const base = typeof enumType === 'string' && enumType !== 'any' ? primitiveSchema(enumType) : undefined;
      if (base === undefined) {
        this.problems.add(file, [...at, 'enumType'], `unknown enumType ${JSON.stringify(enumType)}`);
        return;
      }
      const numeric = base['type'] === 'integer' || base['type'] === 'number';
      const values: (string | number)[] = [];
      def.enum.forEach((value, index) => {
        // Long enums list their values as JSON strings ("3600"): they are numbers on the wire.
        const converted = numeric ? toNumber(value, base['type'] === 'integer') : typeof value === 'string' ? value : typeof value === 'number' ? String(value) : undefined;
        if (converted === undefined) this.problems.add(file, [...at, 'enum', index], `enum value ${JSON.stringify(value)} is not a ${enumType}`);
        else values.push(converted);
      });
      model = { kind: 'enum', base, values, ...(description ? { description } : {}) };
    } else {
      const properties: NormalizedProperty[] = [];
      const raw = def.properties ?? {};
      if (!isRecord(raw)) {
        this.problems.add(file, [...at, 'properties'], 'properties must be an object');
        return;
      }
      for (const [propertyName, property] of Object.entries(raw)) {
        const propertyAt = [...at, 'properties', propertyName];
        if (!isRecord(property)) {
          this.problems.add(file, propertyAt, `property "${propertyName}" must be an object`);
          continue;
        }
        const field = typeof property['fullType'] === 'string' ? 'fullType' : 'type';
        const text = property[field];
        if (typeof text !== 'string') {
          this.problems.add(file, propertyAt, `property "${propertyName}" has no type`);
          continue;
        }
        let type: OvhType;
        try {
          type = parseOvhType(text).type;
        } catch (error) {
          this.problems.add(file, [...propertyAt, field], `invalid type: ${(error as Error).message}`);
          continue;
        }
        const schema = this.schemaFor(type, { file, at: [...propertyAt, field], text, bindings, dryRun });
        const propertyDescription = nonEmpty(property['description']);
        properties.push({
          name: propertyName,
          schema,
          canBeNull: property['canBeNull'] === true,
          readOnly: property['readOnly'] === true,
          required: property['required'] === true,
          ...(propertyDescription ? { description: propertyDescription } : {}),
        });
      }
      model = { kind: 'object', ...(description ? { description } : {}), properties };
    }
    if (!dryRun) push(this.converted, name, { model, source });
  }

  /** Drains the queue and returns the merged components, sorted by key. */
  finish(): Record<string, JsonSchema> {
    for (let index = 0; index < this.queue.length; index++) this.queue[index]!();
    this.queue.length = 0;
    const schemas: Record<string, JsonSchema> = {};
    for (const name of [...this.converted.keys()].sort(compare)) {
      const schema = mergeDefinitions(name, this.converted.get(name)!, this.problems);
      if (schema !== undefined) schemas[name] = schema;
    }
    return schemas;
  }
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function toNumber(value: unknown, integer: boolean): number | undefined {
  const number = typeof value === 'number' ? value : typeof value === 'string' && /^-?\d+(\.\d+)?$/.test(value.trim()) ? Number(value) : NaN;
  if (!Number.isFinite(number) || (integer && !Number.isInteger(number))) return undefined;
  return number;
}

/**
 * Where a component keeps the `required` list its schema gives for request bodies, when it differs
 * from the one components carry for answers. RESPONSE PRESENCE: OVH answers with whole objects, so a
 * component's `required` lists every property that cannot be null; a `canBeNull` property may be
 * null or left out (OVH's published example answers leave such properties out, never others).
 * Request bodies keep the schema's own `required` (see input-variants.ts).
 */
export const INPUT_REQUIRED = 'x-stratus-input-required';

/** `X` → `X | null`: type lists for plain schemas, `anyOf` with null for refs and unions; `{}` already allows null. */
export function nullable(schema: JsonSchema): JsonSchema {
  if (Object.keys(schema).length === 0) return {};
  if (typeof schema['$ref'] === 'string') return { anyOf: [schema, { type: 'null' }] };
  if (Array.isArray(schema['anyOf'])) return { ...schema, anyOf: [...schema['anyOf'], { type: 'null' }] };
  if (typeof schema['type'] === 'string') return { ...schema, type: [schema['type'], 'null'] };
  if (Array.isArray(schema['type'])) return schema['type'].includes('null') ? { ...schema } : { ...schema, type: [...schema['type'], 'null'] };
  return { anyOf: [schema, { type: 'null' }] };
}

function propertySchema(base: JsonSchema, flags: { canBeNull: boolean; readOnly: boolean; description: string | undefined }): JsonSchema {
  const schema = flags.canBeNull ? nullable(base) : { ...base };
  if (flags.description !== undefined) schema['description'] = flags.description;
  if (flags.readOnly) schema['readOnly'] = true;
  return schema;
}

/**
 * Merge rule for a component defined more than once (the same key in several files; v1 has 35
 * keys whose definitions differ, e.g. `service.RenewType`, `order.Price`, `nichandle.OvhSubsidiaryEnum`):
 *
 * 1. Definitions that convert to the same schema are one variant (identical copies → one model).
 *    Variants are ordered by the number of files that define them (most first), ties by the
 *    smallest file id; descriptions and property order come from the first variant that has them.
 * 2. Enums: all variants must be enums of the same base type; the values are the union, sorted
 *    (numbers numerically, strings by code unit).
 * 3. Objects: the properties are the union. A property is
 *    - nullable if it is nullable in any variant,
 *    - readOnly only if it is readOnly in every variant that has it,
 *    - present in answers (`required` of the component) if every variant has it and none lets it
 *      be null (see RESPONSE PRESENCE below),
 *    - required in request bodies only if every variant has it and requires it (kept aside as
 *      `x-stratus-input-required`; the input variants apply it);
 *    - its type is the one type all variants agree on, else `anyOf` of the distinct types
 *      (`dbaas.logs.LogSubscription.resource` is `dbaas.logs.SubscriptionResource` in v1 and
 *      `dbaas.logs.LogSubscriptionResource` in v2).
 * 4. An enum in one file and an object in another cannot be merged: SpecError naming both files.
 */
function mergeDefinitions(name: string, list: readonly ConvertedModel[], problems: Problems): JsonSchema | undefined {
  const variants = new Map<string, { model: NormalizedModel; sources: ModelSource[] }>();
  for (const { model, source } of list) {
    const identity = JSON.stringify(model);
    const variant = variants.get(identity);
    if (variant) variant.sources.push(source);
    else variants.set(identity, { model, sources: [source] });
  }
  const firstKey = (sources: readonly ModelSource[]): string => sources.map((s) => s.file.sortKey).sort(compare)[0]!;
  const ordered = [...variants.values()].sort((a, b) => b.sources.length - a.sources.length || compare(firstKey(a.sources), firstKey(b.sources)));
  const models = ordered.map((variant) => variant.model);
  const description = models.map((model) => model.description).find((text) => text !== undefined);

  const enums = models.filter((model) => model.kind === 'enum');
  if (enums.length > 0 && enums.length < models.length) {
    const enumSource = ordered.find((v) => v.model.kind === 'enum')!.sources[0]!;
    const objectSource = ordered.find((v) => v.model.kind === 'object')!.sources[0]!;
    problems.add(enumSource.file, ['models', enumSource.key], `model "${name}" is an enum here but an object in ${objectSource.file.input.displayPath} (models/${objectSource.key}); the definitions cannot be merged`);
    return undefined;
  }
  if (enums.length > 0) {
    const base = enums[0]!.base;
    const mismatch = ordered.find((v) => v.model.kind === 'enum' && JSON.stringify(v.model.base) !== JSON.stringify(base));
    if (mismatch) {
      const first = ordered[0]!.sources[0]!;
      problems.add(mismatch.sources[0]!.file, ['models', mismatch.sources[0]!.key, 'enumType'], `enum "${name}" has a different enumType than in ${first.file.input.displayPath}; the definitions cannot be merged`);
      return undefined;
    }
    let values = enums[0]!.values;
    if (enums.length > 1) {
      const union = [...new Set(enums.flatMap((model) => model.values))];
      values = typeof union[0] === 'number' ? (union as number[]).sort((a, b) => a - b) : (union as string[]).sort(compare);
    }
    return { ...base, ...(description ? { description } : {}), enum: [...values] };
  }

  interface MergedProperty {
    schemas: Map<string, JsonSchema>;
    canBeNull: boolean;
    readOnly: boolean;
    required: boolean;
    count: number;
    description: string | undefined;
  }
  const merged = new Map<string, MergedProperty>();
  for (const model of models) {
    if (model.kind !== 'object') continue;
    for (const property of model.properties) {
      let entry = merged.get(property.name);
      if (!entry) {
        entry = { schemas: new Map(), canBeNull: false, readOnly: true, required: true, count: 0, description: undefined };
        merged.set(property.name, entry);
      }
      entry.schemas.set(JSON.stringify(property.schema), property.schema);
      entry.canBeNull ||= property.canBeNull;
      entry.readOnly &&= property.readOnly;
      entry.required &&= property.required;
      entry.count++;
      entry.description ??= property.description;
    }
  }
  const properties: Record<string, JsonSchema> = {};
  const present: string[] = [];
  const inputRequired: string[] = [];
  for (const [propertyName, entry] of merged) {
    const types = [...entry.schemas.values()];
    const base = types.length === 1 ? types[0]! : { anyOf: types };
    properties[propertyName] = propertySchema(base, { canBeNull: entry.canBeNull, readOnly: entry.readOnly, description: entry.description });
    const inEveryVariant = entry.count === models.length;
    if (inEveryVariant && !entry.canBeNull) present.push(propertyName);
    if (inEveryVariant && entry.required) inputRequired.push(propertyName);
  }
  const differs = inputRequired.length !== present.length || inputRequired.some((name, index) => name !== present[index]);
  return {
    type: 'object',
    ...(description ? { description } : {}),
    properties,
    ...(present.length > 0 ? { required: present } : {}),
    ...(differs ? { [INPUT_REQUIRED]: inputRequired } : {}),
  };
}

