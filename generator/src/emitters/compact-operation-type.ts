import { fromPointer, resolvePointer, toPointer } from '../diagnostics/json-pointer.js';
import type { OpenApiDocument, Operation } from '../readers/openapi-document.js';
import { printJsDoc } from './js-doc.js';
import { schemaReference } from './schema-alias.js';
import { bodyKind, jsonPatchOperationsType } from './body-media.js';
import { deprecationNote } from './deprecation.js';
import { parameterGroupName } from './generated-names.js';
import { SpecError } from '../diagnostics/spec-error.js';
import { schemaIsArray } from './managers/schema-lookup.js';
import type { HttpMethod } from '../readers/openapi-document.js';

/**
 * Writes one operation as a single openapi-typescript-shaped object type
 * (`{ parameters: { path; query?; header? }; requestBody?; responses }`) without the `?: never`
 * padding, per-response `headers` and path-item wrappers of a full `paths` type. For a big API
 * that is about half the declarations for the IDE to parse and keep. Models stay openapi-typescript's
 * `components`; anything beyond the simple wrapper shapes (refs, primitives, arrays, maps, flat
 * objects) is handed back to openapi-typescript as a synthetic component via `delegate`.
 */
export interface CompactTypeContext {
  document: OpenApiDocument;
  /**
   * Registers a schema openapi-typescript should render; returns the TS reference to it. `site`
   * says where the schema is (`get /me#/responses/200/items`), so a name made from it does not
   * depend on what else the document holds.
   */
  delegate: (schema: unknown, site: string) => string;
  /**
   * Offers a type several operations may repeat for sharing: a parameter group (`{ id: number; }`),
   * one response (`{ content: { … } }`) or a whole `responses` object. Returns a reference.
   * `location` and `names` (parameter names, the response's component, the statuses) are there to
   * make a readable name. With `args`, `type` is a template over `Success0`, `Success1`… (what varies
   * between operations, such as the success body beside the same error responses), shared as a
   * generic type and referenced with `args`.
   */
  share: (type: string, group: SharedGroup, args?: readonly string[]) => string;
}

/** What a shared type is, for its name: `Path_id_…`, `Response_NovaError_…`, `Responses_200_404_…`. */
export interface SharedGroup {
  location: 'path' | 'query' | 'header' | 'parameters' | 'response' | 'responses';
  names: string[];
}

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

function propertyKey(name: string): string {
  return IDENTIFIER.test(name) ? name : JSON.stringify(name);
}

/**
 * The JSDoc before a member of a one-line type. It starts a line: TypeScript attaches a comment to
 * the member after it only when a line break precedes the comment; one after `{` or `;` on the same
 * line is the previous token's trailing comment, and hovers would show nothing.
 */
function doc(description: unknown): string {
  const comment = printJsDoc({ text: [typeof description === 'string' ? description : undefined] });
  return comment ? `\n${comment} ` : '';
}

/** `{ a: T; … }` of members, a documented one starting its own line (see `doc`), no trailing spaces. */
function objectType(members: readonly string[]): string {
  return `{ ${members.join(' ')} }`.replace(/ \n/g, '\n');
}

function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function primitive(type: string): string | undefined {
  switch (type) {
    case 'string':
      return 'string';
    case 'integer':
    case 'number':
      return 'number';
    case 'boolean':
      return 'boolean';
    case 'null':
      return 'null';
    default:
      return undefined;
  }
}

// Keywords this writer does not render; a schema with any of them goes to openapi-typescript whole
// (OpenStack's versioned `oneOf`s, for one, become `Microversioned<…>` there).
const DELEGATED_KEYWORDS = ['oneOf', 'allOf', 'not', 'nullable', 'const', 'patternProperties', 'discriminator', 'prefixItems', 'x-openstack'];

