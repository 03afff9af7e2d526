import { bumpOf, classify, levelRank, type ChangeKind, type Direction, type Level, type RuleId } from './change-rules.js';
import { rangeContains, rangeText, SchemaComparer, type Comparison } from './compare-schemas.js';
import { compareText } from './stable-json.js';
import type { ApiSurface, OperationSurface, ParameterSurface, ResponseSurface } from './surface-model.js';

/** One change of one operation, as `specs diff --json` prints it. */
export interface SurfaceChange {
  /** `GET /servers/{server_id}`: the method and the path as users call it. */
  operation: string;
  kind: ChangeKind;
  breaking: boolean;
  detail: string;
  /** The bump this change alone needs. */
  level: Level;
  /** Why it is classified so (see change-rules.ts and the generator README). */
  rule: RuleId;
  /** The import users get the operation from (`@stratus/ovh/me`); the package itself for service packages. */
  entryPoint: string;
  /** Whether the change is in what users send or what they read. */
  direction?: Direction;
  /** The component the change is in, when it is in one (reported on every operation reaching it). */
  model?: string;
  property?: string;
  /** Other entry points of the package whose operations the same component change reaches. */
  alsoIn?: string[];
  /** Manager methods calling the operation (before or after the change). */
  managers?: string[];
}

export interface PackageDiff {
  name: string;
  bump: Level | 'none';
  changes: SurfaceChange[];
}

const KIND_ORDER: Record<ChangeKind, number> = { removed: 0, changed: 1, deprecated: 2, added: 3 };

function isSuccess(status: string): boolean {
  return /^2/.test(status);
}

function parameterLabel(key: string): string {
  const space = key.indexOf(' ');
  return `${key.slice(0, space)} parameter ${JSON.stringify(key.slice(space + 1))}`;
}

function mediaLabel(media: string): string {
  return media === 'application/json' ? '' : ` (${media})`;
}

interface Found {
  rule: RuleId;
  detail: string;
  direction?: Direction;
  model?: string;
  property?: string;
  /** Key for cross-entry-point matching of component changes. */
  modelKey?: string;
}

/** Compares one operation in two surfaces. */
class OperationDiff {
  readonly found: Found[] = [];
  /** Component pairs already reported for this operation, per direction. */
  private readonly reached = new Set<string>();

  constructor(private readonly comparer: SchemaComparer) {}

  add(rule: RuleId, detail: string): void {
    this.found.push({ rule, detail });
  }

  schema(oldSchema: unknown, newSchema: unknown, direction: Direction, location: string): void {
    this.report(this.comparer.compare(oldSchema, newSchema, direction), direction, location, undefined);
  }

  private report(comparison: Comparison, direction: Direction, location: string, model: string | undefined): void {
    for (const change of comparison.changes) {
      const where = [location, model !== undefined ? `model ${model}` : '', change.path].filter(Boolean).join(' › ');
      this.found.push({
        rule: change.rule,
        detail: `${where}: ${change.text}`,
        direction,
        ...(model !== undefined ? { model, modelKey: `${direction}\0${model}\0${change.path}\0${change.text}` } : {}),
        ...(change.property !== undefined ? { property: change.property } : {}),
      });
    }
    // Components reached on both sides: their own changes, once per operation and direction.
    for (const pair of [...comparison.refs].sort(compareText)) {
      const key = `${direction}\0${pair}`;
      if (this.reached.has(key)) continue;
      this.reached.add(key);
      const [oldName, newName] = pair.split('\0') as [string, string];
      this.report(this.comparer.compareModel(oldName, newName, direction), direction, location, this.comparer.canonicalName(newName, 'new'));
    }
  }

  operation(before: OperationSurface, after: OperationSurface): void {
    if (!before.deprecated && after.deprecated) this.add('operation-deprecated', 'operation deprecated');
    if (before.deprecated && !after.deprecated) this.add('operation-undeprecated', 'no longer deprecated');
    if ((before.status ?? 'PRODUCTION') !== (after.status ?? 'PRODUCTION')) this.add('operation-status-changed', `status ${before.status ?? 'PRODUCTION'} → ${after.status ?? 'PRODUCTION'}`);
    if (before.unauthenticated && !after.unauthenticated) this.add('security-added', 'now requires credentials');
    if (!before.unauthenticated && after.unauthenticated) this.add('security-removed', 'no longer requires credentials');
    const beforeRange = before['x-openstack'] ?? {};
    const afterRange = after['x-openstack'] ?? {};
    if (JSON.stringify(beforeRange) !== JSON.stringify(afterRange)) {
      this.add(rangeContains(afterRange, beforeRange) ? 'operation-microversions-widened' : 'operation-microversions-narrowed', `microversions ${rangeText(beforeRange)} → ${rangeText(afterRange)}`);
    }
    const beforeManagers = new Set(before.managers ?? []);
    const afterManagers = new Set(after.managers ?? []);
    for (const name of afterManagers) if (!beforeManagers.has(name)) this.add('manager-method-added', `manager method ${name}() added`);
    for (const name of beforeManagers) if (!afterManagers.has(name)) this.add('manager-method-removed', `manager method ${name}() removed`);

    this.parameters(before.parameters ?? {}, after.parameters ?? {});
    this.requestBody(before, after);
    this.responses(before, after);
    if (before.docs !== after.docs || before.summary !== after.summary) {
      this.add('operation-docs-changed', before.summary !== after.summary ? `summary ${JSON.stringify(before.summary ?? '')} → ${JSON.stringify(after.summary ?? '')}` : 'documentation changed');
    }
  }

