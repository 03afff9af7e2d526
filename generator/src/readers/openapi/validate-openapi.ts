import { SpecError } from '../../diagnostics/spec-error.js';
import { resolvePointer, toPointer } from '../../diagnostics/json-pointer.js';
import { HTTP_METHODS, type OpenApiDocument } from '../openapi-document.js';
import { walkSchema } from './walk-schemas.js';

type Segments = readonly (string | number)[];
type Report = (message: string, path: Segments, hint?: string) => void;

const SCHEMA_TYPES = new Set(['string', 'number', 'integer', 'boolean', 'array', 'object', 'null']);
const PARAMETER_LOCATIONS = new Set(['path', 'query', 'header', 'cookie']);
const RESPONSE_KEY = /^(default|[1-5](\d\d|XX))$/;
/** Keys whose values are data (examples, defaults, enums), not OpenAPI structure: never walked. */
const DATA_KEYS = new Set(['example', 'examples', 'default', 'enum', 'const']);

function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/**
 * Structural checks the emitters rely on. Returns every problem found (not just the first), each
 * naming the file and the JSON pointer of the offending node.
 */
export function validateOpenApi(document: unknown, file: string): SpecError[] {
  const problems: SpecError[] = [];
  const report: Report = (message, path, hint) => problems.push(new SpecError({ message, file, pointer: toPointer(path), hint }));

  if (!isObject(document)) {
    report('an OpenAPI document must be an object', []);
    return problems;
  }
  const version = document['openapi'];
  if (typeof version !== 'string' || !/^3\.[01]\.\d+$/.test(version)) {
    report(
      `unsupported OpenAPI version ${JSON.stringify(version ?? document['swagger'] ?? null)}`,
      [document['swagger'] !== undefined && version === undefined ? 'swagger' : 'openapi'],
      'this reader takes OpenAPI 3.0.x and 3.1.x documents',
    );
    return problems;
  }
  if (!isObject(document['info']) || typeof document['info']['title'] !== 'string') report('info.title is required', ['info']);
  else if (typeof document['info']['version'] !== 'string' || document['info']['version'] === '') report('info.version is required (a string)', ['info', 'version']);
  if (!isObject(document['paths'])) {
    report('paths must be an object', ['paths']);
    return problems;
  }

  const components = isObject(document['components']) ? document['components'] : {};
  for (const [name, scheme] of Object.entries(isObject(components['securitySchemes']) ? components['securitySchemes'] : {})) {
    if (!isObject(scheme) || typeof scheme['type'] !== 'string') report(`security scheme "${name}" must be an object with a type`, ['components', 'securitySchemes', name]);
  }
  checkRefs(document, report);
  checkOperations(document as unknown as OpenApiDocument, report);
  checkSchemas(document, report);
  return problems;
}

function checkRefs(document: Record<string, unknown>, report: Report): void {
  const visit = (node: unknown, path: (string | number)[]): void => {
    if (Array.isArray(node)) {
      node.forEach((child, index) => visit(child, [...path, index]));
      return;
    }
    if (!isObject(node)) return;
    const ref = node['$ref'];
    if (typeof ref === 'string') {
      if (!ref.startsWith('#')) {
        report(`external $ref "${ref}" is not supported`, [...path, '$ref'], path.some((s) => DATA_KEYS.has(String(s))) ? 'openapi-typescript resolves $ref even inside example data; rename the key with an overlay' : 'bundle the document first, or inline the referenced schema');
      } else if (resolvePointer(document, decodeURIComponent(ref.slice(1))) === undefined) {
        report(`dangling $ref "${ref}": nothing exists at that pointer`, [...path, '$ref']);
      } else if (isRefCycle(document, ref)) {
        report(`$ref "${ref}" only leads to other $refs in a cycle`, [...path, '$ref'], 'one schema in the chain must have content of its own');
      }
    }
    for (const [key, child] of Object.entries(node)) {
      // Data keys are walked too: openapi-typescript resolves a `$ref` wherever it stands.
      if (key === '$ref' || key.startsWith('x-')) continue;
      visit(child, [...path, key]);
    }
  };
  visit(document, []);
}

/** A chain of pure `$ref` objects that comes back to itself can never be resolved to a schema. */
function isRefCycle(document: unknown, ref: string): boolean {
  const seen = new Set<string>();
  let current: string | undefined = ref;
  while (current !== undefined && current.startsWith('#')) {
    if (seen.has(current)) return true;
    seen.add(current);
    const target = resolvePointer(document, decodeURIComponent(current.slice(1)));
    current = isObject(target) && Object.keys(target).length === 1 && typeof target['$ref'] === 'string' ? target['$ref'] : undefined;
  }
  return false;
}

function deref(document: unknown, node: unknown): unknown {
  // Follow local refs (bounded, in case of a cycle of refs).
  for (let hops = 0; hops < 32 && isObject(node) && typeof node['$ref'] === 'string' && node['$ref'].startsWith('#'); hops++) {
    node = resolvePointer(document, decodeURIComponent(node['$ref'].slice(1)));
  }
  return node;
}

