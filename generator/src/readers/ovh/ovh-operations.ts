import { DEPRECATION_NOTE, type HttpMethod, type Operation } from '../openapi-document.js';
import { isRecord, type OvhApiStatus, type OvhFile, type OvhIamAction, type OvhOperation, type Problems, type Segments } from './ovh-native.js';
import type { OvhModels } from './ovh-models.js';
import type { JsonSchema } from './ovh-primitives.js';

const METHODS: Readonly<Record<string, HttpMethod>> = { GET: 'get', PUT: 'put', POST: 'post', DELETE: 'delete', PATCH: 'patch', OPTIONS: 'options', HEAD: 'head' };
export const API_STATUSES = ['PRODUCTION', 'BETA', 'ALPHA', 'DEPRECATED'] as const;
export type ApiStatus = (typeof API_STATUSES)[number];

export interface ConvertedOperation {
  /** IR path (v2 paths carry the `/v2` prefix). */
  path: string;
  method: HttpMethod;
  operation: Operation;
  file: OvhFile;
  at: Segments;
  /** The native path + operation as JSON: two files with the same identity define the same operation. */
  identity: string;
  /** The schema's operationId; the reader keeps it only when it is unique in the whole IR. */
  operationId: string | undefined;
  /** The request body schema, rewritten later to reference input variants. */
  bodySchema: JsonSchema | undefined;
}

const nonEmpty = (text: unknown): string | undefined => (typeof text === 'string' && text.trim() !== '' ? text.trim() : undefined);

/** Every operation of one document, converted. Problems are recorded, bad operations skipped. */
export function convertOperations(file: OvhFile, models: OvhModels, problems: Problems): ConvertedOperation[] {
  const apis = file.document.apis ?? [];
  const converted: ConvertedOperation[] = [];
  apis.forEach((api, apiIndex) => {
    const apiAt = ['apis', apiIndex];
    if (!isRecord(api)) return problems.add(file, apiAt, 'an entry of apis must be an object');
    if (typeof api.path !== 'string' || !api.path.startsWith('/')) return problems.add(file, [...apiAt, 'path'], `api path must be a string starting with "/", got ${JSON.stringify(api.path ?? null)}`);
    if (!Array.isArray(api.operations)) return problems.add(file, [...apiAt, 'operations'], 'operations must be a list');
    api.operations.forEach((operation, operationIndex) => {
      const at = [...apiAt, 'operations', operationIndex];
      if (!isRecord(operation)) return problems.add(file, at, 'an operation must be an object');
      const result = convertOperation(file, api.path, api.description, api.operations, apiAt, operation, at, models, problems);
      if (result) converted.push(result);
    });
  });
  return converted;
}

interface BodyProperty {
  name: string;
  schema: JsonSchema;
  required: boolean;
  description: string | undefined;
}

