import type { HttpMethod, OpenApiDocument, Operation, PathItem } from '../../readers/openapi-document.js';
import { camelCase, hasOsPrefix, MANAGER_METHODS, pascal, RESERVED_CLIENT_MEMBERS, singular, stripOsPrefix, uniqueNames, type NameCandidate } from './manager-naming.js';
import { hasRequestBody, isRecord, propertiesOf, queryParameterNames, requestJsonSchema, resolve, schemaIsArray, successJsonSchema, variants } from './schema-lookup.js';

/** One operation a manager method calls. */
export interface ManagedOperation {
  path: string;
  method: HttpMethod;
  operation: Operation;
  /** The operation takes query parameters. */
  hasQuery: boolean;
  /** The operation takes a body (JSON, or another media type such as a binary upload or a JSON patch). */
  hasBody: boolean;
}

export type Paging = 'links' | 'marker' | 'none';

export interface ManagerAction extends ManagedOperation {
  /** Method name on the manager, e.g. `reboot`, `start`, `addRouterInterface`. */
  name: string;
  /** OpenStack action name sent as the body's only key (`os-start`); absent: the body is sent as given. */
  action?: string;
  /** The action's value may be left out (`{ "os-start": null }`). */
  optionalArgs: boolean;
  /** Acts on the collection (no item id). */
  onCollection: boolean;
  /** Path words after the item or collection (`['states', 'power']`): the name is the last, more if needed. */
  words?: string[];
}

export interface DerivedResource {
  /** Property name on the client: `servers`, `serverInterface`, `qosPolicies`. */
  name: string;
  /** The collection path as in the spec, e.g. `/servers/{server_id}/os-interface`. */
  collectionPath: string;
  list?: ManagedOperation & { items: string; paging: Paging };
  get?: ManagedOperation & { unwrap?: string };
  create?: ManagedOperation & { unwrap?: string };
  update?: ManagedOperation & { unwrap?: string };
  replace?: ManagedOperation & { unwrap?: string };
  delete?: ManagedOperation;
  actions: ManagerAction[];
}

export interface UnmappedOperation {
  path: string;
  method: HttpMethod;
  operationId: string | undefined;
  reason: string;
}

export interface DerivedManagers {
  resources: DerivedResource[];
  unmapped: UnmappedOperation[];
}

const METHODS: readonly HttpMethod[] = ['get', 'post', 'put', 'patch', 'delete'];

/** `/servers/{server_id}/os-interface` → `/servers/{}/os-interface`: the same path whatever its parameters are called. */
function shapeOf(path: string): string {
  return path.replace(/\{[^}]+\}/g, '{}');
}

function isParam(segment: string): boolean {
  return segment === '{}';
}

interface Shape {
  /** Actual spec path per method (spelled differently when two paths differ only in parameter names). */
  byMethod: Map<HttpMethod, { path: string; item: PathItem; operation: Operation }>;
  /** How the spec spells a collection that only exists through its item path. */
  spelled?: string;
}

/**
 * Resources and their methods, derived from paths only: a collection path (last segment a word)
 * with a GET returning an array and/or a POST; its item path (`…/{id}`) with GET/PUT/PATCH/DELETE;
 * `…/{id}/action` with `x-openstack` action names; `…/{id}/<verb>` POST/PUT paths as member calls.
 */
