import type { PackageConfig } from '../config/package-config.js';
import { deriveResources } from '../emitters/managers/derive-resources.js';
import { HTTP_METHODS, type OpenApiDocument, type Operation } from '../readers/openapi-document.js';
import { resolvePointer } from '../diagnostics/json-pointer.js';
import { docsHash, DOCS_KEY, normalizeSchema, openstackFacts } from './normalize-schema.js';
import { compareText } from './stable-json.js';
import type { ApiSurface, OperationSurface, ParameterSurface, ResponseSurface } from './surface-model.js';

type Node = Record<string, unknown>;

const isNode = (value: unknown): value is Node => value !== null && typeof value === 'object' && !Array.isArray(value);

/** Follows local `$ref`s of parameters, request bodies, responses and headers (schemas stay references). */
function resolveObject(document: OpenApiDocument, value: unknown): Node | undefined {
  let node = value;
  for (let hops = 0; isNode(node) && typeof node['$ref'] === 'string' && hops < 20; hops++) {
    const ref = node['$ref'] as string;
    node = ref.startsWith('#') ? resolvePointer(document, decodeURIComponent(ref.slice(1))) : undefined;
  }
  return isNode(node) ? node : undefined;
}

/** `/servers/{id}` under `@stratus/ovh` → the entry point users import it from. */
export function entryPointName(config: PackageConfig, api: string | undefined): string {
  if (config.layout !== 'api-entry-points') return config.name;
  return [config.name, config.entryPrefix, api].filter(Boolean).join('/');
}

/** Manager methods by operation (`GET /servers/{id}` → `servers.get`), as the managers emitter derives them. */
function managerMethods(document: OpenApiDocument): Map<string, string[]> {
  const byOperation = new Map<string, string[]>();
  const add = (method: string, path: string, name: string) => {
    const key = `${method.toUpperCase()} ${path}`;
    byOperation.set(key, [...(byOperation.get(key) ?? []), name]);
  };
  for (const resource of deriveResources(document).resources) {
    if (resource.list) {
      add(resource.list.method, resource.list.path, `${resource.name}.list`);
      add(resource.list.method, resource.list.path, `${resource.name}.find`);
    }
    for (const kind of ['get', 'create', 'update', 'replace', 'delete'] as const) {
      const operation = resource[kind];
      if (operation) add(operation.method, operation.path, `${resource.name}.${kind}`);
    }
    for (const action of resource.actions) add(action.method, action.path, `${resource.name}.${action.name}`);
  }
  for (const names of byOperation.values()) names.sort(compareText);
  return byOperation;
}

/** Keys `deprecated`, `required`, `schema`: already in code-point order. */
function parameterSurface(document: OpenApiDocument, parameter: Node, docs: unknown[]): ParameterSurface {
  for (const key of ['description', 'example', 'examples'] as const) if (parameter[key] !== undefined) docs.push([key, parameter[key]]);
  let schema: unknown = parameter['schema'];
  // A parameter may carry its schema as `content: { media: { schema } }` instead.
  if (schema === undefined && isNode(parameter['content'])) schema = Object.values(parameter['content']).map((media) => (isNode(media) ? media['schema'] : undefined))[0];
  return {
    ...(parameter['required'] === true ? { required: true as const } : {}),
    ...(parameter['deprecated'] === true ? { deprecated: true as const } : {}),
    schema: normalizeSchema(schema ?? {}, docs),
  };
}

function contentSurface(content: unknown, docs: unknown[]): Record<string, unknown> | undefined {
  if (!isNode(content)) return undefined;
  const out: Record<string, unknown> = {};
  for (const [media, value] of Object.entries(content)) {
    const entry = isNode(value) ? value : {};
    for (const key of ['example', 'examples'] as const) if (entry[key] !== undefined) docs.push([key, entry[key]]);
    out[media] = normalizeSchema(entry['schema'] ?? {}, docs);
  }
  return sortShallow(out);
}