function convertOperation(
  file: OvhFile,
  nativePath: string,
  apiDescription: string | undefined,
  siblings: readonly OvhOperation[],
  apiAt: Segments,
  native: OvhOperation,
  at: Segments,
  models: OvhModels,
  problems: Problems,
): ConvertedOperation | undefined {
  const httpMethod = native.httpMethod;
  if (typeof httpMethod !== 'string' || httpMethod === '') {
    problems.add(file, at, 'operation has no httpMethod');
    return undefined;
  }
  const method = METHODS[httpMethod.toUpperCase()];
  if (method === undefined) {
    problems.add(file, [...at, 'httpMethod'], `unsupported httpMethod ${JSON.stringify(httpMethod)}`);
    return undefined;
  }
  const path = file.v2 ? `/v2${nativePath}` : nativePath;

  const status = apiStatus(file, native, at, problems);
  const iamActions = normalizeIamActions(file, native.iamActions, [...at, 'iamActions'], problems);

  // Parameters.
  const parameters: JsonSchema[] = [];
  const schemasByName = new Map<string, JsonSchema>();
  const bodyProperties: BodyProperty[] = [];
  let unnamedBody: (BodyProperty & { index: number }) | undefined;
  const rawParameters = native.parameters ?? [];
  if (!Array.isArray(rawParameters)) problems.add(file, [...at, 'parameters'], 'parameters must be a list');
  else {
    rawParameters.forEach((parameter, index) => {
      const parameterAt = [...at, 'parameters', index];
      if (!isRecord(parameter)) return problems.add(file, parameterAt, 'a parameter must be an object');
      const field = typeof parameter.fullType === 'string' ? 'fullType' : 'dataType';
      const text = parameter[field];
      if (typeof text !== 'string') return problems.add(file, parameterAt, 'parameter has no dataType');
      const schema = models.schemaOfField({ file, at: [...parameterAt, field], text });
      const name = parameter.name;
      const description = nonEmpty(parameter.description);
      const required = parameter.required === true;
      if (parameter.paramType === 'body') {
        if (name === undefined || name === null) {
          if (unnamedBody) return problems.add(file, parameterAt, `two unnamed body parameters (the first is parameters/${unnamedBody.index})`);
          unnamedBody = { name: '', schema, required, description, index };
        } else if (typeof name !== 'string' || name === '') {
          problems.add(file, [...parameterAt, 'name'], 'body parameter name must be a non-empty string (or absent for an unnamed body)');
        } else {
          bodyProperties.push({ name, schema, required, description });
          schemasByName.set(name, schema);
        }
        return;
      }
      if (parameter.paramType !== 'path' && parameter.paramType !== 'query' && parameter.paramType !== 'header') {
        return problems.add(file, [...parameterAt, 'paramType'], `unsupported paramType ${JSON.stringify(parameter.paramType ?? null)}`, 'use path, query, header or body');
      }
      if (typeof name !== 'string' || name === '') return problems.add(file, parameterAt, 'parameter has no name');
      schemasByName.set(name, schema);
      parameters.push({
        name,
        in: parameter.paramType,
        required: parameter.paramType === 'path' ? true : required,
        ...(description ? { description } : {}),
        schema,
      });
    });
  }
  if (unnamedBody && bodyProperties.length > 0) problems.add(file, [...at, 'parameters'], 'operation mixes an unnamed body parameter with named ones');

  // Path parameters: every {name} of the path needs one (two telephony routes take {queueId} as a body parameter only).
  const templateNames = [...nativePath.matchAll(/\{([^}]+)\}/g)].map((match) => match[1]!);
  for (const parameter of parameters) {
    if (parameter['in'] === 'path' && !templateNames.includes(parameter['name'] as string)) {
      problems.add(file, [...at, 'parameters'], `path parameter "${String(parameter['name'])}" does not appear in the path ${nativePath}`);
    }
  }
  for (const name of templateNames) {
    if (parameters.some((p) => p['in'] === 'path' && p['name'] === name)) continue;
    parameters.push({ name, in: 'path', required: true, description: 'Missing from the OVH schema of this operation; added by the generator.', schema: missingPathParameterSchema(file, name, schemasByName, siblings, apiAt, models) });
  }

  // Request body.
  let bodySchema: JsonSchema | undefined;
  let requestBody: JsonSchema | undefined;
  if (unnamedBody) {
    bodySchema = unnamedBody.schema;
    requestBody = {
      ...(unnamedBody.description && !/^request body$/i.test(unnamedBody.description) ? { description: unnamedBody.description } : {}),
      ...(unnamedBody.required ? { required: true } : {}),
      content: { 'application/json': { schema: bodySchema } },
    };
  } else if (bodyProperties.length > 0) {
    const properties: Record<string, JsonSchema> = {};
    for (const property of bodyProperties) properties[property.name] = property.description ? { ...property.schema, description: property.description } : property.schema;
    const required = bodyProperties.filter((p) => p.required).map((p) => p.name);
    bodySchema = { type: 'object', properties, ...(required.length > 0 ? { required } : {}) };
    requestBody = { ...(required.length > 0 ? { required: true } : {}), content: { 'application/json': { schema: bodySchema } } };
  }

  // Response.
  let response: JsonSchema = { description: 'OK' };
  const responseType = native.responseType;
  if (typeof responseType !== 'string' || responseType.trim() === '') {
    problems.add(file, at, 'operation has no responseType');
  } else if (responseType.trim() !== 'void') {
    response = { description: 'OK', content: { 'application/json': { schema: models.schemaOfField({ file, at: [...at, 'responseType'], text: responseType }) } } };
  }

  const docs = operationDocs({ description: native.description, longDescription: native.longDescription, status, iamActions, apiDescription, method, path });
  const operation: Operation = {
    summary: docs.summary,
    ...(docs.description !== undefined ? { description: docs.description } : {}),
    ...(docs.deprecation ? { deprecated: true, [DEPRECATION_NOTE]: docs.deprecation } : {}),
    ...(native.noAuthentication === true ? { security: [] } : {}),
    ...(parameters.length > 0 ? { parameters } : {}),
    ...(requestBody ? { requestBody } : {}),
    responses: { '200': response },
    'x-stratus-api': file.api,
    'x-ovh-api-status': status.value,
    'x-ovh-iam-actions': iamActions,
  };
  const operationId = typeof native.operationId === 'string' && native.operationId !== '' ? native.operationId : undefined;
  return { path, method, operation, file, at, identity: JSON.stringify([nativePath, native]), operationId, bodySchema };
}

/** Schema of a path parameter the operation does not declare: a same-named parameter of it, else the path parameter of a sibling operation, else string. */
function missingPathParameterSchema(file: OvhFile, name: string, own: ReadonlyMap<string, JsonSchema>, siblings: readonly OvhOperation[], apiAt: Segments, models: OvhModels): JsonSchema {
  const sameName = own.get(name);
  if (sameName) return structuredClone(sameName);
  for (const [operationIndex, sibling] of siblings.entries()) {
    const parameters = Array.isArray(sibling?.parameters) ? sibling.parameters : [];
    for (const [index, parameter] of parameters.entries()) {
      if (parameter?.paramType !== 'path' || parameter.name !== name) continue;
      const field = typeof parameter.fullType === 'string' ? 'fullType' : 'dataType';
      const text = parameter[field];
      if (typeof text === 'string') return models.schemaOfField({ file, at: [...apiAt, 'operations', operationIndex, 'parameters', index, field], text });
    }
  }
  return { type: 'string' };
}