export function deriveResources(document: OpenApiDocument): DerivedManagers {
  const shapes = new Map<string, Shape>();
  for (const path of Object.keys(document.paths).sort()) {
    const item = document.paths[path]!;
    const shape = shapes.get(shapeOf(path)) ?? { byMethod: new Map() };
    shapes.set(shapeOf(path), shape);
    for (const method of METHODS) {
      const operation = item[method];
      if (operation && !shape.byMethod.has(method)) shape.byMethod.set(method, { path, item, operation });
    }
  }
  // An item path without a collection path (`/os-quota-sets/{id}`) still makes a resource: get/update/delete only.
  for (const [shape, { byMethod }] of [...shapes]) {
    const parent = shape.slice(0, -'/{}'.length);
    if (shape.endsWith('/{}') && !shapes.has(parent) && parent !== '' && !parent.endsWith('/{}')) {
      const itemPath = byMethod.values().next().value?.path;
      shapes.set(parent, { byMethod: new Map(), ...(itemPath ? { spelled: itemPath.slice(0, itemPath.lastIndexOf('/')) } : {}) });
    }
  }
  const used = new Set<Operation>();
  const reasons = new Map<Operation, string>();
  const managed = (shape: string, method: HttpMethod): ManagedOperation | undefined => {
    const found = shapes.get(shape)?.byMethod.get(method);
    if (!found) return undefined;
    return {
      path: found.path,
      method,
      operation: found.operation,
      hasQuery: queryParameterNames(document, found.operation, (found.item.parameters as unknown[] | undefined) ?? []).length > 0,
      hasBody: hasRequestBody(document, found.operation),
    };
  };
  const use = <T extends ManagedOperation | undefined>(operation: T): T => {
    if (operation) used.add(operation.operation);
    return operation;
  };

  const listsItems = (shape: string): boolean => {
    const list = shapes.get(shape)?.byMethod.get('get');
    return shapes.has(`${shape}/{}`) || (list !== undefined && itemsKey(document, list.operation, shape.split('/').at(-1)!) !== undefined);
  };

  // Collections: word-ended shapes that list (GET → array), have items, or only create.
  const collections = new Map<string, DerivedResource>();
  const verbs: { anchor: string; onCollection: boolean; words: string[]; operation: ManagedOperation }[] = [];
  for (const [shape, { byMethod, spelled }] of [...shapes].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const segments = shape.split('/').filter(Boolean);
    const last = segments.at(-1);
    if (last === undefined || isParam(last)) continue;
    if (last === 'detail' && shapes.has(shape.slice(0, -'/detail'.length))) continue;
    // novaclient lists with details: the summary list is left to `client.GET`.
    const summary = shapes.has(`${shape}/detail`) ? byMethod.get('get') : undefined;
    if (summary) reasons.set(summary.operation, `summary list; list() reads ${shape}/detail`);
    const parent = shape.slice(0, shape.lastIndexOf('/'));
    if (last === 'action') {
      const post = managed(shape, 'post');
      if (post && parent.endsWith('/{}')) verbs.push({ anchor: parent.slice(0, -3), onCollection: false, words: ['action'], operation: post });
      else if (post) reasons.set(post.operation, 'action on a whole collection (no item id)');
      continue;
    }
    const listOperation = managed(shapes.has(`${shape}/detail`) ? `${shape}/detail` : shape, 'get');
    const hasItems = shapes.has(`${shape}/{}`);
    // No response schema at all (Manila): trust the collection word when there are items to list.
    const untypedList = listOperation !== undefined && successJsonSchema(document, listOperation.operation) === undefined && hasItems;
    const items = untypedList ? stripOsPrefix(last).replaceAll('-', '_') : listOperation ? itemsKey(document, listOperation.operation, last) : undefined;
    const onlyWrites = [...byMethod.keys()].every((method) => method === 'post' || method === 'put');
    if (items === undefined && !hasItems && onlyWrites) {
      // `/routers/{id}/add_router_interface`, `/backups/import_record`: a call on the nearest item or collection.
      // The nearest item (`{id}`) or listing collection above (`/nodes/{id}/states/power` → the node,
      // `/boards/{id}/webservices/enable` → the board's webservices, `/backups/import_record` → backups).
      const anchorIndex = segments.findLastIndex((segment, index) => index < segments.length - 1 && (isParam(segment) || listsItems('/' + segments.slice(0, index + 1).join('/'))));
      if (anchorIndex >= 0) {
        const anchorSegments = segments.slice(0, anchorIndex + 1);
        const onItem = isParam(anchorSegments.at(-1)!);
        const words = segments.slice(anchorIndex + 1).filter((word) => word !== 'actions' && word !== 'action');
        for (const method of ['post', 'put'] as const) {
          const operation = managed(shape, method);
          if (operation) verbs.push({ anchor: '/' + (onItem ? anchorSegments.slice(0, -1) : anchorSegments).join('/'), onCollection: !onItem, words: words.length > 0 ? words : [last], operation });
        }
        continue;
      }
    }
    if (items === undefined && !hasItems && !byMethod.has('post')) {
      for (const { operation } of byMethod.values()) reasons.set(operation, listOperation ? 'GET answers no array to list, and there is no item path' : 'no list, item path or create');
      continue;
    }
    const resource: DerivedResource = { name: '', collectionPath: byMethod.values().next().value?.path ?? spelled ?? shape, actions: [] };
    if (listOperation && items !== undefined) {
      resource.list = { ...use(listOperation), items, paging: paging(document, listOperation, items) };
    } else if (listOperation) {
      reasons.set(listOperation.operation, 'GET answers no single array property to page through');
    }
    const create = use(managed(shape, 'post'));
    if (create) resource.create = withEnvelope(document, create);
    const itemShape = `${shape}/{}`;
    const get = use(managed(itemShape, 'get'));
    if (get) resource.get = withEnvelope(document, get);
    const patch = use(managed(itemShape, 'patch'));
    const put = use(managed(itemShape, 'put'));
    if (patch) resource.update = withEnvelope(document, patch);
    if (put) resource[patch ? 'replace' : 'update'] = withEnvelope(document, put);
    const del = use(managed(itemShape, 'delete'));
    if (del) resource.delete = del;
    collections.set(shape, resource);
  }

  // Actions and member calls, attached to their collection.
  for (const verb of verbs) {
    const resource = collections.get(verb.anchor);
    if (!resource) {
      reasons.set(verb.operation.operation, 'call on an item whose collection is not a resource');
      continue;
    }
    const actionVariants = verb.words[0] === 'action' && verb.words.length === 1 ? openstackActions(document, verb.operation.operation) : undefined;
    if (actionVariants) {
      for (const variant of actionVariants) resource.actions.push({ ...verb.operation, name: variant.action, action: variant.action, optionalArgs: variant.optionalArgs, onCollection: false });
    } else {
      resource.actions.push({ ...verb.operation, name: verb.words.at(-1)!, words: verb.words, optionalArgs: !verb.operation.hasBody, onCollection: verb.onCollection });
    }
    use(verb.operation);
  }

  const resources = nameResources([...collections.entries()], (resource, reason) => {
    for (const operation of [resource.list, resource.get, resource.create, resource.update, resource.replace, resource.delete, ...resource.actions]) if (operation) reasons.set(operation.operation, reason);
  });
  for (const resource of resources) nameActions(resource, reasons);
  // Action names dropped as clashes are no longer used.
  const stillUsed = new Set<Operation>();
  for (const resource of resources) {
    for (const operation of [resource.list, resource.get, resource.create, resource.update, resource.replace, resource.delete, ...resource.actions]) if (operation) stillUsed.add(operation.operation);
  }
  const unmapped: UnmappedOperation[] = [];
  for (const path of Object.keys(document.paths).sort()) {
    for (const method of METHODS) {
      const operation = document.paths[path]![method];
      if (!operation || stillUsed.has(operation)) continue;
      unmapped.push({ path, method, operationId: operation.operationId, reason: reasons.get(operation) ?? defaultReason(path, method, operation) });
    }
  }
  return { resources, unmapped };

  function defaultReason(path: string, method: HttpMethod, operation: Operation): string {
    const shape = shapeOf(path);
    if (shapes.get(shape)?.byMethod.get(method)?.operation !== operation) return 'same path as another with differently named parameters';
    if (shape.endsWith('/{}')) return 'item path below a path that is not a collection';
    if (method !== 'get' && method !== 'post') return `${method.toUpperCase()} on a whole collection`;
    if (shape === '/' || shape.split('/').filter(Boolean).every(isParam)) return 'no collection word in the path';
    return 'not a list, item, create or action shape';
  }
}

