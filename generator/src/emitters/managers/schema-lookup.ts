import type { OpenApiDocument, Operation } from '../../readers/openapi-document.js';

type Schema = Record<string, unknown>;

/** Follows local `$ref`s (`#/components/…`) to the schema, parameter or body they name. */
export function resolve(document: OpenApiDocument, value: unknown): Schema | undefined {
  let current = value;
  for (let hops = 0; hops < 32 && isRecord(current) && typeof current['$ref'] === 'string'; hops++) {
    const pointer = (current['$ref'] as string).replace(/^#\//, '').split('/').map((part) => part.replaceAll('~1', '/').replaceAll('~0', '~'));
    current = pointer.reduce<unknown>((node, key) => (isRecord(node) ? node[key] : undefined), document);
  }
  return isRecord(current) ? current : undefined;
}

/** The alternatives of a schema: `oneOf`/`anyOf` members (recursively), else the schema itself. */
export function variants(document: OpenApiDocument, schema: unknown): Schema[] {
  const resolved = resolve(document, schema);
  if (!resolved) return [];
  const members = (resolved['oneOf'] ?? resolved['anyOf']) as unknown[] | undefined;
  if (Array.isArray(members)) return members.flatMap((member) => variants(document, member));
  return [resolved];
}

/** Properties of an object schema (with `allOf` parts merged). */
export function propertiesOf(document: OpenApiDocument, schema: Schema): Record<string, unknown> {
  const own = isRecord(schema['properties']) ? schema['properties'] : {};
  const parts = Array.isArray(schema['allOf']) ? schema['allOf'].map((part) => resolve(document, part)).filter(isRecord) : [];
  return Object.assign({}, ...parts.map((part) => propertiesOf(document, part)), own) as Record<string, unknown>;
}

/** JSON schema of the operation's success response (the lowest 2xx with JSON content). */
export function successJsonSchema(document: OpenApiDocument, operation: Operation): unknown {
  const statuses = Object.keys(operation.responses ?? {}).filter((status) => /^2/.test(status)).sort();
  for (const status of statuses) {
    const response = resolve(document, operation.responses?.[status]);
    const content = response?.['content'];
    if (isRecord(content) && isRecord(content['application/json'])) return content['application/json']['schema'];
  }
  return undefined;
}

/** JSON schema of the operation's request body, if it takes JSON. */
export function requestJsonSchema(document: OpenApiDocument, operation: Operation): unknown {
  const body = resolve(document, operation.requestBody);
  const content = body?.['content'];
  return isRecord(content) && isRecord(content['application/json']) ? (content['application/json']['schema'] ?? {}) : undefined;
}

/** Whether the operation takes a request body of any media type (JSON, a binary upload, a JSON patch…). */
export function hasRequestBody(document: OpenApiDocument, operation: Operation): boolean {
  const content = resolve(document, operation.requestBody)?.['content'];
  return isRecord(content) && Object.keys(content).length > 0;
}

/** Names of the operation's query parameters (path-level ones included). */
export function queryParameterNames(document: OpenApiDocument, operation: Operation, pathParameters: unknown[] = []): string[] {
  return [...pathParameters, ...(operation.parameters ?? [])]
    .map((parameter) => resolve(document, parameter))
    .filter((parameter): parameter is Schema => parameter?.['in'] === 'query' && typeof parameter['name'] === 'string')
    .map((parameter) => parameter['name'] as string);
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function schemaIsArray(document: OpenApiDocument, schema: unknown): boolean {
  const resolved = resolve(document, schema);
  if (!resolved) return false;
  const type = resolved['type'];
  return type === 'array' || (Array.isArray(type) && type.includes('array')) || resolved['items'] !== undefined && type === undefined;
}
