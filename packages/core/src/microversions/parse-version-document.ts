import { parseMicroversion } from './compare-microversions.js';
import type { MicroversionRange } from './microversion-facts.js';

/** One API version as OpenStack version documents describe it (the spec leaves these untyped). */
export interface VersionEntry {
  /** `v2.1`, `v3.0`, `v1.0`, … */
  id: string;
  /** `CURRENT`, `SUPPORTED`, `DEPRECATED`, … */
  status: string;
  /** Newest microversion (Nova, Cinder, Manila); `""` when the endpoint has no microversions. */
  version?: string;
  /** Newest microversion, Placement's and Magnum's spelling. */
  max_version?: string;
  /** Oldest microversion; `""` when the endpoint has no microversions. */
  min_version?: string;
  links?: { href: string; rel: string; type?: string }[];
  updated?: string;
}

/** `GET /v2.1/` on Nova: one version. */
export interface VersionShowDocument {
  version: VersionEntry;
}

/** `GET /` (any service), `GET /v3/` on Cinder, `GET /v2/` on Manila: every version. */
export interface VersionListDocument {
  versions: VersionEntry[];
}

/**
 * Reads a server's microversion range from a discovery document:
 * `{ version: {…} }` (Nova `GET /v2.1/`), `{ versions: [ … ] }` (Cinder, Manila, Placement, Magnum,
 * unversioned roots: the CURRENT entry, else the newest) with `version` or `max_version` and
 * `min_version`; else from response headers (`X-OpenStack-Ironic-API-Maximum-Version`,
 * `OpenStack-API-Minimum-Version: container-infra 1.1`, …). Undefined when neither says anything,
 * e.g. Nova's empty strings for an endpoint without microversions.
 */
export function parseVersionDocument(body: unknown, headers?: Headers): MicroversionRange | undefined {
  return fromBody(body) ?? (headers ? fromHeaders(headers) : undefined);
}

function fromBody(body: unknown): MicroversionRange | undefined {
  if (typeof body !== 'object' || body === null) return undefined;
  const { version, versions } = body as { version?: unknown; versions?: unknown };
  if (typeof version === 'object' && version !== null) return fromEntry(version as Partial<Record<keyof VersionEntry, unknown>>);
  if (!Array.isArray(versions)) return undefined;
  const entries = (versions as Partial<Record<keyof VersionEntry, unknown>>[]).filter((entry) => typeof entry === 'object' && entry !== null);
  const current = entries.find((entry) => String(entry.status).toUpperCase() === 'CURRENT');
  const ranges = (current ? [current] : entries).map(fromEntry).filter((range) => range !== undefined);
  return ranges.sort((a, b) => compare(b.max, a.max))[0];
}

function fromEntry(entry: Partial<Record<keyof VersionEntry, unknown>>): MicroversionRange | undefined {
  const max = typeof entry.version === 'string' && entry.version !== '' ? entry.version : entry.max_version;
  const min = entry.min_version;
  if (typeof max !== 'string' || typeof min !== 'string' || !parseMicroversion(max) || !parseMicroversion(min)) return undefined;
  return { min, max };
}

// X-OpenStack-Ironic-API-Minimum-Version, X-OpenStack-Iotronic-API-Min-Version, OpenStack-API-Maximum-Version, …
const RANGE_HEADER = /^(?:x-openstack-[a-z]+-api|openstack-api)-(min|minimum|max|maximum)-version$/;

function fromHeaders(headers: Headers): MicroversionRange | undefined {
  let min: string | undefined;
  let max: string | undefined;
  for (const [name, value] of headers) {
    const match = RANGE_HEADER.exec(name.toLowerCase());
    if (!match) continue;
    // `container-infra 1.1` → `1.1`
    const version = value.trim().split(/\s+/).pop() ?? '';
    if (!parseMicroversion(version)) continue;
    if (match[1]!.startsWith('min')) min = version;
    else max = version;
  }
  return min && max ? { min, max } : undefined;
}

function compare(a: string, b: string): number {
  const [am, an] = parseMicroversion(a)!;
  const [bm, bn] = parseMicroversion(b)!;
  return am - bm || an - bn;
}