function operationSurface(document: OpenApiDocument, pathParameters: unknown[] | undefined, operation: Operation, managers: string[] | undefined): OperationSurface {
  const docs: unknown[] = [];
  for (const key of ['summary', 'description'] as const) if (operation[key] !== undefined) docs.push([key, operation[key]]);
  const surface: OperationSurface = {};
  if (typeof operation.summary === 'string' && operation.summary !== '') surface.summary = operation.summary;
  if (operation.deprecated === true) surface.deprecated = true;
  const status = operation['x-ovh-api-status'];
  if (typeof status === 'string' && status !== 'PRODUCTION' && status !== 'DEPRECATED') surface.status = status;
  if (Array.isArray(operation.security) && operation.security.length === 0) surface.unauthenticated = true;
  const facts = openstackFacts(operation as Node);
  const range = facts && Object.fromEntries(Object.entries(facts).filter(([key]) => key === 'min-ver' || key === 'max-ver'));
  if (range && Object.keys(range).length > 0) surface['x-openstack'] = range;
  if (managers && managers.length > 0) surface.managers = managers;

  // Path-level parameters apply unless the operation redefines them (same name and location).
  const parameters: Record<string, ParameterSurface> = {};
  for (const list of [pathParameters, operation.parameters]) {
    for (const raw of list ?? []) {
      const parameter = resolveObject(document, raw);
      if (!parameter || typeof parameter['name'] !== 'string' || typeof parameter['in'] !== 'string') continue;
      parameters[`${parameter['in']} ${parameter['name']}`] = parameterSurface(document, parameter, docs);
    }
  }
  if (Object.keys(parameters).length > 0) surface.parameters = sortShallow(parameters);

  const body = resolveObject(document, operation.requestBody);
  if (body) {
    if (body['description'] !== undefined) docs.push(['description', body['description']]);
    surface.requestBody = sortShallow({ ...(body['required'] === true ? { required: true as const } : {}), ...contentSurface(body['content'], docs) });
  }

  const responses: Record<string, ResponseSurface> = {};
  for (const [status, raw] of Object.entries(operation.responses ?? {})) {
    const response = resolveObject(document, raw) ?? {};
    if (response['description'] !== undefined) docs.push(['response', response['description']]);
    const result: ResponseSurface = { ...contentSurface(response['content'], docs) };
    if (isNode(response['headers'])) {
      const headers: Record<string, ParameterSurface> = {};
      for (const [name, header] of Object.entries(response['headers'])) {
        const resolved = resolveObject(document, header);
        if (resolved) headers[name] = parameterSurface(document, resolved, docs);
      }
      if (Object.keys(headers).length > 0) result.headers = sortShallow(headers);
    }
    responses[status] = sortShallow(result);
  }
  if (Object.keys(responses).length > 0) surface.responses = sortShallow(responses);
  const hash = docsHash(docs);
  if (hash) surface.docs = hash;
  return sortShallow(surface);
}

/** The same object with its own keys in code-point order (its values are sorted already). */
function sortShallow<T extends object>(record: T): T {
  return Object.fromEntries(Object.entries(record).sort(([a], [b]) => compareText(a, b))) as T;
}

/** Component names a normalised node references. */
function collectRefs(node: unknown, into: Set<string>): void {
  if (Array.isArray(node)) for (const child of node) collectRefs(child, into);
  else if (isNode(node)) {
    for (const [key, child] of Object.entries(node)) {
      if (key === '$ref' && typeof child === 'string') into.add(child);
      else collectRefs(child, into);
    }
  }
}

/**
 * The API surface of every entry point of a package config, from its IR (call before any emitter
 * annotates the document). A service package is one entry point; an `api-entry-points` package
 * has one per value of its API extension, each with the components its operations reach.
 */
export function extractSurfaces(config: PackageConfig, document: OpenApiDocument): ApiSurface[] {
  const managers = config.layout === 'api-entry-points' ? new Map<string, string[]>() : managerMethods(document);
  const byEntry = new Map<string, ApiSurface>();
  for (const [path, item] of Object.entries(document.paths)) {
    for (const method of HTTP_METHODS) {
      const operation = item[method];
      if (!operation) continue;
      const api = config.layout === 'api-entry-points' ? operation[config.apiExtension] : undefined;
      const entryPoint = entryPointName(config, typeof api === 'string' ? api : undefined);
      let surface = byEntry.get(entryPoint);
      if (!surface) byEntry.set(entryPoint, (surface = { package: config.name, entryPoint, operations: {}, schemas: {} }));
      const key = `${method.toUpperCase()} ${path}`;
      surface.operations[key] = operationSurface(document, item.parameters, operation, managers.get(key));
    }
  }

  // Components: normalised once, shared by the entry points that reach them.
  const components = (document.components?.schemas ?? {}) as Record<string, unknown>;
  const normalized = new Map<string, { schema: unknown; refs: Set<string> }>();
  const component = (name: string) => {
    let entry = normalized.get(name);
    if (!entry) {
      const docs: unknown[] = [];
      const schema = normalizeSchema(components[name], docs);
      const hash = docsHash(docs);
      const refs = new Set<string>();
      collectRefs(schema, refs);
      entry = { schema: hash && isNode(schema) ? { ...schema, [DOCS_KEY]: hash } : schema, refs };
      normalized.set(name, entry);
    }
    return entry;
  };
  for (const surface of byEntry.values()) {
    const pending = new Set<string>();
    collectRefs(surface.operations, pending);
    const reached = new Set<string>();
    for (const name of pending) {
      if (reached.has(name) || !(name in components)) continue;
      reached.add(name);
      for (const next of component(name).refs) pending.add(next);
    }
    for (const name of [...reached].sort(compareText)) surface.schemas[name] = component(name).schema;
  }
  // Keys in code-point order, as in the committed files, so that equal surfaces compare equal as text
  // (schemas already are; the operations' own keys are sorted here).
  return [...byEntry.values()]
    .sort((a, b) => compareText(a.entryPoint, b.entryPoint))
    .map((surface) => ({ ...surface, operations: sortShallow(surface.operations), schemas: surface.schemas }));
}
