import { sha256 } from '../specs/sha256.js';
import type { PackageDiff, SurfaceChange } from './diff-surfaces.js';
import { managerText, operationLabel } from './diff-report.js';

export const CHANGESET_DIR = '.changeset';

/** A spec that changed, for the changeset's first line. */
export interface UpdatedSpec {
  id: string;
  from: string;
  to: string;
}

const MAX_OPERATIONS = 8;

function operationText(change: SurfaceChange, packageName: string): string {
  const text = managerText(change.managers, (name) => `\`${name}\``);
  const managers = text ? ` (${text})` : '';
  return `\`${operationLabel(change, packageName)}\`${managers}`;
}

/**
 * Bullets for a group of changes: one per operation change; a component change (an OVH model,
 * an OpenStack schema) once, with the operations it reaches.
 */
function bullets(changes: readonly SurfaceChange[], packageName: string): string[] {
  const lines: string[] = [];
  const byModel = new Map<string, SurfaceChange[]>();
  for (const change of changes) {
    if (change.model === undefined) {
      lines.push(`- ${operationText(change, packageName)}: ${change.detail}`);
      continue;
    }
    // The detail starts with where the operation reaches the model; the rest is the model's own change.
    const own = change.detail.slice(change.detail.indexOf(`model ${change.model}`)).replace(/ \(also changes .*\)$/, '');
    const key = `${change.direction}\0${own}`;
    byModel.set(key, [...(byModel.get(key) ?? []), change]);
  }
  for (const [key, group] of byModel) {
    const own = key.split('\0')[1]!;
    const operations = [...new Set(group.map((change) => operationText(change, packageName)))];
    const shown = operations.slice(0, MAX_OPERATIONS).join(', ') + (operations.length > MAX_OPERATIONS ? ` and ${operations.length - MAX_OPERATIONS} more` : '');
    lines.push(`- ${group[0]!.direction === 'request' ? 'request' : 'response'} ${own} — ${operations.length} operation${operations.length === 1 ? '' : 's'}: ${shown}`);
  }
  return lines;
}

/**
 * One changeset for a package whose API surface changed: the bump the changes need and a
 * changelog of the changed operations and manager methods, breaking changes first. The file name
 * depends only on the content, so writing it again changes nothing.
 */
export function changesetFor(diff: PackageDiff, specs: readonly UpdatedSpec[]): { file: string; text: string } | undefined {
  if (diff.bump === 'none') return undefined;
  const count = (kind: SurfaceChange['kind']) => new Set(diff.changes.filter((change) => change.kind === kind).map((change) => `${change.entryPoint} ${change.operation}`)).size;
  const changed = new Set(diff.changes.filter((change) => change.kind === 'changed' || change.kind === 'deprecated').map((change) => `${change.entryPoint} ${change.operation}`)).size;
  const source = specs.length === 0 ? 'Spec changes' : `Spec update (${specs.map((spec) => `${spec.id} ${spec.from.slice(0, 12)} → ${spec.to.slice(0, 12)}`).join(', ')})`;
  const sections: [string, SurfaceChange[]][] = [
    ['Breaking', diff.changes.filter((change) => change.breaking)],
    ['Added', diff.changes.filter((change) => !change.breaking && change.kind === 'added')],
    ['Deprecated', diff.changes.filter((change) => !change.breaking && change.kind === 'deprecated')],
    ['Changed', diff.changes.filter((change) => !change.breaking && (change.kind === 'changed' || change.kind === 'removed') && change.level !== 'patch')],
    ['Documentation', diff.changes.filter((change) => !change.breaking && change.level === 'patch')],
  ];
  const body = [`${source}: ${count('added')} operations added, ${count('removed')} removed, ${changed} changed.`];
  for (const [title, changes] of sections) if (changes.length > 0) body.push('', `${title}:`, '', ...bullets(changes, diff.name));
  const text = `---\n'${diff.name}': ${diff.bump}\n---\n\n${body.join('\n')}\n`;
  const slug = diff.name.replace(/^@[^/]+\//, '').replace(/[^A-Za-z0-9-]+/g, '-');
  return { file: `${CHANGESET_DIR}/api-${slug}-${sha256(text).slice(0, 8)}.md`, text };
}
