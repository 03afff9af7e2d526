import { IndentationText, Project, QuoteKind } from 'ts-morph';
import type { Operation } from '../../readers/openapi-document.js';
import { deprecationNote } from '../deprecation.js';
import { printJsDoc } from '../js-doc.js';
import { camelCase } from './manager-naming.js';
import type { DerivedManagers, DerivedResource, ManagedOperation, ManagerAction } from './derive-resources.js';

export interface EmitManagersOptions {
  /** Type name prefix, e.g. `Compute` → `ComputeManagers`. */
  typePrefix: string;
  /** Display name for docs, e.g. "OpenStack Compute (Nova)". */
  displayName: string;
  /** Operations in the spec, for the coverage note. */
  operationCount: number;
  /** Module exporting `managerOptions` (the package's own unwrap and find errors), if any. */
  managerOptionsModule?: string;
}

const MAX_DOC_LENGTH = 320;

/**
 * The package's `managers.ts`: the resource table `attachManagers` (in @stratus/core/internal) interprets,
 * the `<Prefix>Managers<P>` interface typing every method from the client's paths type `P`, and
 * `withManagers`, which `create<Service>Client` wraps its client in.
 */
export function emitManagers(derived: DerivedManagers, options: EmitManagersOptions, header: string): string {
  const project = new Project({ useInMemoryFileSystem: true, manipulationSettings: { indentationText: IndentationText.TwoSpaces, quoteKind: QuoteKind.Single } });
  const file = project.createSourceFile('managers.ts', '', { overwrite: true });
  const interfaceName = `${options.typePrefix}Managers`;
  const mapped = options.operationCount - derived.unmapped.length;

  const coreTypes = ['Pager', 'ServiceClient', 'QueryAt', 'RequestBodyAt', 'ResultAt', 'ListItemAt', 'FilterOf', 'Finders', 'ActionArgsAt', 'ResponseDataAt'];
  file.addImportDeclaration({ moduleSpecifier: '@stratus/core', namedImports: coreTypes.map((name) => ({ name, isTypeOnly: true })) });
  // The table interpreter is internal to Stratus: users see only the typed managers.
  file.addImportDeclaration({ moduleSpecifier: '@stratus/core/internal', namedImports: ['attachManagers', { name: 'ManagerTable', isTypeOnly: true }] });
  if (options.managerOptionsModule) file.addImportDeclaration({ moduleSpecifier: options.managerOptionsModule, namedImports: ['managerOptions'] });

  // The bulky parts are written as text at top level (ts-morph keeps top-level text as is); formatting the
  // whole file with ts-morph cost more than everything else the generator does for a package.
  const tableDoc = printJsDoc({ text: [`What each manager method calls: paths, HTTP methods, list item keys, envelopes and OpenStack action names. ${mapped} of ${options.operationCount} operations have a manager method; call the others with \`client.GET\`, \`client.POST\`, ….`] });
  const interfaceDoc = printJsDoc({
    text: [
      `novaclient-style managers of the ${options.displayName} API, typed from the client's paths \`P\` (so a client narrowed to a microversion has narrowed managers).`,
      '`list()` pages through every result (`for await`, `.firstPage()`, `.all()`); `find(filter)` lists with details and returns the one item whose attributes equal the filter; `get`, `create`, `update`, `delete` return the item without its envelope; OpenStack actions (`POST …/action`) are methods named after the action.\nEvery method throws the typed ApiError of a failed call.',
    ],
  });
  const members = derived.resources.map((resource) => {
    const { finders, members: methods } = resourceMembers(resource);
    return `${printJsDoc({ text: [resourceDoc(resource)] }, '  ')}\n  readonly ${resource.name}: ${finders ? `${finders} & ` : ''}{\n${indent(methods.join('\n'), '    ')}\n  };`;
  });
  // One text, so the blank line between the table and the interface stays.
  file.addStatements(
    `${tableDoc}\nconst managerTable: ManagerTable = ${tableLiteral(derived.resources)};\n\n` +
      `${interfaceDoc}\nexport interface ${interfaceName}<P extends {}> {\n${members.join('\n')}\n}`,
  );

  file.addFunction({
    isExported: true,
    name: 'withManagers',
    typeParameters: [{ name: 'P', constraint: '{}' }],
    parameters: [{ name: 'client', type: 'ServiceClient<P>' }],
    returnType: `ServiceClient<P> & ${interfaceName}<P>`,
    docs: [`Adds the ${options.displayName} managers (\`client.${derived.resources[0]?.name ?? 'resources'}.list()\`, ...) to a client; each is built on first use.`],
    statements: [`return attachManagers(client, managerTable${options.managerOptionsModule ? ', managerOptions' : ''}) as ServiceClient<P> & ${interfaceName}<P>;`],
  });
  // A blank line after the imports, as the other generated files have.
  return header + '\n' + file.getFullText().replace("';\n/** What each manager", "';\n\n/** What each manager");
}

