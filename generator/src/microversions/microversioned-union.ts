import ts from 'typescript';
import type { OpenAPITSOptions } from 'openapi-typescript';
import { resolvePointer } from '../diagnostics/json-pointer.js';
import type { OpenApiDocument } from '../readers/openapi-document.js';
import { compareVersions, versionRange } from './microversion-ladder.js';

const COMPONENT_REF = /^#\/components\/schemas\/([^/]+)$/;

/** `From_2_73`: the ladder type (microversions.ts) of 2.73 and every later version. */
export function fromVersion(version: string): string {
  return `From_${version.replace(/\W/g, '_')}`;
}

/** `UpTo_2_89`: the ladder type (microversions.ts) of 2.89 and every earlier version. */
export function upToVersion(version: string): string {
  return `UpTo_${version.replace(/\W/g, '_')}`;
}

/** `[From_2_73, UpTo_2_89]` (an open end is every version: `Microversion`). */
export function rangeTypes(range: { min?: string; max?: string }): [string, string] {
  return [range.min ? fromVersion(range.min) : 'Microversion', range.max ? upToVersion(range.max) : 'Microversion'];
}

/** Core's type for something in a range of versions. */
const LIMITED = 'MicroversionLimited';

/** `MicroversionLimited<From_2_73, UpTo_2_89, Item>`: core's type for `Item` (if any) in a range. */
export function limitedType(range: { min?: string; max?: string }, item?: string): string {
  return `${LIMITED}<${[...rangeTypes(range), ...(item ? [item] : [])].join(', ')}>`;
}

/** The ladder types (microversions.ts) that the `MicroversionLimited` types in `text` use, for its import. */
export function ladderTypesIn(text: string): string[] {
  const bounds = new Set(text.match(/\b(?:From|UpTo)_\d+_\d+\b/g));
  return [...(/[<,] ?Microversion[,>]/.test(text) ? ['Microversion'] : []), ...[...bounds].sort()];
}

// A name printed verbatim (openapi-typescript's printer writes identifiers as they are).
const verbatim = (text: string) => ts.factory.createTypeReferenceNode(text);

type Range = { min?: string; max?: string };

/**
 * The variants' ranges with the versions no variant declares filled in: there the newest earlier
 * variant holds (the one with the greatest `max-ver` below the version). Specs write a variant's
 * `max-ver` as the newest version known when it was written (Nova's keypair show stops at 2.9 while
 * the API went on to 2.104 unchanged), and a gap between two variants means nothing changed in it.
 * Versions below every variant stay uncovered.
 */
export function fillVersionGaps(ranges: readonly Range[], ladder: readonly string[]): Range[] {
  const contains = (range: Range, version: string) => (!range.min || compareVersions(range.min, version) <= 0) && (!range.max || compareVersions(version, range.max) <= 0);
  const lastFilled = new Map<number, string>();
  for (const version of ladder) {
    if (ranges.some((range) => contains(range, version))) continue;
    let holder: number | undefined;
    ranges.forEach((range, index) => {
      if (!range.max || compareVersions(range.max, version) >= 0) return;
      if (holder === undefined || compareVersions(range.max, ranges[holder]!.max!) >= 0) holder = index;
    });
    if (holder !== undefined) lastFilled.set(holder, version);
  }
  return ranges.map((range, index) => {
    const filled = lastFilled.get(index);
    if (filled === undefined) return range;
    // Open-ended when it now reaches the newest version, as a variant without max-ver is.
    return filled === ladder.at(-1) ? (range.min ? { min: range.min } : {}) : { ...range, max: filled };
  });
}

/**
 * openapi-typescript `postTransform` hook: a `oneOf` of which at least one member (a component
 * `$ref` or an inline schema) carries `x-openstack` min-ver/max-ver becomes
 * `Microversioned<MicroversionLimited<From, UpTo, Variant> | …>`, each Variant being the type openapi-typescript made
 * for that member, its range widened over the versions no variant declares (`fillVersionGaps`).
 * `PathsAt<V>` narrows it to the variant valid at `V`; unresolved it is still the union. Everything
 * else is left as openapi-typescript made it.
 */
export function microversionedUnionTransform(document: OpenApiDocument, ladder: readonly string[]): NonNullable<OpenAPITSOptions['postTransform']> {
  const schemas = (document.components?.schemas ?? {}) as Record<string, unknown>;
  return (type, options) => {
    // postTransform (unlike transform) runs for every schema, typed or not; find the one to change by its pointer.
    // A media type's schema is reported at the media type's pointer (…/content/application~1json).
    let schemaObject = options.path?.startsWith('#/') ? resolvePointer(document, options.path.slice(1)) : undefined;
    if (options.path?.includes('/content/') && schemaObject && typeof schemaObject === 'object' && 'schema' in schemaObject) schemaObject = schemaObject.schema;
    if (!schemaObject || typeof schemaObject !== 'object') return undefined;
    const members = (schemaObject as { oneOf?: unknown[] }).oneOf;
    if (!Array.isArray(members) || members.length < 2) return undefined;
    const declared = members.map((member) => {
      const ref = (member as { $ref?: unknown }).$ref;
      const name = typeof ref === 'string' ? COMPONENT_REF.exec(ref)?.[1] : undefined;
      return versionRange(name !== undefined ? schemas[name] : member) ?? {};
    });
    if (!declared.some((range) => range.min || range.max)) return undefined;
    const ranges = fillVersionGaps(declared, ladder);
    // openapi-typescript's union of the members, in `oneOf` order (possibly inside an intersection
    // with an empty object type for `type: object` parents).
    const union = ts.isUnionTypeNode(type) ? type : ts.isIntersectionTypeNode(type) ? type.types.find(ts.isUnionTypeNode) : undefined;
    if (!union || union.types.length !== members.length) return undefined;
    const entries = union.types.map((variant, index) => {
      const [from, upTo] = rangeTypes(ranges[index]!);
      return ts.factory.createTypeReferenceNode(LIMITED, [verbatim(from), verbatim(upTo), variant]);
    });
    return ts.factory.createTypeReferenceNode('Microversioned', [ts.factory.createUnionTypeNode(entries)]);
  };
}
