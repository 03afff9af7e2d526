import type { PackageDiff, SurfaceChange } from './diff-surfaces.js';

/** `specs diff --json`: `{ packages: [{ name, bump, changes: [{ operation, kind, breaking, detail, … }] }] }`. */
export function diffJson(diff: readonly PackageDiff[]): string {
  return JSON.stringify({ packages: diff }, null, 2);
}

/** `me: GET /me` for an entry point other than the package itself. */
export function operationLabel(change: SurfaceChange, packageName: string): string {
  const entry = change.entryPoint === packageName ? '' : `${change.entryPoint.slice(packageName.length + 1)}: `;
  return `${entry}${change.operation}`;
}

/** `servers.get()`; an OpenStack action endpoint behind dozens of methods is summarised (the JSON lists them). */
export function managerText(managers: readonly string[] | undefined, quote: (name: string) => string = (name) => name): string | undefined {
  if (!managers || managers.length === 0) return undefined;
  if (managers.length > 4) return `${managers.length} ${managers[0]!.split('.')[0]}.* manager methods`;
  return managers.map((name) => quote(`${name}()`)).join(', ');
}

function line(change: SurfaceChange, packageName: string): string {
  const text = managerText(change.managers);
  const managers = text ? ` [${text}]` : '';
  return `    ${operationLabel(change, packageName)}${managers} — ${change.detail}`;
}

/**
 * The readable report: per package its bump and its changes, breaking ones first. `limit` caps
 * the lines per package (`generate --check` shows the first few), with a count of the rest.
 */
export function diffText(diff: readonly PackageDiff[], options: { limit?: number } = {}): string[] {
  const lines: string[] = [];
  const unchanged: string[] = [];
  for (const entry of diff) {
    if (entry.changes.length === 0) {
      unchanged.push(entry.name);
      continue;
    }
    const breaking = entry.changes.filter((change) => change.breaking);
    const others = entry.changes.filter((change) => !change.breaking);
    const operations = new Set(entry.changes.map((change) => `${change.entryPoint} ${change.operation}`)).size;
    lines.push(`${entry.name}: ${entry.bump} (${operations} operation${operations === 1 ? '' : 's'}; ${breaking.length} breaking change${breaking.length === 1 ? '' : 's'}, ${others.length} other${others.length === 1 ? '' : 's'})`);
    let budget = options.limit ?? Infinity;
    for (const [title, group] of [['breaking', breaking], ['not breaking', others]] as const) {
      if (group.length === 0 || budget <= 0) continue;
      lines.push(`  ${title}:`);
      for (const change of group) {
        if (budget-- <= 0) break;
        lines.push(line(change, entry.name) + (change.breaking ? '' : ` (${change.level})`));
      }
    }
    const shown = Math.min(entry.changes.length, options.limit ?? Infinity);
    if (shown < entry.changes.length) lines.push(`  … ${entry.changes.length - shown} more (\`stratus-gen specs diff\` lists them all)`);
  }
  if (unchanged.length > 0) lines.push(`no API changes: ${unchanged.join(', ')}`);
  return lines;
}
