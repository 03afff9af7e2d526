/**
 * Query string for GET/DELETE params: booleans as `true`/`false` (python-ovh), arrays as repeated
 * keys, dates as ISO strings, objects as JSON (e.g. `iamTags`), null/undefined left out. Names such as
 * `date.from` are kept as they are. Returns "" when nothing is left.
 */
export function encodeQueryString(params: ReadonlyArray<readonly [string, unknown]>): string {
  const pairs: string[] = [];
  for (const [name, value] of params) {
    for (const item of Array.isArray(value) ? value : [value]) {
      const encoded = encodeQueryValue(item);
      if (encoded !== undefined) pairs.push(`${encodeURIComponent(name)}=${encodeURIComponent(encoded)}`);
    }
  }
  return pairs.join('&');
}

function encodeQueryValue(value: unknown): string | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (value instanceof Date) return value.toISOString();
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}
