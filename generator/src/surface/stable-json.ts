/**
 * JSON for committed files that people review: object keys in code-point order, two-space
 * indentation, and any object or array that fits in `width` columns written on one line, so a
 * schema such as `{ "type": "string", "format": "uuid" }` is one diff line, not four.
 */
export function stableJson(value: unknown, width = 110): string {
  return write(sortKeysDeep(value), '', 0, width) + '\n';
}

/** A copy with every object's keys in code-point order (arrays keep their order). */
export function sortKeysDeep(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeysDeep);
  if (value === null || typeof value !== 'object') return value;
  const sorted: Record<string, unknown> = {};
  for (const key of Object.keys(value).sort(compareText)) {
    const child = (value as Record<string, unknown>)[key];
    if (child !== undefined) sorted[key] = sortKeysDeep(child);
  }
  return sorted;
}

export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function write(value: unknown, indent: string, used: number, width: number): string {
  const line = spaced(value);
  if (value === null || typeof value !== 'object' || indent.length + used + line.length <= width) return line;
  const inner = indent + '  ';
  if (Array.isArray(value)) {
    if (value.length === 0) return '[]';
    return `[\n${value.map((item) => inner + write(item, inner, 0, width)).join(',\n')}\n${indent}]`;
  }
  const entries = Object.entries(value);
  if (entries.length === 0) return '{}';
  return `{\n${entries
    .map(([key, child]) => {
      const label = `${JSON.stringify(key)}: `;
      return inner + label + write(child, inner, label.length, width);
    })
    .join(',\n')}\n${indent}}`;
}

/** One-line JSON with a space after `:` and `,`, as the multi-line form has. */
function spaced(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map(spaced).join(', ')}]`;
  const entries = Object.entries(value);
  return entries.length === 0 ? '{}' : `{ ${entries.map(([key, child]) => `${JSON.stringify(key)}: ${spaced(child)}`).join(', ')} }`;
}