function tableLiteral(resources: readonly DerivedResource[]): string {
  const table: Record<string, unknown> = {};
  for (const resource of resources) {
    const spec: Record<string, unknown> = {};
    if (resource.list) spec['list'] = { path: resource.list.path, items: resource.list.items };
    for (const kind of ['get', 'create', 'replace'] as const) {
      const operation = resource[kind];
      if (operation) spec[kind] = { path: operation.path, ...(operation.unwrap ? { unwrap: operation.unwrap } : {}) };
    }
    if (resource.update) spec['update'] = { path: resource.update.path, method: resource.update.method, ...(resource.update.unwrap ? { unwrap: resource.update.unwrap } : {}) };
    if (resource.delete) spec['delete'] = { path: resource.delete.path };
    if (resource.actions.length > 0) {
      spec['actions'] = Object.fromEntries(resource.actions.map((action) => [action.name, { path: action.path, method: action.method, ...(action.action ? { action: action.action } : {}) }]));
    }
    table[resource.name] = spec;
  }
  return literal(table);
}

function resourceDoc(resource: DerivedResource): string {
  const parts = [resource.list && 'list', resource.list && 'find', resource.get && 'get', resource.create && 'create', resource.update && 'update', resource.replace && 'replace', resource.delete && 'delete'].filter(Boolean);
  const actions = resource.actions.length > 0 ? ` and ${resource.actions.length} action${resource.actions.length === 1 ? '' : 's'}` : '';
  return `\`${resource.collectionPath}\`: ${parts.join(', ') || 'calls'}${actions}.`;
}

/**
 * The methods of a resource's manager; `find` and `findAll` are core's `Finders<P, path, items>`
 * (`finders`) instead when its list takes no path parameters and is typed (most managers), so they are
 * not written out once per manager.
 */
function resourceMembers(resource: DerivedResource): { members: string[]; finders?: string } {
  const members: string[] = [];
  let finders: string | undefined;
  const list = resource.list;
  if (list) {
    const at = atArgs(list);
    const untyped = !hasJsonResponse(list.operation);
    const item = untyped ? 'unknown' : `ListItemAt<P, '${list.path}', '${list.items}'>`;
    const ids = idParams(list.path);
    const paging = list.paging === 'links' ? `following the next links` : list.paging === 'marker' ? 'continuing from the last id (`marker`) while pages are full (pass `limit`)' : 'in one page';
    members.push(
      doc(list.operation, `\`GET ${list.path}\`: every item under \`${list.items}\`, ${paging}. Iterate with \`for await\`, or use \`.firstPage()\` / \`.all()\`.${untyped ? ' Items are untyped: the spec declares no response schema.' : ''}`, ids.map((id) => ['param', `${id} path parameter`] as const)) +
        `list(${params(ids, list.hasQuery ? [`query?: QueryAt<${at}>`] : [])}): Pager<${item}>;`,
    );
    if (ids.length === 0 && !untyped) finders = `Finders<P, '${list.path}', '${list.items}'>`;
    else {
      members.push(
        doc(undefined, `Lists (\`GET ${list.path}\`, every page) and returns the one item whose attributes equal \`filter\`, like novaclient's \`find(**kwargs)\`.`, [['throws', 'NoMatchError (a NotFoundError) when none matches; NoUniqueMatchError when several do.']]) +
          `find(${params(ids, [`filter: FilterOf<${item}>`])}): Promise<${item}>;`,
      );
      members.push(doc(undefined, `Every item of \`list()\` whose attributes equal \`filter\` (\`GET ${list.path}\`, every page).`, []) + `findAll(${params(ids, [`filter: FilterOf<${item}>`])}): Promise<${item}[]>;`);
    }
  }
  if (resource.get) members.push(crud('get', resource.get, resource.get.hasQuery ? [`query?: QueryAt<${atArgs(resource.get)}>`] : []));
  if (resource.create) members.push(crud('create', resource.create, bodyParam(resource.create)));
  if (resource.update) members.push(crud('update', resource.update, bodyParam(resource.update)));
  if (resource.replace) members.push(crud('replace', resource.replace, bodyParam(resource.replace)));
  if (resource.delete) {
    const ids = idParams(resource.delete.path);
    members.push(doc(resource.delete.operation, `\`DELETE ${resource.delete.path}\`.`, []) + `delete(${params(ids, [])}): Promise<void>;`);
  }
  for (const action of resource.actions) members.push(actionMember(action));
  return { members, finders };
}

function indent(text: string, by: string): string {
  return text.split('\n').map((line) => (line === '' ? line : by + line)).join('\n');
}

