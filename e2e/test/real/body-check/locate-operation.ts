import type { RecordedBody } from '../support/record-bodies.js';
import type { ServicePackage } from './service-packages.js';

/** The operation a recorded body answers: its package, path template, method and microversion. */
export interface LocatedOperation {
  service: ServicePackage;
  /** A key of the package's `paths`, e.g. `/users/{user_id}`. */
  path: string;
  /** Lower case, as in `paths`. */
  method: string;
  /** The version the server answered at (microversioned services only). */
  microversion: string | undefined;
}

/**
 * Finds the operation of a recorded response: the service whose endpoint prefixes the URL (longest
 * first), the path template that matches the rest (the most literal one when several do), and the
 * microversion named by the request's header — the service's minimum when it named none, as servers do.
 * Returns a sentence saying what is missing when there is no such operation.
 */
export function locateOperation(
  record: RecordedBody,
  services: readonly ServicePackage[],
  pathTemplates: ReadonlyMap<ServicePackage, readonly string[]>,
): LocatedOperation | string {
  const url = new URL(record.url);
  const served = services
    .filter((candidate) => candidate.endpoint.origin === url.origin)
    .map((candidate) => ({ candidate, matched: endpointPrefix(trimSlash(candidate.endpoint.pathname), url.pathname) }))
    .filter((entry): entry is { candidate: ServicePackage; matched: string } => entry.matched !== undefined)
    .sort((a, b) => b.candidate.endpoint.pathname.length - a.candidate.endpoint.pathname.length)[0];
  if (served === undefined) return `no real endpoint serves ${url.origin}${url.pathname}`;
  const { candidate: service, matched } = served;

  let rest = url.pathname.slice(matched.length);
  const { versionPrefix } = service;
  // The endpoint holds the prefix when it ends with it (`/v1/AUTH_p1` for `/v1/{account}`) or when
  // more follows it (Cinder's `/v3/<project id>` for `/v3`): the package's paths follow the endpoint.
  const endpointPath = trimSlash(matched);
  if (versionPrefix !== undefined && !endsWithTemplate(endpointPath, versionPrefix) && !isPathPrefix(versionPrefix, endpointPath)) {
    if (!isPathPrefix(versionPrefix, rest)) return `${url.pathname} is outside ${service.packageName}'s API (${versionPrefix})`;
    rest = rest.slice(versionPrefix.length);
  }
  const path = bestTemplate(trimSlash(rest) || '/', pathTemplates.get(service) ?? []);
  if (path === undefined) return `${service.packageName} declares no path matching ${trimSlash(rest) || '/'}`;

  const microversion = microversionOf(record, service);
  if (microversion instanceof Error) return microversion.message;
  return { service, path, method: record.method.toLowerCase(), microversion };
}

/** Keystone fills this into a catalog URL with the project of the token. */
const PROJECT_TEMPLATE = '$(project_id)s';

/**
 * The part of `path` the endpoint path covers: the endpoint itself, or, for a catalog URL naming the
 * project (`/v3/$(project_id)s`), the URL of any project — and the version document above the
 * project (`/v3/`), which clients read without it. Undefined when the endpoint does not serve `path`.
 */
function endpointPrefix(endpointPath: string, path: string): string | undefined {
  if (!endpointPath.includes(PROJECT_TEMPLATE)) return isPathPrefix(endpointPath, path) ? endpointPath : undefined;
  const [before = '', after = ''] = endpointPath.split(PROJECT_TEMPLATE);
  const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const filled = new RegExp(`^${escape(before)}[^/]+${escape(after)}(?=/|$)`).exec(path);
  if (filled !== null) return filled[0];
  return trimSlash(path) === trimSlash(before) ? path : undefined;
}

function trimSlash(path: string): string {
  return path.replace(/\/+$/, '');
}

/** `/v1/AUTH_p1` ends with `/v1/{account}`: a `{…}` segment of the prefix matches any one segment. */
function endsWithTemplate(path: string, prefix: string): boolean {
  return templatePattern(prefix, '').test(path);
}

function isPathPrefix(prefix: string, path: string): boolean {
  return path === prefix || path.startsWith(`${prefix}/`) || prefix === '';
}

/** The matching template with the most literal characters: `/auth/tokens` beats `/auth/{x}`. */
function bestTemplate(path: string, templates: readonly string[]): string | undefined {
  let best: { template: string; literal: number } | undefined;
  for (const template of templates) {
    if (!templatePattern(template).test(path)) continue;
    const literal = template.replace(/\{[^}]*\}/g, '').length;
    if (best === undefined || literal > best.literal) best = { template, literal };
  }
  return best?.template;
}

const patterns = new Map<string, RegExp>();

/** The template as a pattern of a whole path (`anchor` `^`) or of a path's end (`anchor` ''). */
function templatePattern(template: string, anchor: '^' | '' = '^'): RegExp {
  const key = `${anchor}${template}`;
  let pattern = patterns.get(key);
  if (pattern === undefined) {
    const source = template
      .split(/(\{[^}]*\})/)
      .map((part) => (part.startsWith('{') ? '[^/]+' : part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')))
      .join('');
    pattern = new RegExp(`${anchor}${source}$`);
    patterns.set(key, pattern);
  }
  return pattern;
}

function microversionOf(record: RecordedBody, service: ServicePackage): string | undefined | Error {
  const facts = service.microversion;
  if (facts === undefined) return undefined;
  for (const header of facts.headers) {
    const value = record.microversion[header.name.toLowerCase()];
    if (value === undefined) continue;
    // `OpenStack-API-Version: placement 1.10`; the older per-service headers carry the version alone.
    const [first, second] = value.trim().split(/\s+/);
    const version = second ?? first;
    if (header.serviceName !== undefined && second !== undefined && first?.toLowerCase() !== header.serviceName) continue;
    if (version === undefined || !/^\d+\.\d+$/.test(version)) return new Error(`${header.name}: ${value} names no version the types can be read at`);
    return version;
  }
  return facts.min;
}
