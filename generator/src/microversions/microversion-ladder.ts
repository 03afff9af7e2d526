import { SpecError } from '../diagnostics/spec-error.js';
import type { OpenApiDocument } from '../readers/openapi-document.js';

/** `2.79` → [2, 79]. */
export function parseVersion(version: string): [number, number] | undefined {
  const match = /^(\d+)\.(\d+)$/.exec(version);
  return match ? [Number(match[1]), Number(match[2])] : undefined;
}

export function compareVersions(a: string, b: string): number {
  const [am, an] = parseVersion(a)!;
  const [bm, bn] = parseVersion(b)!;
  return am - bm || an - bn;
}

/** `x-openstack: { min-ver, max-ver }` of a schema or operation, if it has either. */
export function versionRange(node: unknown): { min?: string; max?: string } | undefined {
  const extension = (node as { 'x-openstack'?: Record<string, unknown> } | undefined)?.['x-openstack'];
  if (!extension) return undefined;
  const min = extension['min-ver'];
  const max = extension['max-ver'];
  if (typeof min !== 'string' && typeof max !== 'string') return undefined;
  return { ...(typeof min === 'string' ? { min } : {}), ...(typeof max === 'string' ? { max } : {}) };
}

/**
 * Every version the package knows, oldest first: per major, each minor from the lowest to the
 * highest mentioned anywhere in `x-openstack` (or `min`), up to `info.version` for the newest major.
 */
export function microversionLadder(document: OpenApiDocument, min: string | undefined, sourceName: string): string[] {
  const mentioned = new Set<string>([document.info.version, ...(min ? [min] : [])]);
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) node.forEach(visit);
    else if (node && typeof node === 'object') {
      const range = versionRange(node);
      if (range?.min) mentioned.add(range.min);
      if (range?.max) mentioned.add(range.max);
      for (const value of Object.values(node)) visit(value);
    }
  };
  visit(document.paths);
  visit(document.components);
  const bounds = new Map<number, [number, number]>();
  for (const version of mentioned) {
    const parsed = parseVersion(version);
    if (!parsed) throw new SpecError({ message: `microversion "${version}" (info.version or an x-openstack min-ver/max-ver) is not MAJOR.MINOR`, file: sourceName, hint: 'fix it with an overlay' });
    const [major, minor] = parsed;
    const [low, high] = bounds.get(major) ?? [minor, minor];
    bounds.set(major, [Math.min(low, minor), Math.max(high, minor)]);
  }
  const ladder: string[] = [];
  for (const major of [...bounds.keys()].sort((a, b) => a - b)) {
    const [low, high] = bounds.get(major)!;
    for (let minor = low; minor <= high; minor++) ladder.push(`${major}.${minor}`);
  }
  // Versions above the spec's own (none today) would make "unpinned = newest" ambiguous.
  return ladder.filter((version) => compareVersions(version, document.info.version) <= 0);
}