function crud(name: string, operation: ManagedOperation & { unwrap?: string }, extra: string[]): string {
  const at = atArgs(operation);
  const result = hasJsonResponse(operation.operation) ? `ResultAt<${at}${operation.unwrap ? `, '${operation.unwrap}'` : ''}>` : `ResponseDataAt<${at}>`;
  const envelope = operation.unwrap ? ` Returns the \`${operation.unwrap}\` without its envelope.` : '';
  return doc(operation.operation, `\`${operation.method.toUpperCase()} ${operation.path}\`.${envelope}`, []) + `${name}(${params(idParams(operation.path), extra)}): Promise<${result}>;`;
}

function actionMember(action: ManagerAction): string {
  const at = atArgs(action);
  const ids = idParams(action.path);
  if (action.action !== undefined) {
    const line = `\`POST ${action.path}\` with \`{ "${action.action}": ${action.optionalArgs ? 'args ?? null' : 'args'} }\`.`;
    return doc(action.operation, `${action.action} action: ${line}`, [], { title: actionSummary(action.operation, action.action), describe: false }) + `${action.name}(${params(ids, [`args${action.optionalArgs ? '?' : ''}: ActionArgsAt<P, '${action.path}', '${action.action}'>`])}): Promise<ResponseDataAt<${at}>>;`;
  }
  return doc(action.operation, `\`${action.method.toUpperCase()} ${action.path}\`.`, []) + `${action.name}(${params(ids, bodyParam(action))}): Promise<ResponseDataAt<${at}>>;`;
}

function bodyParam(operation: ManagedOperation): string[] {
  return operation.hasBody ? [`body: RequestBodyAt<${atArgs(operation)}>`] : [];
}

/** `P, '/servers/{id}', 'get'`: the arguments of core's `…At` types for `operation`. */
function atArgs(operation: ManagedOperation): string {
  return `P, '${operation.path}', '${operation.method}'`;
}

/** `/servers/{server_id}/os-interface/{id}` → `serverId: string, id: string`. */
function idParams(path: string): string[] {
  const seen = new Map<string, number>();
  return [...path.matchAll(/\{([^}]+)\}/g)].map((match) => {
    let name = camelCase(match[1]!) || 'id';
    const count = (seen.get(name) ?? 0) + 1;
    seen.set(name, count);
    if (count > 1) name = `${name}${count}`;
    return name;
  });
}

function params(ids: string[], extra: string[]): string {
  return [...ids.map((id) => `${id}: string`), ...extra].join(', ');
}

function hasJsonResponse(operation: Operation): boolean {
  return Object.entries(operation.responses ?? {}).some(([status, response]) => /^2/.test(status) && typeof response === 'object' && response !== null && 'content' in response);
}

/** The action variant's summary, e.g. "Reboot Server (reboot Action)", is not on the operation; the operation summary is generic. */
function actionSummary(operation: Operation, action: string): string {
  return `${operation.summary ? `${operation.summary}: ` : ''}\`${action}\``;
}

/**
 * A JSDoc block and its newline: the summary (or `title`) and the start of the operation's
 * description (unless `describe` is false), then `line` and `tags`, and `@deprecated` with the
 * spec's note when the operation is deprecated.
 */
function doc(operation: Operation | undefined, line: string, tags: readonly (readonly [string, string])[], options: { title?: string; describe?: boolean } = {}): string {
  const summary = options.title ?? operation?.summary?.trim();
  const description = operation?.description && options.describe !== false ? firstParagraph(operation.description) : undefined;
  const note = operation && deprecationNote(operation);
  return printJsDoc({ text: [summary, description !== summary ? description : undefined, line], tags: [...tags, ...(note ? [['deprecated', note] as const] : [])] }) + '\n';
}

function firstParagraph(text: string): string {
  const paragraph = text.trim().split(/\n\s*\n/)[0]!.replace(/\s+/g, ' ').trim();
  return paragraph.length > MAX_DOC_LENGTH ? `${paragraph.slice(0, MAX_DOC_LENGTH - 1).trimEnd()}…` : paragraph;
}

/** Plain data as a TypeScript literal: identifier keys unquoted, single-quoted strings, sorted as given. */
function literal(value: unknown, indent = ''): string {
  if (value === null || typeof value !== 'object') return typeof value === 'string' ? `'${value.replaceAll('\\', '\\\\').replaceAll("'", "\\'")}'` : String(value);
  const inner = indent + '  ';
  const entries = Object.entries(value).map(([key, item]) => `${inner}${/^[A-Za-z_$][\w$]*$/.test(key) ? key : `'${key}'`}: ${literal(item, inner)},`);
  return `{\n${entries.join('\n')}\n${indent}}`;
}
