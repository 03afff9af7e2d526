import { limitedRangeOf } from '../microversions/emit-microversions-module.js';
import { HTTP_METHODS, type HttpMethod, type OpenApiDocument } from '../readers/openapi-document.js';

/**
 * `src/generated/operation-maps.ts`: the operations by method, then path (`get: { "/servers": … }`),
 * which the client's `GET`, `POST`, … are typed from. Path completion is then a `keyof` of one
 * method's map rather than a walk over every path item, and only the operation called gets resolved
 * (the OVH entry points are typed the same way). With microversions, an operation whose `x-openstack`
 * range leaves out some version is in `VersionLimitedOperations` as `[From, UpTo, Operation]` instead,
 * for core's `OperationsAtMicroversion` to keep at the versions it exists in.
 */
export function emitOperationMaps(document: OpenApiDocument, ladder: readonly string[] | undefined, header: string): string {
  const always = new Map<HttpMethod, string[]>();
  const limited = new Map<HttpMethod, string[]>();
  const rangeOf = ladder ? limitedRangeOf(ladder) : () => undefined;
  for (const [path, item] of Object.entries(document.paths)) {
    for (const method of HTTP_METHODS) {
      const operation = item[method];
      if (!operation) continue;
      const key = JSON.stringify(path);
      const type = `paths[${key}][${JSON.stringify(method)}]`;
      const range = rangeOf(operation);
      const [map, entry] = range ? [limited, `[${range.join(', ')}, ${type}]`] : [always, type];
      map.set(method, [...(map.get(method) ?? []), `    ${key}: ${entry};`]);
    }
  }
  const body = (maps: Map<HttpMethod, string[]>) => HTTP_METHODS.filter((method) => maps.has(method)).map((method) => `  ${method}: {\n${maps.get(method)!.join('\n')}\n  };`).join('\n');
  const imports = [`import type { paths } from './schema.js';`];
  const ladderTypes = ['Microversion', 'MicroversionsFrom', 'MicroversionsUpTo'].filter((name) => [...limited.values()].some((entries) => entries.some((entry) => new RegExp(`\\b${name}\\b`).test(entry))));
  if (ladderTypes.length > 0) imports.push(`import type { ${ladderTypes.join(', ')} } from './microversions.js';`);
  const sections = [
    `/** Operations${ladder ? ' that exist in every microversion' : ''}, by method then path, as openapi-typescript writes them in \`paths\`. */\nexport interface OperationsByMethod {\n${body(always)}\n}`,
  ];
  if (ladder) {
    sections.push(`/** Operations that exist only in some microversions, by method then path: \`[from, up to, operation]\`. */\nexport interface VersionLimitedOperations {\n${body(limited)}\n}`);
  }
  return `${header}
${imports.join('\n')}

${sections.join('\n\n')}
`.replace(/\{\n\n\}/g, '{}');
}