function apiStatus(file: OvhFile, native: OvhOperation, at: Segments, problems: Problems): OvhApiStatus & { value: ApiStatus } {
  const status = native.apiStatus;
  if (status === undefined) return { value: 'PRODUCTION' };
  const value = isRecord(status) ? status.value : undefined;
  if (!API_STATUSES.includes(value as ApiStatus)) {
    problems.add(file, [...at, 'apiStatus', 'value'], `unknown apiStatus ${JSON.stringify(value ?? null)}`, `expected one of ${API_STATUSES.join(', ')}`);
    return { value: 'PRODUCTION' };
  }
  return status as OvhApiStatus & { value: ApiStatus };
}

/** Current shape `{name, required, description?}`; legacy snapshots list bare names (required). */
function normalizeIamActions(file: OvhFile, raw: unknown, at: Segments, problems: Problems): OvhIamAction[] {
  if (raw === undefined || raw === null) return [];
  if (!Array.isArray(raw)) {
    problems.add(file, at, 'iamActions must be a list');
    return [];
  }
  const actions: OvhIamAction[] = [];
  raw.forEach((entry: unknown, index) => {
    if (typeof entry === 'string' && entry !== '') actions.push({ name: entry, required: true });
    else if (isRecord(entry) && typeof entry['name'] === 'string' && entry['name'] !== '') {
      const description = nonEmpty(entry['description']);
      actions.push({ name: entry['name'], required: entry['required'] !== false, ...(description ? { description } : {}) });
    } else problems.add(file, [...at, index], 'an IAM action must be an action name or an object with a name');
  });
  return actions;
}

/** `2022-12-15T00:00:00Z` → `2022-12-15`; anything else as written. */
function day(date: string | undefined): string | undefined {
  if (date === undefined) return undefined;
  return /^\d{4}-\d{2}-\d{2}T/.test(date) ? date.slice(0, 10) : date;
}

/** The first sentence of the first line: `Update an existing notebook. Only labels …` → `Update an existing notebook.` */
export function firstSentence(text: string): string {
  const line = text.trim().split(/\r?\n/)[0]!.trim();
  return /^(.+?[.!?])\s+(?=[A-Z])/.exec(line)?.[1] ?? line;
}

export interface OperationDocsInput {
  description: unknown;
  longDescription: unknown;
  status: OvhApiStatus & { value: ApiStatus };
  iamActions: readonly OvhIamAction[];
  apiDescription: unknown;
  method: HttpMethod;
  path: string;
}

/**
 * JSDoc of an operation. `summary`: the first sentence of the description (else the description
 * of its path, else `METHOD /path`). `description`: the full description, the long description,
 * an ALPHA/BETA mark, the deprecation dates and replacement, and the IAM actions, as paragraphs.
 * The description text is left out when it is exactly the summary (JSDoc would show it twice),
 * so a one-sentence description with nothing else gives no `description` at all.
 */
export function operationDocs(input: OperationDocsInput): { summary: string; description?: string; deprecation?: string } {
  const text = nonEmpty(input.description);
  const summary = text !== undefined ? firstSentence(text) : (nonEmpty(input.apiDescription) ?? `${input.method.toUpperCase()} ${input.path}`);
  const parts: string[] = [];
  // A description that is just its summary is not repeated (JSDoc shows both).
  if (text !== undefined && text !== summary) parts.push(text);
  const long = nonEmpty(input.longDescription);
  if (long !== undefined) parts.push(long);
  const { status } = input;
  if (status.value === 'ALPHA') parts.push('**Alpha**: this API is experimental and may change or disappear without notice.');
  if (status.value === 'BETA') parts.push('**Beta**: this API may change.');
  let deprecation: string | undefined;
  if (status.value === 'DEPRECATED') {
    const since = day(nonEmpty(status.deprecatedDate));
    const removed = day(nonEmpty(status.deletionDate));
    const replacement = nonEmpty(status.replacement)?.replace(/(^|\s)\/1\.0(?=\/)/, '$1');
    deprecation = `Deprecated${since ? ` since ${since}` : ''}${removed ? `, removed on ${removed}` : ''}.${replacement ? ` Use \`${replacement}\` instead.` : ''}`;
    parts.push(deprecation);
  }
  if (input.iamActions.length > 0) {
    const actions = input.iamActions.map((action) => `\`${action.name}\` (${action.required ? 'required' : 'optional'}${action.description ? `: ${action.description}` : ''})`);
    parts.push(`IAM actions: ${actions.join(', ')}`);
  }
  const description = parts.join('\n\n');
  return { summary, ...(description !== '' && description !== summary ? { description } : {}), ...(deprecation ? { deprecation } : {}) };
}
