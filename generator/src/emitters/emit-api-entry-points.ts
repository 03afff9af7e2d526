import { posix } from 'node:path';
import { SpecError } from '../diagnostics/spec-error.js';
import type { ApiEntryPointsConfig } from '../config/package-config.js';
import { HTTP_METHODS, type HttpMethod, type OpenApiDocument, type Operation, type PathItem } from '../readers/openapi-document.js';
import { subDocument } from '../transforms/prune-components.js';
import { SCHEMA_ALIAS, usesSchemaAlias } from './schema-alias.js';
import { emitTypes } from './emit-types.js';
import { compactOperationType, createCompactContext, operationDoc } from './compact-operation-type.js';
import { capitalize, entryIdentifier, inlineSchemaKey } from './generated-names.js';

/** Methods that get a map in the per-method operations interface. */
const MAP_METHODS: readonly HttpMethod[] = ['get', 'post', 'put', 'delete', 'patch'];

export interface ApiEntryPoint {
  /** API name, e.g. `me`, `dedicated/server`, `v2/iam`. */
  api: string;
  operationCount: number;
}

/** Groups the IR's paths by the API extension of their operations. */
function groupByApi(document: OpenApiDocument, extension: string, file: string): Map<string, Record<string, PathItem>> {
  const groups = new Map<string, Record<string, PathItem>>();
  for (const [path, item] of Object.entries(document.paths)) {
    for (const method of HTTP_METHODS) {
      const operation = item[method];
      if (!operation) continue;
      const api = operation[extension];
      if (typeof api !== 'string' || api === '') {
        throw new SpecError({ message: `operation has no ${extension}, so it belongs to no entry point`, file, pointer: `/paths/${path.replaceAll('~', '~0').replaceAll('/', '~1')}/${method}` });
      }
      const paths = groups.get(api) ?? {};
      paths[path] = { ...(paths[path] ?? {}), [method]: operation };
      if (item.parameters) paths[path]!.parameters = item.parameters;
      groups.set(api, paths);
    }
  }
  return new Map([...groups].sort(([a], [b]) => (a < b ? -1 : 1)));
}

/**
 * One module per API under `src/generated/apis/` (re-exported by the package's `./*` subpath
 * pattern), its openapi-typescript types under `src/generated/schemas/`, and `apis/all.ts`.
 * Each module exports a per-method operations map (path completion is one `keyof`) and the
 * runtime descriptor built with the package's own `defineApi` function.
 */