  private parameters(before: Record<string, ParameterSurface>, after: Record<string, ParameterSurface>): void {
    for (const key of [...new Set([...Object.keys(before), ...Object.keys(after)])].sort(compareText)) {
      const label = parameterLabel(key);
      const old = before[key];
      const now = after[key];
      if (!old) this.add(now!.required ? 'parameter-added-required' : 'parameter-added-optional', `${label} added (${now!.required ? 'required' : 'optional'})`);
      else if (!now) this.add('parameter-removed', `${label} removed`);
      else {
        if (!old.required && now.required) this.add('parameter-became-required', `${label} now required`);
        if (old.required && !now.required) this.add('parameter-became-optional', `${label} now optional`);
        if (!old.deprecated && now.deprecated) this.add('parameter-deprecated', `${label} deprecated`);
        this.schema(old.schema, now.schema, 'request', label);
      }
    }
  }

  private requestBody(before: OperationSurface, after: OperationSurface): void {
    const old = before.requestBody;
    const now = after.requestBody;
    if (!old && !now) return;
    if (!old) return this.add(now!.required ? 'request-body-added-required' : 'request-body-added-optional', `request body added (${now!.required ? 'required' : 'optional'})`);
    if (!now) return this.add('request-body-removed', 'request body removed');
    if (!old.required && now.required) this.add('request-body-became-required', 'request body now required');
    if (old.required && !now.required) this.add('request-body-became-optional', 'request body now optional');
    const media = (body: Record<string, unknown>) => Object.keys(body).filter((key) => key.includes('/'));
    const oldMedia = media(old);
    const newMedia = media(now);
    for (const type of newMedia) if (!oldMedia.includes(type)) this.add('request-media-type-added', `request body media type ${type} added`);
    for (const type of oldMedia) {
      if (!newMedia.includes(type)) this.add('request-media-type-removed', `request body media type ${type} removed`);
      else this.schema(old[type], now[type], 'request', `request body${mediaLabel(type)}`);
    }
  }

  private responses(before: OperationSurface, after: OperationSurface): void {
    const old = before.responses ?? {};
    const now = after.responses ?? {};
    // A success status that moved (Cinder's type create: 201 → 200) is one success answer still:
    // the client's `data` is the union of the 2XX bodies, so its body is compared, not dropped and added.
    const gone = Object.keys(old).filter((status) => isSuccess(status) && !(status in now)).sort(compareText);
    const come = Object.keys(now).filter((status) => isSuccess(status) && !(status in old)).sort(compareText);
    const moved = new Map(gone.slice(0, come.length).map((status, index) => [status, come[index]!]));
    for (const [from, to] of moved) {
      this.add('response-success-status-changed', `response ${from} is now ${to}`);
      this.response(`response ${to}`, old[from]!, now[to]!);
    }
    const movedTo = new Set(moved.values());
    for (const status of [...new Set([...Object.keys(old), ...Object.keys(now)])].sort(compareText)) {
      const a = old[status];
      const b = now[status];
      if (moved.has(status) || movedTo.has(status)) continue;
      if (!a) {
        this.add('response-status-added', `response ${status} added`);
        continue;
      }
      if (!b) {
        this.add(isSuccess(status) ? 'response-success-status-removed' : 'response-error-status-removed', `response ${status} removed`);
        continue;
      }
      this.response(`response ${status}`, a, b);
    }
  }

