import { NotFoundError } from '../errors/http-status-errors.js';
import { StratusError } from '../errors/stratus-error.js';
import { isSecretParamName, REDACTED } from '../redaction/secret-patterns.js';

/** What `find()` was looking for, for its errors. */
export interface FindTarget {
  /** Resource name, e.g. `flavors`. */
  resource: string;
  /** The attributes given to `find()`. */
  filter: Record<string, unknown>;
  /** The list request, e.g. `GET /flavors/detail`. */
  method: string;
  url: string;
}

/**
 * `find()` matched nothing (novaclient's `NotFound` from `find`). A {@link NotFoundError}, so one
 * `instanceof NotFoundError` covers both a 404 from `get(id)` and an empty `find()`.
 */
export class NoMatchError extends NotFoundError {
  static {
    this.prototype.name = 'NoMatchError';
  }

  readonly resource: string;
  readonly filter: Record<string, unknown>;

  constructor(target: FindTarget) {
    super({ message: `No ${target.resource} match ${describeFilter(target.filter)} (listed with ${target.method} ${target.url})`, status: 404, method: target.method, url: target.url });
    this.resource = target.resource;
    this.filter = redactFilter(target.filter);
  }

  protected override details(): Record<string, unknown> {
    return { ...super.details(), resource: this.resource, filter: this.filter };
  }
}

/** `find()` matched several items (novaclient's `NoUniqueMatch`). */
export class NoUniqueMatchError extends StratusError {
  static {
    this.prototype.name = 'NoUniqueMatchError';
  }

  readonly resource: string;
  readonly filter: Record<string, unknown>;
  readonly matches: number;

  constructor(target: FindTarget, matches: number) {
    super(`${matches} ${target.resource} match ${describeFilter(target.filter)}; add attributes to the filter, or use findAll()`);
    this.resource = target.resource;
    this.filter = redactFilter(target.filter);
    this.matches = matches;
  }

  protected override details(): Record<string, unknown> {
    return { resource: this.resource, filter: this.filter, matches: this.matches };
  }
}

/** `{ ram: 512, name: 'm1.tiny' }` → `{"ram":512,"name":"m1.tiny"}`; values of secret-like keys (`adminPass`) redacted. */
export function describeFilter(filter: Record<string, unknown>): string {
  try {
    return JSON.stringify(redactFilter(filter)) ?? String(filter);
  } catch {
    return `{${Object.keys(filter).join(', ')}}`;
  }
}

function redactFilter(filter: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(filter).map(([key, value]) => [key, isSecretParamName(key) ? REDACTED : value]));
}
