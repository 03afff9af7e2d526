import { resolvePointer } from '../diagnostics/json-pointer.js';
import type { OpenApiDocument, Operation } from '../readers/openapi-document.js';
import { toPointer } from '../diagnostics/json-pointer.js';
import { printJsDoc } from './js-doc.js';

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
   * Offers a parameter group (`{ id: number; }`) for sharing between operations; returns a
   * reference. `location` and the parameter `names` are there to make a readable name.
   */
  share: (type: string, group: { location: 'path' | 'query' | 'header'; names: string[] }) => string;
}

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

function propertyKey(name: string): string {
  return IDENTIFIER.test(name) ? name : JSON.stringify(name);
}

/** The JSDoc before a member of a one-line type, with the space that separates it. */
function doc(description: unknown): string {
  const comment = printJsDoc({ text: [typeof description === 'string' ? description : undefined] });
  return comment ? `${comment} ` : '';
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

/** A schema as a TS type, for the shapes that wrap parameters, bodies and results. */
export function schemaType(schema: unknown, context: CompactTypeContext, site: string): string {
  if (schema === undefined || schema === true || (isObject(schema) && Object.keys(schema).filter((k) => k !== 'description').length === 0)) return 'unknown';
  if (!isObject(schema)) return context.delegate(schema, site);
  const ref = schema['$ref'];
  if (typeof ref === 'string') {
    const match = /^#\/components\/schemas\/(.+)$/.exec(ref);
    return match ? `components["schemas"][${JSON.stringify(decodeURIComponent(match[1]!).replaceAll('~1', '/').replaceAll('~0', '~'))}]` : context.delegate(schema, site);
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
    return entries.length === 0 ? 'Record<string, never>' : `{ ${entries.join(' ')} }`;
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

function jsonContent(content: unknown): unknown {
  if (!isObject(content)) return undefined;
  const json = Object.entries(content).find(([mediaType]) => mediaType === 'application/json' || mediaType.endsWith('+json'));
  return json && isObject(json[1]) ? (json[1]['schema'] ?? {}) : undefined;
}

/**
 * The operation type, on one line (plus JSDoc on parameters). Uses the shorthands `JsonResponse`,
 * `EmptyResponse` and `JsonRequestBody`, which the importing module must provide. `operationKey`
 * (`get /me`) starts the site of every schema handed to `delegate`.
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
  const parameterParts = (['path', 'query', 'header'] as const)
    .filter((location) => groups[location].length > 0)
    .map((location) => `${location}${requiredGroups.has(location) ? '' : '?'}: ${context.share(`{ ${groups[location].join(' ')} }`, { location, names: names[location] })};`);
  const parts = [`parameters: { ${parameterParts.join(' ')} };`.replace('{  }', '{}')];

  const body = deref(context.document, operation.requestBody);
  const bodySchema = body ? jsonContent(body['content']) : undefined;
  if (bodySchema !== undefined) parts.push(`requestBody${body!['required'] === true ? '' : '?'}: JsonRequestBody<${schemaType(bodySchema, context, `${operationKey}#/requestBody`)}>;`);

  const statuses = Object.keys(operation.responses ?? {}).filter((status) => !status.startsWith('x-'));
  const responseSchema = (status: string): unknown => {
    const response = deref(context.document, operation.responses?.[status]);
    return response ? jsonContent(response['content']) : undefined;
  };
  if (statuses.length === 1 && statuses[0] === '200') {
    // The common case gets a shorthand: one reference instead of three nested literals.
    const schema = responseSchema('200');
    parts.push(`responses: ${schema === undefined ? 'EmptyResponse' : `JsonResponse<${schemaType(schema, context, `${operationKey}#/responses/200`)}>`};`);
  } else {
    const responses = statuses.map((status) => {
      const schema = responseSchema(status);
      const key = /^\d+$/.test(status) ? status : JSON.stringify(status);
      return schema === undefined ? `${key}: { content?: never };` : `${key}: { content: { "application/json": ${schemaType(schema, context, `${operationKey}#/responses${toPointer([status])}`)} } };`;
    });
    parts.push(`responses: { ${responses.join(' ')} };`);
  }
  return `{ ${parts.join(' ')} }`;
}
