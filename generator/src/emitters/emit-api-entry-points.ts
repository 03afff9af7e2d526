import { posix } from 'node:path';
import { SpecError } from '../diagnostics/spec-error.js';
import type { ApiEntryPointsConfig } from '../config/package-config.js';
import { HTTP_METHODS, type HttpMethod, type OpenApiDocument, type Operation, type PathItem } from '../readers/openapi-document.js';
import { subDocument } from '../transforms/prune-components.js';
import { emitTypes } from './emit-types.js';

/** Methods that get a map in the per-method operations interface. */
const MAP_METHODS: readonly HttpMethod[] = ['get', 'post', 'put', 'delete', 'patch'];

export interface ApiEntryPoint {
  /** API name, e.g. `me`, `dedicated/server`, `v2/iam`. */
  api: string;
  operationCount: number;
}

/** `dedicated/server` → `dedicatedServer`; `v2/iam` → `v2Iam`. */
export function apiIdentifier(api: string): string {
  const words = api.split(/[^A-Za-z0-9]+/).filter(Boolean);
  return words.map((word, index) => (index === 0 ? word.charAt(0).toLowerCase() + word.slice(1) : word.charAt(0).toUpperCase() + word.slice(1))).join('');
}

function typeName(api: string): string {
  const identifier = apiIdentifier(api);
  return identifier.charAt(0).toUpperCase() + identifier.slice(1);
}

function jsDoc(lines: string[], indent: string): string {
  const body = lines.flatMap((line) => line.split('\n')).map((line) => line.replaceAll('*/', '*\\/'));
  return `${indent}/**\n${body.map((line) => `${indent} *${line ? ' ' + line : ''}`).join('\n')}\n${indent} */\n`;
}

function operationDoc(method: HttpMethod, path: string, operation: Operation): string[] {
  const lines = [operation.summary ?? operation.description ?? `${method.toUpperCase()} ${path}`];
  if (operation.description && operation.description !== operation.summary) lines.push('', operation.description);
  if (operation.deprecated) lines.push('@deprecated ' + (/Deprecated since[^\n]*/.exec(operation.description ?? '')?.[0] ?? 'Deprecated by the API.'));
  return lines;
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
export async function emitApiEntryPoints(config: ApiEntryPointsConfig, document: OpenApiDocument, header: string, sourceName: string): Promise<{ files: Map<string, string>; entries: ApiEntryPoint[] }> {
  const files = new Map<string, string>();
  const entries: ApiEntryPoint[] = [];
  const groups = groupByApi(document, config.apiExtension, sourceName);
  const identifiers = new Map<string, string>();
  for (const [api, paths] of groups) {
    const identifier = apiIdentifier(api);
    if (identifiers.has(identifier)) throw new SpecError({ message: `APIs "${identifiers.get(identifier)}" and "${api}" map to the same identifier ${identifier}`, file: sourceName });
    identifiers.set(identifier, api);
    const entryFile = `src/generated/apis/${api}.ts`;
    const schemaFile = `src/generated/schemas/${api}.ts`;
    const relative = (target: string) => {
      const path = posix.relative(posix.dirname(entryFile), target).replace(/\.ts$/, '.js');
      return path.startsWith('.') ? path : './' + path;
    };
    files.set(schemaFile, await emitTypes(subDocument(document, paths), header, sourceName));

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
        const entry = jsDoc(operationDoc(method, path, operation), '    ') + `    ${JSON.stringify(path)}: paths[${JSON.stringify(path)}][${JSON.stringify(method)}];`;
        maps.set(method, [...(maps.get(method) ?? []), entry]);
      }
    }
    const name = typeName(api);
    const methods = MAP_METHODS.filter((method) => maps.has(method));
    const defineModule = relative(config.defineApi.module);
    files.set(
      entryFile,
      `${header}
import { ${config.defineApi.exportName} } from '${defineModule}';
import type { paths } from '${relative(schemaFile)}';

export type { components, paths } from '${relative(schemaFile)}';

/** Operations of the \`/${api}\` API (${operationCount}), by method then path. */
export interface ${name}Operations {
${methods.map((method) => `  ${method}: {\n${maps.get(method)!.join('\n')}\n  };`).join('\n')}
}

/** The \`/${api}\` API: pass it to the client (\`apis: [${identifier}]\`) for typed paths, params and results. */
export const ${identifier} = ${config.defineApi.exportName}<${name}Operations, paths>({
  name: ${JSON.stringify(api)},
  unauthenticated: ${unauthenticated.length === 0 ? '[]' : `[\n${unauthenticated.sort().map((key) => `    ${JSON.stringify(key)},`).join('\n')}\n  ]`},
});
`,
    );
    entries.push({ api, operationCount });
  }
  const imports = [...groups.keys()].map((api) => `import { ${apiIdentifier(api)} } from './${api}.js';`).join('\n');
  files.set(
    'src/generated/apis/all.ts',
    `${header}
${imports}

/** Every API of the catalogue. Convenient, but the IDE and the bundle pay for all of them; prefer importing the ones you use. */
export const allApis = [
${[...groups.keys()].map((api) => `  ${apiIdentifier(api)},`).join('\n')}
] as const;
`,
  );
  files.set('src/generated/.gitignore', `# ${header.replace(/^\/\/ /, '').trim()}\n*\n`);
  return { files, entries };
}