/** `NovaError` for a `$ref` to `#/components/schemas/NovaError` (a URI fragment: percent-decoded, then a JSON pointer). */
function componentNameOf(schema: unknown): string | undefined {
  const ref = isObject(schema) ? schema['$ref'] : undefined;
  if (typeof ref !== 'string' || !ref.startsWith('#/components/schemas/')) return undefined;
  const segments = fromPointer(decodeURIComponent(ref.slice(1)));
  return segments.length === 3 ? segments[2] : undefined;
}

/**
 * A `oneOf` of bare component references none of which is microversioned (those become
 * `Microversioned<…>` in openapi-typescript's output), such as Neutron's `NeutronError` or
 * `NeutronAuthError` error body: the union openapi-typescript would print, written here so that
 * every operation repeating it does not get a synthetic component of its own.
 */
function plainReferenceUnion(schema: Record<string, unknown>, document: OpenApiDocument): unknown[] | undefined {
  const members = schema['oneOf'];
  if (!Array.isArray(members) || members.length === 0 || !Object.keys(schema).every((key) => key === 'oneOf' || key === 'description')) return undefined;
  const plain = members.every((member) => isObject(member) && Object.keys(member).length === 1 && componentNameOf(member) !== undefined && !('x-openstack' in (deref(document, member) ?? { 'x-openstack': true })));
  return plain ? members : undefined;
}

/** A schema as a TS type, for the shapes that wrap parameters, bodies and results. */
export function schemaType(schema: unknown, context: CompactTypeContext, site: string): string {
  if (schema === undefined || schema === true || (isObject(schema) && Object.keys(schema).filter((k) => k !== 'description').length === 0)) return 'unknown';
  const references = isObject(schema) ? plainReferenceUnion(schema, context.document) : undefined;
  if (references) return references.map((member, index) => schemaType(member, context, `${site}/oneOf/${index}`)).join(' | ');
  if (!isObject(schema) || DELEGATED_KEYWORDS.some((keyword) => keyword in schema)) return context.delegate(schema, site);
  if (typeof schema['$ref'] === 'string') {
    const name = componentNameOf(schema);
    return name !== undefined ? schemaReference(name) : context.delegate(schema, site);
  }
  if (Array.isArray(schema['enum'])) {
    const values = (schema['enum'] as unknown[]).map((value) => JSON.stringify(value));
    return values.length > 0 ? values.join(' | ') : 'never';
  }
  const anyOf = schema['anyOf'];
  if (Array.isArray(anyOf) && Object.keys(schema).every((k) => k === 'anyOf' || k === 'description')) {
    return anyOf.map((member, index) => wrapUnionMember(schemaType(member, context, `${site}/anyOf/${index}`))).join(' | ');
  }
  const type = schema['type'];
  if (Array.isArray(type)) {
    return type.map((member, index) => wrapUnionMember(schemaType({ ...schema, type: member }, context, `${site}/type/${index}`))).join(' | ');
  }
  if (typeof type !== 'string') return context.delegate(schema, site);
  if (type === 'array') return `${wrapArrayItem(schemaType(schema['items'], context, `${site}/items`))}[]`;
  if (type === 'object') {
    const properties = isObject(schema['properties']) ? schema['properties'] : {};
    const required = new Set(Array.isArray(schema['required']) ? (schema['required'] as string[]) : []);
    const entries = Object.entries(properties).map(([name, property]) => `${doc(isObject(property) ? property['description'] : undefined)}${propertyKey(name)}${required.has(name) ? '' : '?'}: ${schemaType(property, context, `${site}/properties${toPointer([name])}`)};`);
    const additional = schema['additionalProperties'];
    if (additional !== undefined && additional !== false) entries.push(`[key: string]: ${additional === true ? 'unknown' : schemaType(additional, context, `${site}/additionalProperties`)};`);
    return entries.length === 0 ? 'Record<string, never>' : objectType(entries);
  }
  return primitive(type) ?? context.delegate(schema, site);
}

function wrapUnionMember(type: string): string {
  return type.includes('=>') ? `(${type})` : type;
}