function checkOperations(document: OpenApiDocument, report: Report): void {
  const operationIds = new Map<string, string>();
  for (const [path, item] of Object.entries(document.paths)) {
    if (!path.startsWith('/')) report(`path "${path}" must start with "/"`, ['paths', path]);
    if (!isObject(item)) {
      report('a path item must be an object', ['paths', path]);
      continue;
    }
    checkParameters(document, item['parameters'], ['paths', path, 'parameters'], report);
    for (const method of HTTP_METHODS) {
      const operation = item[method];
      if (operation === undefined) continue;
      const at = ['paths', path, method];
      if (!isObject(operation)) {
        report('an operation must be an object', at);
        continue;
      }
      const id = operation['operationId'];
      if (id !== undefined) {
        if (typeof id !== 'string' || id === '') report('operationId must be a non-empty string', [...at, 'operationId']);
        else if (operationIds.has(id)) {
          report(`duplicate operationId "${id}" (first used at ${operationIds.get(id)})`, [...at, 'operationId'], 'operationIds must be unique; rename one in an overlay');
        } else operationIds.set(id, toPointer([...at, 'operationId']));
      }
      checkParameters(document, operation['parameters'], [...at, 'parameters'], report);
      const responses = operation['responses'];
      if (responses !== undefined) {
        if (!isObject(responses)) report('responses must be an object', [...at, 'responses']);
        else for (const [code, response] of Object.entries(responses)) {
          if (code.startsWith('x-')) continue;
          if (!RESPONSE_KEY.test(code)) report(`invalid response status "${code}"`, [...at, 'responses', code], 'use a status code like 200, a range like 2XX, or default');
          const resolved = deref(document, response);
          if (!isObject(resolved)) report(`response "${code}" must be an object, got ${JSON.stringify(response)}`, [...at, 'responses', code]);
          else checkContent(resolved['content'], [...at, 'responses', code, 'content'], report);
        }
      }
      const body = deref(document, operation['requestBody']);
      if (operation['requestBody'] !== undefined) {
        if (!isObject(body)) report('requestBody must be an object', [...at, 'requestBody']);
        else checkContent(body['content'], [...at, 'requestBody', 'content'], report);
      }
    }
  }
}

function checkContent(content: unknown, at: Segments, report: Report): void {
  if (content === undefined) return;
  if (!isObject(content)) return report('content must be a map of media types', at);
  for (const [mediaType, entry] of Object.entries(content)) {
    if (!isObject(entry)) report(`media type "${mediaType}" must be an object`, [...at, mediaType]);
    else if (entry['schema'] !== undefined && !isSchemaLike(entry['schema'])) report(`schema of "${mediaType}" must be an object`, [...at, mediaType, 'schema']);
  }
}

function isSchemaLike(value: unknown): boolean {
  return isObject(value) || typeof value === 'boolean';
}

function checkParameters(document: OpenApiDocument, parameters: unknown, at: Segments, report: Report): void {
  if (parameters === undefined) return;
  if (!Array.isArray(parameters)) {
    report('parameters must be a list', at);
    return;
  }
  parameters.forEach((raw, index) => {
    const parameter = deref(document, raw);
    if (!isObject(parameter)) return; // dangling refs are reported by checkRefs
    if (typeof parameter['name'] !== 'string' || parameter['name'] === '') report('parameter has no name', [...at, index]);
    if (parameter['schema'] !== undefined && !isSchemaLike(parameter['schema'])) report(`parameter "${String(parameter['name'])}" schema must be an object`, [...at, index, 'schema']);
    if (!PARAMETER_LOCATIONS.has(parameter['in'] as string)) {
      report(`parameter "${String(parameter['name'])}" has invalid location ${JSON.stringify(parameter['in'] ?? null)}`, [...at, index, 'in'], 'use one of path, query, header, cookie');
    }
  });
}

function checkSchemas(document: Record<string, unknown>, report: Report): void {
  const checkType = (schema: Record<string, unknown>, path: Segments): void => {
    for (const keyword of ['allOf', 'anyOf', 'oneOf', 'prefixItems'] as const) {
      if (schema[keyword] !== undefined && !Array.isArray(schema[keyword])) report(`${keyword} must be a list of schemas`, [...path, keyword]);
    }
    for (const keyword of ['properties', 'patternProperties', '$defs'] as const) {
      if (schema[keyword] !== undefined && !isObject(schema[keyword])) report(`${keyword} must be a map of schemas`, [...path, keyword]);
    }
    const required = schema['required'];
    if (required !== undefined && (!Array.isArray(required) || required.some((name) => typeof name !== 'string'))) {
      report(`required must be a list of property names, got ${JSON.stringify(required)}`, [...path, 'required']);
    }
    const type = schema['type'];
    if (type === undefined) return;
    const types = Array.isArray(type) ? type : [type];
    for (const entry of types) {
      if (typeof entry !== 'string' || !SCHEMA_TYPES.has(entry)) {
        report(`unknown schema type ${JSON.stringify(entry)}`, [...path, 'type'], `use one of ${[...SCHEMA_TYPES].join(', ')}`);
      }
    }
  };
  const components = isObject(document['components']) ? document['components'] : {};
  for (const [name, schema] of Object.entries(isObject(components['schemas']) ? components['schemas'] : {})) {
    walkSchema(schema, ['components', 'schemas', name], checkType);
  }
  // Schemas embedded in parameters, request bodies, responses and headers.
  const visit = (node: unknown, path: (string | number)[]): void => {
    if (Array.isArray(node)) return node.forEach((child, index) => visit(child, [...path, index]));
    if (!isObject(node)) return;
    for (const [key, child] of Object.entries(node)) {
      if (key.startsWith('x-') || DATA_KEYS.has(key)) continue;
      if (key === 'schema') walkSchema(child, [...path, key], checkType);
      else visit(child, [...path, key]);
    }
  };
  visit(document['paths'], ['paths']);
  for (const section of ['parameters', 'requestBodies', 'responses', 'headers']) visit(components[section], ['components', section]);
}
