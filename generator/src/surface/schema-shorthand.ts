import { SCHEMA_KEYWORDS, SCHEMA_LIST_KEYWORDS, SCHEMA_MAP_KEYWORDS } from './normalize-schema.js';
import type { ApiSurface, OperationSurface, ParameterSurface } from './surface-model.js';

/**
 * Committed surfaces write the commonest schemas as text, which halves their size and reads
 * better: `{ "$ref": "nichandle.Contact" }` is `"#nichandle.Contact"`, `{ "type": "integer",
 * "format": "int64" }` is `"integer<int64>"`, `{ "type": ["string", "null"] }` is
 * `"string | null"`. A string is never a schema in JSON Schema, so the text form is unambiguous
 * and reading a file restores exactly the schema that was written.
 */
const TYPES = new Set(['string', 'integer', 'number', 'boolean', 'null', 'object', 'array']);
const FORMAT = /^[A-Za-z0-9_.:+-]+$/;

type Node = Record<string, unknown>;
const isNode = (value: unknown): value is Node => value !== null && typeof value === 'object' && !Array.isArray(value);

function asText(schema: Node): string | undefined {
  const keys = Object.keys(schema);
  if (keys.length === 1 && typeof schema['$ref'] === 'string') return `#${schema['$ref']}`;
  if (keys.length === 0 || !keys.every((key) => key === 'type' || key === 'format')) return undefined;
  const types = typeof schema['type'] === 'string' ? [schema['type']] : schema['type'];
  if (!Array.isArray(types) || types.length === 0 || !types.every((type) => typeof type === 'string' && TYPES.has(type))) return undefined;
  const format = schema['format'];
  const valued = (types as string[]).filter((type) => type !== 'null');
  if (format !== undefined && (typeof format !== 'string' || !FORMAT.test(format) || valued.length !== 1)) return undefined;
  const parts = valued.map((type) => (format !== undefined ? `${type}<${format}>` : type));
  if (valued.length < types.length) parts.push('null');
  return parts.join(' | ');
}

function fromText(text: string): Node {
  if (text.startsWith('#')) return { $ref: text.slice(1) };
  let format: string | undefined;
  const types = text.split(' | ').map((part) => {
    const match = /^([a-z]+)(?:<(.+)>)?$/.exec(part);
    if (!match) return part;
    if (match[2] !== undefined) format = match[2];
    return match[1]!;
  });
  types.sort();
  return { type: types.length === 1 ? types[0] : types, ...(format !== undefined ? { format } : {}) };
}

function mapSchema(schema: unknown, leaf: (node: Node) => unknown, text: (value: string) => unknown): unknown {
  if (typeof schema === 'string') return text(schema);
  if (!isNode(schema)) return schema;
  const out: Node = {};
  for (const [key, value] of Object.entries(schema)) {
    if (SCHEMA_KEYWORDS.has(key)) out[key] = mapSchema(value, leaf, text);
    else if (SCHEMA_LIST_KEYWORDS.has(key) && Array.isArray(value)) out[key] = value.map((child) => mapSchema(child, leaf, text));
    else if (SCHEMA_MAP_KEYWORDS.has(key) && isNode(value)) out[key] = Object.fromEntries(Object.entries(value).map(([name, child]) => [name, mapSchema(child, leaf, text)]));
    else out[key] = value;
  }
  return leaf(out);
}

function mapSurface(surface: ApiSurface, schema: (value: unknown) => unknown): ApiSurface {
  const parameter = (p: ParameterSurface): ParameterSurface => ({ ...p, schema: schema(p.schema) });
  const media = (record: Node): Node => Object.fromEntries(Object.entries(record).map(([key, value]) => [key, key.includes('/') ? schema(value) : value]));
  const operations: Record<string, OperationSurface> = {};
  for (const [key, operation] of Object.entries(surface.operations)) {
    const copy: OperationSurface = { ...operation };
    if (operation.parameters) copy.parameters = Object.fromEntries(Object.entries(operation.parameters).map(([name, p]) => [name, parameter(p)]));
    if (operation.requestBody) copy.requestBody = media(operation.requestBody) as OperationSurface['requestBody'];
    if (operation.responses) {
      copy.responses = Object.fromEntries(
        Object.entries(operation.responses).map(([status, response]) => {
          const mapped = media(response);
          if (response.headers) mapped['headers'] = Object.fromEntries(Object.entries(response.headers).map(([name, header]) => [name, parameter(header)]));
          return [status, mapped];
        }),
      );
    }
    operations[key] = copy;
  }
  return { ...surface, operations, schemas: Object.fromEntries(Object.entries(surface.schemas).map(([name, value]) => [name, schema(value)])) };
}

/** The surface with simple schemas written as text (for the committed file). */
export function shortenSurface(surface: ApiSurface): ApiSurface {
  return mapSurface(surface, (value) => mapSchema(value, (node) => asText(node) ?? node, (text) => text));
}

/** The surface of a committed file with every schema as JSON Schema again. */
export function expandSurface(surface: ApiSurface): ApiSurface {
  return mapSurface(surface, (value) => mapSchema(value, (node) => node, fromText));
}
