import { SpecError } from '../../diagnostics/spec-error.js';
import { resolvePointer, toPointer } from '../../diagnostics/json-pointer.js';
import { HTTP_METHODS, type OpenApiDocument } from '../openapi-document.js';
import { walkSchema } from './walk-schemas.js';

type Segments = readonly (string | number)[];
type Report = (message: string, path: Segments, hint?: string) => void;

const SCHEMA_TYPES = new Set(['string', 'number', 'integer', 'boolean', 'array', 'object', 'null']);
const PARAMETER_LOCATIONS = new Set(['path', 'query', 'header', 'cookie']);
const RESPONSE_KEY = /^(default|[1-5](\d\d|XX))$/;

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
  if (!isObject(document['paths'])) {
    report('paths must be an object', ['paths']);
    return problems;
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
        report(`external $ref "${ref}" is not supported`, [...path, '$ref'], 'bundle the document first, or inline the referenced schema');
      } else if (resolvePointer(document, decodeURIComponent(ref.slice(1))) === undefined) {
        report(`dangling $ref "${ref}": nothing exists at that pointer`, [...path, '$ref']);
      }
    }
    for (const [key, child] of Object.entries(node)) {
      if (key === '$ref' || key.startsWith('x-')) continue;
      visit(child, [...path, key]);
    }
  };
  visit(document, []);
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
        else for (const code of Object.keys(responses)) {
          if (!RESPONSE_KEY.test(code) && !code.startsWith('x-')) report(`invalid response status "${code}"`, [...at, 'responses', code], 'use a status code like 200, a range like 2XX, or default');
        }
      }
    }
  }
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
    if (!PARAMETER_LOCATIONS.has(parameter['in'] as string)) {
      report(`parameter "${String(parameter['name'])}" has invalid location ${JSON.stringify(parameter['in'] ?? null)}`, [...at, index, 'in'], 'use one of path, query, header, cookie');
    }
  });
}

function checkSchemas(document: Record<string, unknown>, report: Report): void {
  const checkType = (schema: Record<string, unknown>, path: Segments): void => {
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
      if (key.startsWith('x-')) continue;
      if (key === 'schema') walkSchema(child, [...path, key], checkType);
      else visit(child, [...path, key]);
    }
  };
  visit(document['paths'], ['paths']);
  for (const section of ['parameters', 'requestBodies', 'responses', 'headers']) visit(components[section], ['components', section]);
}
