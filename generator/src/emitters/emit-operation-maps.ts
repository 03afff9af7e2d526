import { limitedRangeOf } from '../microversions/emit-microversions-module.js';
import { ladderTypesIn, limitedType } from '../microversions/microversioned-union.js';
import { HTTP_METHODS, type HttpMethod, type OpenApiDocument } from '../readers/openapi-document.js';
import { compactOperationType, createCompactContext, operationDoc } from './compact-operation-type.js';
import { inlineSchemaKey } from './generated-names.js';
import { SCHEMA_ALIAS, usesSchemaAlias } from './schema-alias.js';

/**
 * `src/generated/operation-maps.ts`: the operations by method, then path (`get: { "/servers": … }`),
 * which the client's `GET`, `POST`, … are typed from. Path completion is then a `keyof` of one
 * method's map rather than a walk over every path item, and only the operation called gets resolved.
 * Each operation is written compactly (./compact-operation-type.ts, as in the OVH entry points): one
 * object type, no `?: never` padding, no path-item wrappers; models are `components` of schema.ts,
 * where the schemas this writer leaves to openapi-typescript go too, as synthetic components (added
 * to `document.components.schemas`, so emit schema.ts after this). With microversions, an operation
 * whose `x-openstack` range leaves out some version is in `VersionLimitedOperations` as
 * `MicroversionLimited<From, UpTo, Operation>` instead, for core's `OperationsAtMicroversion` to keep at the versions
 * it exists in. `paths` (openapi-typescript's shape, every operation of every version) is derived
 * from the maps on demand, for openapi-msw and `PathsAt<V>`.
 */
export function emitOperationMaps(document: OpenApiDocument, ladder: readonly string[] | undefined, header: string, sourceName: string): string {
  const schemas = ((document.components ??= {}).schemas ??= {}) as Record<string, unknown>;
  // openapi-typescript reads what follows a `#` in a component's name as a pointer, so the
  // microversion transform would not find the schema by its path: the site's `#` becomes a space.
  const keyOf = (site: string) => inlineSchemaKey(site.replace('#', ' '));
  const { context, resolve, declarations } = createCompactContext(document, schemas, keyOf, { file: sourceName, label: 'the operation maps' });
  const always = new Map<HttpMethod, string[]>();
  const limited = new Map<HttpMethod, string[]>();
  const rangeOf = ladder ? limitedRangeOf(ladder) : () => undefined;
  for (const [path, item] of Object.entries(document.paths)) {
    for (const method of HTTP_METHODS) {
      const operation = item[method];
      if (!operation) continue;
      const key = JSON.stringify(path);
      const type = compactOperationType(operation, item.parameters, context, `${method} ${path}`);
      const range = rangeOf(operation);
      const [map, entry] = range ? [limited, limitedType(range, type)] : [always, type];
      map.set(method, [...(map.get(method) ?? []), `${operationDoc(method, path, operation)}\n    ${key}: ${entry};`]);
    }
  }
  // Resolved once every operation is written: a shared type written once stays inline.
  const body = (maps: Map<HttpMethod, string[]>) => HTTP_METHODS.filter((method) => maps.has(method)).map((method) => `  ${method}: {\n${maps.get(method)!.map(resolve).join('\n')}\n  };`).join('\n');
  const shared = declarations();
  const text = `${body(always)}\n${body(limited)}\n${shared}`;
  const coreTypes = ['BinaryBody', 'EmptyResponse', 'JsonPatchOperation', 'JsonRequestBody', 'JsonResponse', 'JsonResponseBody'].filter((name) => new RegExp(`\\b${name}\\b`).test(text));
  const imports = [`import type { ${[...coreTypes, 'PathsFromOperations', ...(limited.size > 0 ? ['MicroversionLimited'] : []), ...(ladder ? ['OperationsInAnyMicroversion'] : [])].join(', ')} } from '@stratus/core';`];
  if (usesSchemaAlias(text)) imports.push(`import type { ${SCHEMA_ALIAS} } from './schema.js';`);
  const ladderTypes = ladderTypesIn([...limited.values()].flat().join('\n'));
  if (ladderTypes.length > 0) imports.push(`import type { ${ladderTypes.join(', ')} } from './microversions.js';`);
  const sections = [
    `/** Operations${ladder ? ' that exist in every microversion' : ''}, by method then path, in openapi-typescript's operation shape. */\nexport interface OperationsByMethod {\n${body(always)}\n}`,
  ];
  if (ladder) {
    sections.push(`/** Operations that exist only in some microversions, by method then path: \`MicroversionLimited<From, UpTo, Operation>\`. */\nexport interface VersionLimitedOperations {\n${body(limited)}\n}`);
    sections.push(`/** openapi-typescript-style \`paths\` of every operation of every microversion, request bodies and responses unresolved (\`Microversioned<...>\`); derived on demand. */\nexport type SpecPaths = PathsFromOperations<OperationsInAnyMicroversion<OperationsByMethod, VersionLimitedOperations>>;`);
  } else {
    sections.push(`/** openapi-typescript-style \`paths\` (\`paths[path][method]\`), derived from the operation maps on demand. */\nexport type SpecPaths = PathsFromOperations<OperationsByMethod>;`);
  }
  if (shared) sections.push(`// Parameter groups and responses shared by several operations.\n${shared}`);
  return `${header}
${imports.join('\n')}

${sections.join('\n\n')}
`.replace(/\{\n\n\}/g, '{}');
}