/** The array property of a list response: the one named like the collection, else the only one. */
function itemsKey(document: OpenApiDocument, operation: Operation, lastSegment: string): string | undefined {
  const arrays = new Set<string>();
  for (const variant of variants(document, successJsonSchema(document, operation))) {
    for (const [key, schema] of Object.entries(propertiesOf(document, variant))) {
      if (key !== 'links' && !key.endsWith('_links') && schemaIsArray(document, schema)) arrays.add(key);
    }
  }
  if (arrays.has(lastSegment)) return lastSegment;
  if (arrays.has(stripOsPrefix(lastSegment))) return stripOsPrefix(lastSegment);
  return arrays.size === 1 ? [...arrays][0] : undefined;
}

function paging(document: OpenApiDocument, list: ManagedOperation, items: string): Paging {
  for (const variant of variants(document, successJsonSchema(document, list.operation))) {
    const properties = propertiesOf(document, variant);
    if (`${items}_links` in properties || 'links' in properties || 'next' in properties) return 'links';
  }
  const item = document.paths[list.path]!;
  return queryParameterNames(document, list.operation, (item.parameters as unknown[] | undefined) ?? []).includes('marker') ? 'marker' : 'none';
}

/** `{ "server": {…} }` in every variant → `unwrap: 'server'`. */
function withEnvelope<T extends ManagedOperation>(document: OpenApiDocument, operation: T): T & { unwrap?: string } {
  const all = variants(document, successJsonSchema(document, operation.operation));
  if (all.length === 0) return operation;
  const keys = new Set<string>();
  for (const variant of all) {
    const properties = propertiesOf(document, variant);
    const names = Object.keys(properties);
    if (names.length !== 1) return operation;
    const inner = resolve(document, properties[names[0]!]);
    if (!inner || !(inner['type'] === 'object' || isRecord(inner['properties']) || Array.isArray(inner['oneOf']))) return operation;
    keys.add(names[0]!);
  }
  return keys.size === 1 ? { ...operation, unwrap: [...keys][0]! } : operation;
}