export async function emitApiEntryPoints(config: ApiEntryPointsConfig, document: OpenApiDocument, header: string, sourceName: string): Promise<{ files: Map<string, string>; entries: ApiEntryPoint[]; ownedFolders: string[] }> {
  const files = new Map<string, string>();
  const entries: ApiEntryPoint[] = [];
  const prefix = config.entryPrefix ? `${config.entryPrefix}/` : '';
  const groups = groupByApi(document, config.apiExtension, sourceName);
  const identifiers = new Map<string, string>();
  for (const [api, paths] of groups) {
    const identifier = entryIdentifier(api, config.entryPrefix);
    if (identifiers.has(identifier)) throw new SpecError({ message: `APIs "${identifiers.get(identifier)}" and "${api}" map to the same identifier ${identifier}`, file: sourceName });
    identifiers.set(identifier, api);
    const entryFile = `src/generated/apis/${prefix}${api}.ts`;
    const schemaFile = `src/generated/schemas/${prefix}${api}.ts`;
    const relative = (target: string) => {
      const path = posix.relative(posix.dirname(entryFile), target).replace(/\.ts$/, '.js');
      return path.startsWith('.') ? path : './' + path;
    };
    // Models (reachable from this API only) are openapi-typescript's `components`; operations are
    // written compactly below, and shapes they cannot express become synthetic components.
    const sub = subDocument(document, paths);
    const schemas = ((sub.components ??= {}).schemas ??= {}) as Record<string, unknown>;
    const { context, resolve, declarations } = createCompactContext(sub, schemas, inlineSchemaKey, { file: sourceName, label: `the ${api} API` });

    const maps = new Map<HttpMethod, string[]>();
    const unauthenticated: string[] = [];
    let operationCount = 0;
    for (const [path, item] of Object.entries(paths)) {
      for (const method of HTTP_METHODS) {
        const operation = item[method];
        if (!operation) continue;
        operationCount++;
        if (Array.isArray(operation.security) && operation.security.length === 0) unauthenticated.push(`${method.toUpperCase()} ${path}`);
        if (!MAP_METHODS.includes(method)) continue;
        const entry = `${operationDoc(method, path, operation)}\n    ${JSON.stringify(path)}: ${compactOperationType(operation, item.parameters, context, `${method} ${path}`)};`;
        maps.set(method, [...(maps.get(method) ?? []), entry]);
      }
    }
    // A shared type written once stays inline; one written several times gets its name.
    for (const [method, list] of maps) maps.set(method, list.map(resolve));
    const sharedDeclarations = declarations();
    sub.paths = {};
    files.set(schemaFile, await emitTypes(sub, header, sourceName));
    const name = capitalize(identifier);
    const methods = MAP_METHODS.filter((method) => maps.has(method));
    const defineModule = relative(config.defineApi.module);
    const { exportName, pathsTypeName } = config.defineApi;
    const schemaImport = usesSchemaAlias([...maps.values()].flat().join('\n') + sharedDeclarations) ? `import type { ${SCHEMA_ALIAS} } from '${relative(schemaFile)}';\n` : '';
    files.set(
      entryFile,
      `${header}
import { ${exportName}, type EmptyResponse, type JsonRequestBody, type JsonResponse, type JsonResponseBody, type ${pathsTypeName} } from '${defineModule}';
${schemaImport}
/** The \`/${api}\` API's models, openapi-typescript's \`components\` (named after the API, so several APIs' modules can be imported together). */
export type { components as ${name}Components } from '${relative(schemaFile)}';

/** Operations of the \`/${api}\` API (${operationCount}), by method then path, in openapi-typescript's operation shape. */
export interface ${name}Operations {
${methods.map((method) => `  ${method}: {\n${maps.get(method)!.join('\n')}\n  };`).join('\n')}
}

${sharedDeclarations ? `// Parameter groups and responses shared by several operations.\n${sharedDeclarations}\n\n` : ''}/** openapi-typescript-style \`paths\` of the \`/${api}\` API, derived on demand (for openapi-fetch). */
export type ${name}Paths = ${pathsTypeName}<${name}Operations>;

/** The \`/${api}\` API: pass it to the client (\`apis: [${identifier}]\`) for typed paths, params and results. */
export const ${identifier} = ${exportName}<${name}Operations, ${name}Paths>({
  name: ${JSON.stringify(api)},
  unauthenticated: ${unauthenticated.length === 0 ? '[]' : `[\n${unauthenticated.sort().map((key) => `    ${JSON.stringify(key)},`).join('\n')}\n  ]`},
});
`,
    );
    entries.push({ api, operationCount });
  }
  const imports = [...groups.keys()].map((api) => `import { ${entryIdentifier(api, config.entryPrefix)} } from './${api}.js';`).join('\n');
  files.set(
    `src/generated/apis/${prefix}all.ts`,
    `${header}
${imports}

/** Every API of the catalogue. Convenient, but the IDE and the bundle pay for all of them; prefer importing the ones you use. */
export const ${entryIdentifier('allApis', config.entryPrefix)} = [
${[...groups.keys()].map((api) => `  ${entryIdentifier(api, config.entryPrefix)},`).join('\n')}
] as const;
`,
  );
  if (!prefix) files.set('src/generated/.gitignore', `# ${header.replace(/^\/\/ /, '').trim()}\n*\n`);
  const ownedFolders = prefix ? [`src/generated/apis/${config.entryPrefix}`, `src/generated/schemas/${config.entryPrefix}`] : ['src/generated'];
  return { files, entries, ownedFolders };
}
