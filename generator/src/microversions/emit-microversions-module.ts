import { resolvePointer } from '../diagnostics/json-pointer.js';
import type { OpenApiDocument } from '../readers/openapi-document.js';
import { compareVersions, versionRange } from './microversion-ladder.js';
import { fromVersion, limitedType, upToVersion } from './microversioned-union.js';

const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'] as const;

/**
 * `src/generated/microversions.ts`: the version ladder as literal unions (`From_2_73`
 * is 2.73 and every later version, built incrementally so each version is written once), and the
 * operations, request bodies and responses whose `x-openstack` range does not cover every version.
 */
export function emitMicroversionsModule(document: OpenApiDocument, ladder: readonly string[], header: string): string {
  const quote = (version: string) => `'${version}'`;
  const latest = ladder.at(-1)!;
  const from = ladder.map((version, index) => `export type ${fromVersion(version)} = ${quote(version)}${index + 1 < ladder.length ? ` | ${fromVersion(ladder[index + 1]!)}` : ''};`);
  const upTo = ladder.map((version, index) => `export type ${upToVersion(version)} = ${quote(version)}${index > 0 ? ` | ${upToVersion(ladder[index - 1]!)}` : ''};`);
  const rangeOf = limitedRangeOf(ladder);
  const limitedRange = (node: unknown) => {
    const range = rangeOf(node);
    return range && limitedType(range);
  };
  const operations: string[] = [];
  const parts: string[] = [];
  for (const [path, item] of Object.entries(document.paths)) {
    const limited: string[] = [];
    const limitedParts: string[] = [];
    for (const method of METHODS) {
      const operation = (item as Record<string, unknown>)[method] as { requestBody?: unknown; responses?: Record<string, unknown> } | undefined;
      if (!operation) continue;
      const range = limitedRange(operation);
      if (range) limited.push(`${method}: ${range}`);
      const partRanges: string[] = [];
      const requestBody = limitedRange(resolveRef(document, operation.requestBody));
      if (requestBody) partRanges.push(`requestBody: ${requestBody}`);
      // Keys as openapi-typescript writes them: `200`, `default`, `"2XX"`.
      const statuses = Object.entries(operation.responses ?? {}).flatMap(([status, response]) => {
        const statusRange = limitedRange(resolveRef(document, response));
        return statusRange ? [`${/^\d+$/.test(status) || status === 'default' ? status : JSON.stringify(status)}: ${statusRange}`] : [];
      });
      if (statuses.length > 0) partRanges.push(`responses: { ${statuses.join('; ')} }`);
      if (partRanges.length > 0) limitedParts.push(`${method}: { ${partRanges.join('; ')} }`);
    }
    if (limited.length > 0) operations.push(`  ${JSON.stringify(path)}: { ${limited.join('; ')} };`);
    if (limitedParts.length > 0) parts.push(`  ${JSON.stringify(path)}: { ${limitedParts.join('; ')} };`);
  }
  const imports = operations.length > 0 || parts.length > 0 ? `import type { MicroversionLimited } from '@stratus/core';\n\n` : '';
  return `${header}
${imports}/** Every microversion this package describes, oldest first. */
export type Microversion = ${ladder.map(quote).join(' | ')};

/** The newest: what an unpinned client is typed for and sends. */
export type LatestMicroversion = ${quote(latest)};

// \`From_2_73\`: 2.73 and every later version; \`UpTo_2_89\`: 2.89 and every earlier one. One alias per
// version (not an interface indexed by version) keeps each of the hundreds of ranges in the other
// modules a plain reference: fewer declaration nodes for TypeScript to hold.
${from.join('\n')}
${upTo.join('\n')}

/** Operations that exist only in some versions: \`MicroversionLimited<From, UpTo>\`. */
export interface OperationMicroversions {
${operations.join('\n')}
}

/** Request bodies and responses (by status) that exist only in some versions: \`MicroversionLimited<From, UpTo>\`. */
export interface OperationPartMicroversions {
${parts.join('\n')}
}
`;
}

/** The range of a node (operation, request body, response) that leaves out some version of the ladder; undefined when it covers them all. */
export function limitedRangeOf(ladder: readonly string[]): (node: unknown) => { min?: string; max?: string } | undefined {
  return (node) => {
    const range = versionRange(node);
    if (!range) return undefined;
    const bounded = { ...(range.min && compareVersions(range.min, ladder[0]!) > 0 ? { min: range.min } : {}), ...(range.max && compareVersions(range.max, ladder.at(-1)!) < 0 ? { max: range.max } : {}) };
    return bounded.min || bounded.max ? bounded : undefined;
  };
}

/** A request body or response, through its \`#/components/…\` \`$ref\` if it is one. */
function resolveRef(document: OpenApiDocument, node: unknown): unknown {
  const ref = (node as { $ref?: unknown } | undefined)?.$ref;
  if (typeof ref !== 'string') return node;
  return /^#\/components\/(requestBodies|responses)\/[^/]+$/.test(ref) ? resolvePointer(document, ref.slice(1)) : undefined;
}