/** `x-openstack: { discriminator: action }` bodies: one entry per distinct `action-name`. */
function openstackActions(document: OpenApiDocument, operation: Operation): { action: string; optionalArgs: boolean }[] | undefined {
  const body = resolve(document, requestJsonSchema(document, operation));
  const marker = body?.['x-openstack'];
  if (!isRecord(marker) || marker['discriminator'] !== 'action') return undefined;
  const found = new Map<string, boolean>();
  for (const variant of variants(document, body)) {
    const extension = variant['x-openstack'];
    const action = isRecord(extension) && typeof extension['action-name'] === 'string' ? extension['action-name'] : undefined;
    if (action === undefined) continue;
    const properties = propertiesOf(document, variant);
    if (!(action in properties)) continue;
    const value = resolve(document, properties[action]) ?? {};
    const required = Array.isArray(variant['required']) && variant['required'].includes(action);
    const type = value['type'];
    const meaningful = Object.keys(value).filter((key) => key !== 'description' && key !== 'summary' && !key.startsWith('x-'));
    const optional = !required || meaningful.length === 0 || type === 'null' || (Array.isArray(type) && type.includes('null'));
    found.set(action, (found.get(action) ?? false) || optional);
  }
  return [...found].sort(([a], [b]) => (a < b ? -1 : 1)).map(([action, optionalArgs]) => ({ action, optionalArgs }));
}

/** Words of a collection shape: `[['qos', 'policies'], ['bandwidth_limit_rules']]` (one group per nesting level). */
function wordGroups(shape: string): string[][] {
  const groups: string[][] = [[]];
  for (const segment of shape.split('/').filter(Boolean)) {
    if (isParam(segment)) groups.push([]);
    else groups.at(-1)!.push(segment);
  }
  return groups.filter((group) => group.length > 0);
}

