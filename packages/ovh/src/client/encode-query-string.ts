import { StratusError } from '@stratus/core';
import { formatPythonNumber } from './format-python-number.js';
import { quotePlus } from './quote-plus.js';
import { toPythonJson } from './to-python-json.js';

/**
 * The query string python-ovh builds for GET/DELETE params: `urlencode(params)` after booleans
 * became `true`/`false`, so names and values are quote_plus-encoded (space → `+`, `'()*!` → `%XX`)
 * and numbers are written as Python writes them. Deliberately different from python-ovh:
 * null/undefined values are left out (python-ovh sends `null`), arrays become repeated keys
 * (python-ovh sends the text of the Python list, `['a', 'b']`), objects are sent as JSON (`iamTags`;
 * python-ovh sends the text of the Python dict) and dates as ISO strings. Dotted names such as
 * `date.from` are kept. Returns "" when nothing is left.
 */
export function encodeQueryString(params: ReadonlyArray<readonly [string, unknown]>): string {
  const pairs: string[] = [];
  for (const [name, value] of params) {
    for (const item of Array.isArray(value) ? value : [value]) {
      const text = queryValueText(name, item);
      if (text !== undefined) pairs.push(`${quotePlus(name, `query parameter name "${name}"`)}=${quotePlus(text, `query parameter "${name}"`)}`);
    }
  }
  return pairs.join('&');
}

function queryValueText(name: string, value: unknown): string | undefined {
  switch (typeof value) {
    case 'undefined':
      return undefined;
    case 'string':
      return value;
    case 'boolean':
      return value ? 'true' : 'false';
    case 'bigint':
      return value.toString();
    case 'number':
      if (!Number.isFinite(value)) throw new StratusError(`[@stratus/ovh] query parameter "${name}" is ${value}; send a finite number`);
      return formatPythonNumber(value);
    case 'function':
    case 'symbol':
      throw new StratusError(`[@stratus/ovh] query parameter "${name}" is a ${typeof value}; send a string, number, boolean, date, array or object`);
  }
  if (value === null) return undefined;
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) throw new StratusError(`[@stratus/ovh] query parameter "${name}" is an invalid Date`);
    return value.toISOString();
  }
  return toPythonJson(value, `query parameter "${name}"`);
}
