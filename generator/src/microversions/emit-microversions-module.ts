import type { OpenApiDocument } from '../readers/openapi-document.js';
import { compareVersions, versionRange } from './microversion-ladder.js';
import { rangeTypes } from './microversioned-union.js';

const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'] as const;

/**
 * `src/generated/microversions.ts`: the version ladder as literal unions (`MicroversionsFrom['2.73']`
 * is 2.73 and every later version, built incrementally so each version is written once), and the
 * operations whose `x-openstack` range does not cover every version.
 */
export function emitMicroversionsModule(document: OpenApiDocument, ladder: readonly string[], header: string): string {
  const quote = (version: string) => `'${version}'`;
  const latest = ladder.at(-1)!;
  const from = ladder.map((version, index) => `  ${quote(version)}: ${quote(version)}${index + 1 < ladder.length ? ` | MicroversionsFrom[${quote(ladder[index + 1]!)}]` : ''};`);
  const upTo = ladder.map((version, index) => `  ${quote(version)}: ${quote(version)}${index > 0 ? ` | MicroversionsUpTo[${quote(ladder[index - 1]!)}]` : ''};`);
  const operations: string[] = [];
  for (const [path, item] of Object.entries(document.paths)) {
    const limited: string[] = [];
    for (const method of METHODS) {
      const range = versionRange((item as Record<string, unknown>)[method]);
      if (!range) continue;
      const bounded = { ...(range.min && compareVersions(range.min, ladder[0]!) > 0 ? { min: range.min } : {}), ...(range.max && compareVersions(range.max, latest) < 0 ? { max: range.max } : {}) };
      if (!bounded.min && !bounded.max) continue;
      limited.push(`${method}: [${rangeTypes(bounded).join(', ')}]`);
    }
    if (limited.length > 0) operations.push(`  ${JSON.stringify(path)}: { ${limited.join('; ')} };`);
  }
  return `${header}
/** Every microversion this package describes, oldest first. */
export type Microversion = ${ladder.map(quote).join(' | ')};

/** The newest: what an unpinned client is typed for and sends. */
export type LatestMicroversion = ${quote(latest)};

/** \`MicroversionsFrom['2.73']\`: 2.73 and every later version. */
export interface MicroversionsFrom {
${from.join('\n')}
}

/** \`MicroversionsUpTo['2.89']\`: 2.89 and every earlier version. */
export interface MicroversionsUpTo {
${upTo.join('\n')}
}

/** Operations that exist only in some versions: \`[from, up to]\`. */
export interface OperationMicroversions {
${operations.join('\n')}
}
`;
}