function nameResources(entries: [string, DerivedResource][], reasonFor: (resource: DerivedResource, reason: string) => void): DerivedResource[] {
  const byShape = new Map(entries);
  // Parents first, so a nested collection is named after its parent's final name.
  const levels = [...new Set(entries.map(([shape]) => wordGroups(shape).length))].sort((a, b) => a - b);
  const named: DerivedResource[] = [];
  const finalName = new Map<string, string>();
  const taken = new Set<string>();
  for (const level of levels) {
    const candidates: NameCandidate<string>[] = entries
      .filter(([shape]) => wordGroups(shape).length === level)
      .map(([shape]) => {
        const groups = wordGroups(shape);
        const own = groups.at(-1)!;
        const parentName = level === 1 ? '' : parentNameOf(shape, finalName, groups);
        const ownWord = own.at(-1)!;
        return {
          key: shape,
          maxDepth: own.length,
          osPrefixed: hasOsPrefix(ownWord),
          nameAt(depth: number, keepOs: boolean) {
            const name = tailName(own, depth, keepOs);
            // `/flavors/{id}/os-flavor-access` → `flavorAccess`, not `flavorFlavorAccess`.
            const parent = singular(parentName);
            const full = !parentName ? name : name.toLowerCase().startsWith(parent.toLowerCase()) ? name : parent + pascal(name);
            return RESERVED_CLIENT_MEMBERS.has(full) ? `${full}Resource` : full;
          },
        };
      });
    const { names, clashes } = uniqueNames(candidates);
    for (const shape of clashes) reasonFor(byShape.get(shape)!, 'resource name clashes with another of the same depth');
    for (const [shape, name] of [...names].sort(([a], [b]) => (a < b ? -1 : 1))) {
      if (taken.has(name)) {
        reasonFor(byShape.get(shape)!, `resource name ${name} is taken by a less nested one`);
        continue;
      }
      taken.add(name);
      finalName.set(shape, name);
      named.push({ ...byShape.get(shape)!, name });
    }
  }
  return named.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

/** The last `depth` words, camelCased, `os-` dropped from each except the last one when `keepOs`. */
function tailName(words: readonly string[], depth: number, keepOs: boolean): string {
  return camelCase(words.slice(words.length - depth).map((word, index, all) => (keepOs && index === all.length - 1 ? word : stripOsPrefix(word))).join('-'));
}

/** The name of the collection a nested one hangs off: its resource name, else built the same way from its own parents. */
function parentNameOf(shape: string, finalName: Map<string, string>, groups: string[][]): string {
  const parentShape = shape.slice(0, shape.lastIndexOf('/{}/'));
  const named = finalName.get(parentShape);
  if (named !== undefined) return named;
  const own = camelCase(stripOsPrefix(groups.at(-2)!.at(-1)!));
  return groups.length > 2 ? singular(parentNameOf(parentShape, finalName, groups.slice(0, -1))) + pascal(own) : own;
}

/** Method names for actions: camelCase, `os-` dropped unless that clashes, `Action` after a CRUD name, duplicates dropped. */
function nameActions(resource: DerivedResource, reasons: Map<Operation, string>): void {
  const candidates: NameCandidate<number>[] = resource.actions.map((action, index) => {
    const words = action.words ?? [action.action ?? action.name];
    const raw = words.at(-1)!;
    return {
      key: index,
      maxDepth: words.length,
      osPrefixed: hasOsPrefix(raw),
      nameAt(depth: number, keepOs: boolean) {
        const name = tailName(words, depth, keepOs);
        return MANAGER_METHODS.has(name) ? `${name}Action` : name;
      },
    };
  });
  const { names, clashes } = uniqueNames(candidates);
  for (const index of clashes) reasons.set(resource.actions[index]!.operation, `action method name clashes within ${resource.name}`);
  resource.actions = resource.actions.flatMap((action, index) => (names.has(index) ? [{ ...action, name: names.get(index)! }] : [])).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}
