import { InvalidConfigurationError } from '@stratus/core';

// openstacksdk's loader is Python: several of its rules depend on Python's value semantics (truthiness,
// str() of a number or a boolean, str.format). These helpers reproduce the ones the loader relies on.
// Integers are bigints here (read-cloud-files parses them so), so 2 and 2.0 stay distinct as in Python.

export type Dict = Record<string, unknown>;

export const isDict = (value: unknown): value is Dict => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Python's `copy.deepcopy` for settings: mappings and lists are copied, other values (getters too) kept. */
export function deepCopy<T>(value: T): T {
  if (Array.isArray(value)) return value.map(deepCopy) as T;
  if (isDict(value)) return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, deepCopy(item)])) as T;
  return value;
}

/** Python's `bool(value)`. */
export function pyTruthy(value: unknown): boolean {
  if (value === null || value === undefined || value === false || value === '' || value === 0 || value === 0n) return false;
  if (Array.isArray(value)) return value.length > 0;
  if (isDict(value)) return Object.keys(value).length > 0;
  return true;
}

function pyFloat(value: number): string {
  if (Number.isNaN(value)) return 'nan';
  if (!Number.isFinite(value)) return value > 0 ? 'inf' : '-inf';
  const magnitude = Math.abs(value);
  if (magnitude !== 0 && (magnitude < 1e-4 || magnitude >= 1e16)) {
    const [mantissa, exponent] = value.toExponential().split('e') as [string, string];
    const sign = exponent.startsWith('-') ? '-' : '+';
    return `${mantissa}e${sign}${exponent.replace(/^[-+]/, '').padStart(2, '0')}`;
  }
  const text = String(value);
  return Number.isInteger(value) ? `${text}.0` : text;
}

/** Python's `str(value)` for the scalars a YAML or JSON file holds. */
export function pyStr(value: unknown): string {
  if (value === null || value === undefined) return 'None';
  if (value === true) return 'True';
  if (value === false) return 'False';
  if (typeof value === 'bigint') return value.toString();
  if (typeof value === 'number') return pyFloat(value);
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) return `[${value.map((item) => (typeof item === 'string' ? `'${item}'` : pyStr(item))).join(', ')}]`;
  return JSON.stringify(value) ?? String(value);
}

/** openstacksdk's `get_boolean`: a boolean as is, the string "true" in any case, else false. */
export function getBoolean(value: unknown): boolean {
  if (typeof value === 'boolean') return value;
  return typeof value === 'string' && value.toLowerCase() === 'true';
}

/** openstacksdk's `normalize_keys`: dashes in keys become underscores; numbers become strings (except two keys). */
export function normalizeKeys(config: Dict): Dict {
  const normalized: Dict = {};
  for (const [rawKey, value] of Object.entries(config)) {
    const key = rawKey.replaceAll('-', '_');
    if (isDict(value)) normalized[key] = normalizeKeys(value);
    else if (typeof value === 'bigint') normalized[key] = key === 'verbose_level' || key === 'api_timeout' ? value : value.toString();
    else if (typeof value === 'number') normalized[key] = pyFloat(value);
    else normalized[key] = value;
  }
  return normalized;
}

/** A `{name}` in a value that names no setting (Python's str.format raises KeyError); `where` starts the message. */
export class FormatKeyError extends InvalidConfigurationError {
  static {
    this.prototype.name = 'FormatKeyError';
  }
}

/**
 * Python's `template.format(**values)` for the simple `{name}` fields openstacksdk's configuration uses
 * (`https://{region_name}.example.com`); `{{` and `}}` are literal braces.
 */
export function pythonFormat(template: string, values: Dict, where: string): string {
  let result = '';
  for (let index = 0; index < template.length; index++) {
    const char = template[index]!;
    if (char === '{' && template[index + 1] === '{') {
      result += '{';
      index++;
    } else if (char === '}' && template[index + 1] === '}') {
      result += '}';
      index++;
    } else if (char === '{') {
      const end = template.indexOf('}', index);
      const field = end === -1 ? '' : template.slice(index + 1, end);
      if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(field)) {
        throw new FormatKeyError(`${where}: "{${field}" is not a {name} placeholder (write {{ and }} for literal braces)`);
      }
      if (!(field in values)) {
        throw new FormatKeyError(`${where}: {${field}} names no setting of this cloud (write {{${field}}} for literal braces)`);
      }
      result += pyStr(values[field]);
      index = end;
    } else if (char === '}') {
      throw new FormatKeyError(`${where}: single "}" (write }} for a literal brace)`);
    } else {
      result += char;
    }
  }
  return result;
}
