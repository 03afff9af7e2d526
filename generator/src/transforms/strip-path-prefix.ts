import { SpecError } from '../diagnostics/spec-error.js';
import { resolvePointer } from '../diagnostics/json-pointer.js';
import { HTTP_METHODS, type OpenApiDocument, type PathItem } from '../readers/openapi-document.js';

function templateNames(path: string): Set<string> {
  return new Set([...path.matchAll(/\{([^}]+)\}/g)].map((m) => m[1]!));
}

function keepParameter(document: OpenApiDocument, parameter: unknown, names: Set<string>): boolean {
  let resolved = parameter as Record<string, unknown> | undefined;
  if (resolved && typeof resolved['$ref'] === 'string') resolved = resolvePointer(document, decodeURIComponent(resolved['$ref'].slice(1))) as Record<string, unknown> | undefined;
  return !(resolved && resolved['in'] === 'path' && !names.has(resolved['name'] as string));
}

/**
 * Rewrites `/v2.1/servers` to `/servers` so calls are made against the versioned catalog URL.
 * Path parameters that only lived in the prefix (Swift's `{account}`) disappear with it; paths
 * outside the prefix (the unversioned discovery root) are dropped and returned.
 */
export function stripPathPrefix(document: OpenApiDocument, configuredPrefix: string, file: string): string[] {
  const prefix = configuredPrefix.replace(/\/+$/, '');
  const dropped: string[] = [];
  const rewritten: Record<string, PathItem> = {};
  const origin = new Map<string, string>();
  for (const [path, item] of Object.entries(document.paths)) {
    let stripped: string | undefined;
    if (path === prefix || path === prefix + '/') stripped = '/';
    else if (path.startsWith(prefix + '/')) stripped = path.slice(prefix.length);
    if (stripped === undefined) {
      dropped.push(path);
      continue;
    }
    if (origin.has(stripped)) {
      throw new SpecError({ message: `stripping "${prefix}" maps both "${origin.get(stripped)}" and "${path}" to "${stripped}"`, file, pointer: `/paths/${path.replaceAll('~', '~0').replaceAll('/', '~1')}`, hint: 'drop one of them with transforms.dropPaths' });
    }
    origin.set(stripped, path);
    const names = templateNames(stripped);
    const filter = (list: unknown): unknown[] | undefined => (Array.isArray(list) ? list.filter((p) => keepParameter(document, p, names)) : undefined);
    const next: PathItem = { ...item };
    if (item.parameters) next.parameters = filter(item.parameters)!;
    for (const method of HTTP_METHODS) {
      const operation = item[method];
      if (operation?.parameters) next[method] = { ...operation, parameters: filter(operation.parameters)! };
    }
    rewritten[stripped] = next;
  }
  document.paths = rewritten;
  return dropped;
}
