import { unwrap as coreUnwrap, type FetchResultLike } from '../client/unwrap.js';
import { StratusError } from '../errors/stratus-error.js';
import { NoMatchError, NoUniqueMatchError, type FindTarget } from './find-errors.js';
import type { ResourceSpec } from './manager-table.js';
import { nextLinkHref, nextPageQuery } from './next-page-query.js';
import { createPager, type Pager } from './pager.js';

/** The part of an openapi-fetch client the managers use. */
export interface RequestingClient {
  request(method: string, url: string, init?: unknown): Promise<FetchResultLike>;
}

export interface ManagerOptions {
  /** Turns a fetch result into its data or throws; a package with its own error classes passes its `unwrap`. */
  unwrap?: (result: Promise<FetchResultLike>) => Promise<unknown>;
  /** Errors of `find()`: default {@link NoMatchError} and {@link NoUniqueMatchError}. */
  findErrors?: {
    none(target: FindTarget): Error;
    many(target: FindTarget, matches: number): Error;
  };
}

type Args = unknown[];
type Query = Record<string, unknown> | undefined;

/** One resource's methods (`list`, `get`, `find`, …, actions), interpreting its table entry. */
export function createResourceManager(client: RequestingClient, resource: string, spec: ResourceSpec, options: ManagerOptions = {}): Record<string, (...args: Args) => unknown> {
  const unwrap = options.unwrap ?? ((result: Promise<FetchResultLike>) => coreUnwrap(result));
  const call = async (method: string, path: string, args: Args, init: { query?: Query; body?: unknown; hasBody?: boolean }, unwrapKey?: string): Promise<unknown> => {
    const params = { path: pathParams(resource, method, path, args), ...(init.query ? { query: init.query } : {}) };
    const data = await unwrap(client.request(method, path, { params, ...(init.hasBody ? { body: init.body } : {}) }));
    return unwrapKey !== undefined && isRecord(data) && unwrapKey in data ? data[unwrapKey] : data;
  };
  const manager: Record<string, (...args: Args) => unknown> = {};

  const list = spec.list;
  if (list) {
    const idCount = countParams(list.path);
    const pager = (args: Args): Pager<unknown> => {
      const fixed = args.slice(0, idCount);
      let linked = false;
      return createPager(asQuery(args[idCount]), async (query) => {
        const data = await call('get', list.path, fixed, { query });
        const items = isRecord(data) && Array.isArray(data[list.items]) ? (data[list.items] as unknown[]) : [];
        const next = nextPageQuery(data, list.items, items, query, { markerFallback: !linked });
        linked ||= nextLinkHref(data, list.items) !== undefined;
        return { items, next };
      });
    };
    const findAll = async (args: Args): Promise<{ matches: unknown[]; target: FindTarget }> => {
      const filter = args[idCount];
      if (!isRecord(filter)) throw new StratusError(`${resource}.find(): pass the attributes to match as an object, e.g. { name: 'web' }`);
      const matches = (await pager(args.slice(0, idCount)).all()).filter((item) => matchesFilter(item, filter));
      return { matches, target: { resource, filter, method: 'GET', url: list.path } };
    };
    manager['list'] = (...args) => pager(args);
    manager['findAll'] = async (...args) => (await findAll(args)).matches;
    manager['find'] = async (...args) => {
      const { matches, target } = await findAll(args);
      if (matches.length === 0) throw options.findErrors?.none(target) ?? new NoMatchError(target);
      if (matches.length > 1) throw options.findErrors?.many(target, matches.length) ?? new NoUniqueMatchError(target, matches.length);
      return matches[0];
    };
  }
  if (spec.get) {
    const { path, unwrap: key } = spec.get;
    const n = countParams(path);
    manager['get'] = (...args) => call('get', path, args, { query: asQuery(args[n]) }, key);
  }
  if (spec.create) {
    const { path, unwrap: key } = spec.create;
    const n = countParams(path);
    manager['create'] = (...args) => call('post', path, args, { body: args[n], hasBody: true }, key);
  }
  if (spec.update) {
    const { path, method, unwrap: key } = spec.update;
    const n = countParams(path);
    manager['update'] = (...args) => call(method, path, args, { body: args[n], hasBody: true }, key);
  }
  if (spec.replace) {
    const { path, unwrap: key } = spec.replace;
    const n = countParams(path);
    manager['replace'] = (...args) => call('put', path, args, { body: args[n], hasBody: true }, key);
  }
  if (spec.delete) {
    const { path } = spec.delete;
    manager['delete'] = async (...args) => {
      await call('delete', path, args, {});
    };
  }
  for (const [name, action] of Object.entries(spec.actions ?? {})) {
    const n = countParams(action.path);
    manager[name] = (...args) => {
      const given = args.length > n;
      // OpenStack actions: `{ "os-start": null }` when the action takes no arguments.
      const body = action.action === undefined ? args[n] : { [action.action]: given && args[n] !== undefined ? args[n] : null };
      return call(action.method, action.path, args, { body, hasBody: action.action !== undefined || given });
    };
  }
  return manager;
}

function pathParams(resource: string, method: string, path: string, args: Args): Record<string, unknown> {
  const params: Record<string, unknown> = {};
  paramNames(path).forEach((name, index) => {
    const value = args[index];
    if ((typeof value !== 'string' && typeof value !== 'number') || value === '') {
      throw new StratusError(`${resource}: ${method.toUpperCase()} ${path} needs "${name}" (argument ${index + 1}) as a non-empty string, got ${value === '' ? 'an empty string' : typeof value}`);
    }
    params[name] = value;
  });
  return params;
}

const PARAM = /\{([^}]+)\}/g;

function paramNames(path: string): string[] {
  return [...path.matchAll(PARAM)].map((match) => match[1] as string);
}

function countParams(path: string): number {
  return paramNames(path).length;
}

function asQuery(value: unknown): Query {
  return isRecord(value) ? value : undefined;
}

/** novaclient's `findall`: every given attribute equals the item's (objects and arrays compared by value). */
export function matchesFilter(item: unknown, filter: Record<string, unknown>): boolean {
  if (!isRecord(item)) return false;
  return Object.entries(filter).every(([key, expected]) => sameValue(item[key], expected));
}

function sameValue(actual: unknown, expected: unknown): boolean {
  if (actual === expected) return true;
  if (typeof actual !== 'object' || typeof expected !== 'object' || actual === null || expected === null) return false;
  return JSON.stringify(actual) === JSON.stringify(expected);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