function wrapArrayItem(type: string): string {
  return /^[\w$."[\]]+$/.test(type) ? type : `(${type})`;
}

function deref(document: OpenApiDocument, node: unknown): Record<string, unknown> | undefined {
  let current = node;
  for (let hops = 0; hops < 16 && isObject(current) && typeof current['$ref'] === 'string'; hops++) {
    current = resolvePointer(document, decodeURIComponent((current['$ref'] as string).slice(1)));
  }
  return isObject(current) ? current : undefined;
}

/** The schema of `content` when its only media type is `application/json` (the shorthand case). */
function jsonOnlyContent(content: unknown): unknown {
  if (!isObject(content)) return undefined;
  const keys = Object.keys(content);
  return keys.length === 1 && keys[0] === 'application/json' && isObject(content['application/json']) ? (content['application/json']['schema'] ?? {}) : undefined;
}

/**
 * `{ "media/type": T; … }` of a body with other media types than `application/json`: bytes sent
 * are core's `BinaryBody`, bytes read a `Blob`, a JSON patch `JsonPatchOperation[]` (as
 * ./body-media.ts says), anything else the schema's type.
 */
function mediaContent(content: Record<string, unknown>, direction: 'request' | 'response', context: CompactTypeContext, site: string): string {
  const entries = Object.entries(content).map(([mediaType, media]) => {
    const schema = isObject(media) ? media['schema'] : undefined;
    const kind = bodyKind(context.document, mediaType, schema);
    const type =
      kind === 'binary'
        ? direction === 'request' ? 'BinaryBody' : 'Blob'
        : kind === 'json-patch' && direction === 'request' && !schemaIsArray(context.document, schema)
          ? jsonPatchOperationsType(mediaType)
          : schemaType(schema ?? {}, context, `${site}/content${toPointer([mediaType])}`);
    return `${JSON.stringify(mediaType)}: ${type};`;
  });
  return `{ ${entries.join(' ')} }`;
}

/** The JSDoc of an operation's entry in an operation map: summary, description, deprecation. */
export function operationDoc(method: HttpMethod, path: string, operation: Operation): string {
  const summary = operation.summary ?? operation.description ?? `${method.toUpperCase()} ${path}`;
  const note = deprecationNote(operation);
  return printJsDoc({ text: [summary, operation.description !== summary ? operation.description : undefined], tags: note ? [['deprecated', note]] : [] }, '    ');
}

/**
 * The operation type, on one line (plus JSDoc on parameters). Uses the shorthands `JsonResponse`,
 * `JsonResponseBody`, `EmptyResponse` and `JsonRequestBody` (and, for other media types, `BinaryBody` and
 * `JsonPatchOperation`), which the importing module must provide. `operationKey` (`get /me`)
 * starts the site of every schema handed to `delegate`.
 */
export function compactOperationType(operation: Operation, pathParameters: unknown[] | undefined, context: CompactTypeContext, operationKey: string): string {
  const groups: Record<'path' | 'query' | 'header', string[]> = { path: [], query: [], header: [] };
  const names: Record<'path' | 'query' | 'header', string[]> = { path: [], query: [], header: [] };
  const requiredGroups = new Set<string>();
  const byKey = new Map<string, Record<string, unknown>>();
  for (const raw of [...(pathParameters ?? []), ...(operation.parameters ?? [])]) {
    const parameter = deref(context.document, raw);
    if (parameter && typeof parameter['name'] === 'string') byKey.set(`${String(parameter['in'])}:${parameter['name']}`, parameter);
  }
  for (const parameter of byKey.values()) {
    const location = parameter['in'] as string;
    if (location !== 'path' && location !== 'query' && location !== 'header') continue;
    const required = location === 'path' || parameter['required'] === true;
    if (required) requiredGroups.add(location);
    const site = `${operationKey}#/parameters/${location}${toPointer([parameter['name'] as string])}`;
    names[location].push(parameter['name'] as string);
    groups[location].push(`${doc(parameter['description'])}${propertyKey(parameter['name'] as string)}${required ? '' : '?'}: ${schemaType(parameter['schema'], context, site)};`);
  }
  const locations = (['path', 'query', 'header'] as const).filter((location) => groups[location].length > 0);
  const parameterParts = locations.map((location) => `${location}${requiredGroups.has(location) ? '' : '?'}: ${context.share(objectType(groups[location]), { location, names: names[location] })};`);
  // The operations of one path item mostly take the same parameters: the object is shared too.
  const parts = [`parameters: ${parameterParts.length === 0 ? '{}' : context.share(`{ ${parameterParts.join(' ')} }`, { location: 'parameters', names: [...locations] })};`];

  const body = deref(context.document, operation.requestBody);
  const bodyContent = body && isObject(body['content']) && Object.keys(body['content']).length > 0 ? body['content'] : undefined;
  if (bodyContent) {
    const optional = body!['required'] === true ? '' : '?';
    const json = jsonOnlyContent(bodyContent);
    const site = `${operationKey}#/requestBody`;
    parts.push(json !== undefined ? `requestBody${optional}: JsonRequestBody<${schemaType(json, context, site)}>;` : `requestBody${optional}: { content: ${mediaContent(bodyContent, 'request', context, site)} };`);
  }

  const statuses = Object.keys(operation.responses ?? {}).filter((status) => !status.startsWith('x-'));
  const responseContent = (status: string): Record<string, unknown> | undefined => {
    const content = deref(context.document, operation.responses?.[status])?.['content'];
    return isObject(content) && Object.keys(content).length > 0 ? content : undefined;
  };
  const only200 = statuses.length === 1 && statuses[0] === '200' ? responseContent('200') : undefined;
  if (statuses.length === 1 && statuses[0] === '200' && (only200 === undefined || jsonOnlyContent(only200) !== undefined)) {
    // The common case gets a shorthand: one reference instead of three nested literals.
    parts.push(`responses: ${only200 === undefined ? 'EmptyResponse' : `JsonResponse<${schemaType(jsonOnlyContent(only200), context, `${operationKey}#/responses/200`)}>`};`);
  } else {
    // Error responses repeat across operations (`404: NovaError`, `default: KeystoneError`…), and
    // so do whole `responses` objects: each is declared once when repeated (see `share`).
    // Operations that answer the same errors differ in their success bodies only: the object is a
    // generic type over those (`Responses_404_409_default_…<JsonResponseBody<Schema<"Server">>>`).
    const responses = statuses.map((status) => {
      const content = responseContent(status);
      const key = /^\d+$/.test(status) ? status : JSON.stringify(status);
      if (content === undefined) return { key, status, type: context.share('{ content?: never }', { location: 'response', names: ['empty'] }) };
      const site = `${operationKey}#/responses${toPointer([status])}`;
      const json = jsonOnlyContent(content);
      const type = json !== undefined ? `JsonResponseBody<${schemaType(json, context, site)}>` : `{ content: ${mediaContent(content, 'response', context, site)} }`;
      return { key, status, type: context.share(type, { location: 'response', names: [componentNameOf(json) ?? 'body'] }) };
    });
    const successes = responses.filter((response) => /^2/.test(response.status));
    const others = responses.filter((response) => !/^2/.test(response.status));
    if (successes.length > 0 && others.length > 0) {
      const template = `{ ${responses.map((response) => `${response.key}: ${successes.includes(response) ? `Success${successes.indexOf(response)}` : response.type};`).join(' ')} }`;
      parts.push(`responses: ${context.share(template, { location: 'responses', names: others.map((response) => response.status) }, successes.map((response) => response.type))};`);
    } else {
      parts.push(`responses: ${context.share(`{ ${responses.map((response) => `${response.key}: ${response.type};`).join(' ')} }`, { location: 'responses', names: statuses })};`);
    }
  }
  return `{ ${parts.join(' ')} }`;
}

/**
 * A `CompactTypeContext` over `document` that hands schemas to openapi-typescript as synthetic
 * components of `schemas` and names the types several operations share. `resolve` turns the
 * placeholders in written types into names (a type written once stays inline); `declarations` are
 * the shared types' `type` lines. `owner` names the module in errors.
 */
export function createCompactContext(document: OpenApiDocument, schemas: Record<string, unknown>, keyOf: (site: string) => string, owner: { file: string; label: string }): { context: CompactTypeContext; resolve: (text: string) => string; declarations: () => string } {
  const shared = new Map<string, { name: string; uses: number; parameters: number }>();
  const groupOfName = new Map<string, string>();
  const context: CompactTypeContext = {
    share: (type, group, args) => {
      const entry = shared.get(type) ?? { name: parameterGroupName(type, group), uses: 0, parameters: args?.length ?? 0 };
      const holder = groupOfName.get(entry.name);
      if (holder !== undefined && holder !== type) throw new SpecError({ message: `two shared types of ${owner.label} hash to the same name ${entry.name}; raise HASH_DIGITS in generator/src/emitters/generated-names.ts`, file: owner.file });
      groupOfName.set(entry.name, type);
      entry.uses++;
      shared.set(type, entry);
      return args ? `\u0000${entry.name}\u0001${args.join('\u0002')}\u0003` : `\u0000${entry.name}\u0000`;
    },
    document,
    delegate: (schema, site) => {
      const key = keyOf(site);
      schemas[key] = schema;
      return schemaReference(key);
    },
  };
  // A shared type may hold others (a `responses` object holds its responses). A type is declared when
  // the written text names it more than once: each declared holder names it once, however many
  // operations use the holder; a holder written inline names it as often as the holder is written.
  // `\0Name\0`, or `\0Name\x01arg\x02arg\x03` for a generic one (whose arguments hold no generic one).
  const PLACEHOLDER = /\u0000(\w+)(?:\u0000|\u0001([^\u0001\u0003]*)\u0003)/g;
  const placeholders = (text: string) => [...text.matchAll(PLACEHOLDER)].map((match) => match[1]!);
  let holders: Map<string, { type: string; times: number }[]> | undefined;
  const holdersOf = (name: string) => {
    // Read once every operation is written.
    if (!holders) {
      holders = new Map();
      for (const [type] of shared) {
        const counts = new Map<string, number>();
        for (const held of placeholders(type)) counts.set(held, (counts.get(held) ?? 0) + 1);
        for (const [held, times] of counts) holders.set(held, [...(holders.get(held) ?? []), { type, times }]);
      }
    }
    return holders.get(name) ?? [];
  };
  const written = new Map<string, number>();
  const timesWritten = (name: string): number => {
    const known = written.get(name);
    if (known !== undefined) return known;
    const entry = shared.get(groupOfName.get(name)!)!;
    // Every `share` call wrote it once; those made while writing a holder's text are counted through the holder.
    let times = entry.uses;
    for (const holder of holdersOf(name)) {
      const holderEntry = shared.get(holder.type)!;
      times += holder.times * ((isDeclared(holderEntry.name) ? 1 : timesWritten(holderEntry.name)) - holderEntry.uses);
    }
    written.set(name, times);
    return times;
  };
  const isDeclared = (name: string) => timesWritten(name) > 1;
  const resolve = (text: string): string =>
    text.replace(PLACEHOLDER, (_, name: string, joined: string | undefined) => {
      const args = joined === undefined ? [] : joined.split('\u0002').map(resolve);
      if (isDeclared(name)) return args.length > 0 ? `${name}<${args.join(', ')}>` : name;
      return resolve(groupOfName.get(name)!).replace(/\bSuccess(\d+)\b/g, (_, index: string) => args[Number(index)]!);
    });
  const typeParameters = (count: number) => (count > 0 ? `<${Array.from({ length: count }, (_, index) => `Success${index}`).join(', ')}>` : '');
  const declarations = () => [...shared]
    .filter(([, entry]) => isDeclared(entry.name))
    .map(([type, entry]) => [entry.name, `${entry.name}${typeParameters(entry.parameters)} = ${resolve(type)}`] as const)
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([, declaration]) => `type ${declaration};`)
    .join('\n');
  return { context, resolve, declarations };
}