  private response(label: string, a: ResponseSurface, b: ResponseSurface): void {
    const media = (response: Record<string, unknown>) => Object.keys(response).filter((key) => key.includes('/'));
    for (const type of media(b)) if (!(type in a)) this.add('response-media-type-added', `${label} media type ${type} added`);
    for (const type of media(a)) {
      if (!(type in b)) this.add('response-media-type-removed', `${label} media type ${type} removed`);
      else this.schema(a[type], b[type], 'response', `${label}${mediaLabel(type)}`);
    }
    const oldHeaders = a.headers ?? {};
    const newHeaders = b.headers ?? {};
    for (const name of Object.keys(newHeaders)) if (!(name in oldHeaders)) this.add('response-header-added', `${label} header ${name} added`);
    for (const [name, header] of Object.entries(oldHeaders)) {
      const counterpart = newHeaders[name];
      if (!counterpart) this.add(header.required ? 'response-required-header-removed' : 'response-optional-header-removed', `${label} header ${name} removed`);
      else this.schema(header.schema, counterpart.schema, 'response', `${label} header ${name}`);
    }
  }
}

function change(operation: string, entryPoint: string, found: Found, managers: readonly string[] | undefined): SurfaceChange & { modelKey?: string } {
  const { kind, level } = classify(found.rule, found.direction);
  return {
    operation,
    kind,
    breaking: level === 'major',
    detail: found.detail,
    level,
    rule: found.rule,
    entryPoint,
    ...(found.direction ? { direction: found.direction } : {}),
    ...(found.model !== undefined ? { model: found.model } : {}),
    ...(found.property !== undefined ? { property: found.property } : {}),
    ...(managers && managers.length > 0 ? { managers: [...managers] } : {}),
    ...(found.modelKey !== undefined ? { modelKey: found.modelKey } : {}),
  };
}

/** Changes of one entry point between two surfaces (either may be missing: all added or all removed). */
export function diffEntryPoint(entryPoint: string, before: ApiSurface | undefined, after: ApiSurface | undefined): (SurfaceChange & { modelKey?: string })[] {
  const oldOperations = before?.operations ?? {};
  const newOperations = after?.operations ?? {};
  const comparer = new SchemaComparer(before?.schemas ?? {}, after?.schemas ?? {});
  const changes: (SurfaceChange & { modelKey?: string })[] = [];
  for (const key of [...new Set([...Object.keys(oldOperations), ...Object.keys(newOperations)])].sort(compareText)) {
    const old = oldOperations[key];
    const now = newOperations[key];
    if (!old) changes.push(change(key, entryPoint, { rule: 'operation-added', detail: 'operation added' }, now!.managers));
    else if (!now) changes.push(change(key, entryPoint, { rule: 'operation-removed', detail: 'operation removed' }, old.managers));
    else {
      const diff = new OperationDiff(comparer);
      diff.operation(old, now);
      const managers = [...new Set([...(old.managers ?? []), ...(now.managers ?? [])])].sort(compareText);
      for (const found of diff.found) changes.push(change(key, entryPoint, found, managers));
    }
  }
  return changes;
}

function orderChanges(a: SurfaceChange, b: SurfaceChange): number {
  return levelRank(b.level) - levelRank(a.level) || compareText(a.entryPoint, b.entryPoint) || compareText(a.operation, b.operation) || KIND_ORDER[a.kind] - KIND_ORDER[b.kind] || compareText(a.detail, b.detail);
}

const MAX_NAMED = 5;

/**
 * Compares the committed surfaces with the new ones, per package. `packages` lists the package
 * names to report (in that order), each with the entry points of both sides that belong to it.
 * A component change reaching operations of several entry points (OVH models shared by
 * catalogues through the merge rule) names the others on each change.
 */
export function diffSurfaces(packages: readonly string[], before: ReadonlyMap<string, ApiSurface>, after: ReadonlyMap<string, ApiSurface>): PackageDiff[] {
  return packages.map((name) => {
    const entryPoints = [...new Set([...before.values(), ...after.values()].filter((surface) => surface.package === name).map((surface) => surface.entryPoint))].sort(compareText);
    const all = entryPoints.flatMap((entryPoint) => diffEntryPoint(entryPoint, before.get(entryPoint), after.get(entryPoint)));
    const reachedFrom = new Map<string, Set<string>>();
    for (const item of all) if (item.modelKey !== undefined) (reachedFrom.get(item.modelKey) ?? reachedFrom.set(item.modelKey, new Set()).get(item.modelKey)!).add(item.entryPoint);
    const changes = all.map(({ modelKey, ...item }) => {
      const others = modelKey !== undefined ? [...reachedFrom.get(modelKey)!].filter((entry) => entry !== item.entryPoint).sort(compareText) : [];
      if (others.length === 0) return item;
      const named = others.slice(0, MAX_NAMED).join(', ') + (others.length > MAX_NAMED ? ` and ${others.length - MAX_NAMED} more` : '');
      return { ...item, detail: `${item.detail} (also changes ${named})`, alsoIn: others };
    });
    changes.sort(orderChanges);
    return { name, bump: bumpOf(changes.map((item) => item.level)), changes };
  });
}
