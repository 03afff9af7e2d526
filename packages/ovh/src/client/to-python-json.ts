import { StratusError } from '@stratus/core';
import { formatPythonNumber } from './format-python-number.js';

// json.dumps' default ensure_ascii: only printable ASCII stays; everything else is escaped, per
// UTF-16 code unit (so a character beyond U+FFFF becomes its surrogate pair, as in Python).
const NEEDS_ESCAPE = /["\\\u0000-\u001f\u007f-\uffff]/g;
const SHORT_ESCAPES: Readonly<Record<string, string>> = { '"': '\\"', '\\': '\\\\', '\n': '\\n', '\r': '\\r', '\t': '\\t', '\b': '\\b', '\f': '\\f' };

function quote(text: string): string {
  return `"${text.replace(NEEDS_ESCAPE, (char) => SHORT_ESCAPES[char] ?? `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`)}"`;
}

/**
 * The JSON text python-ovh sends for a value: `json.dumps(value, separators=(",", ":"))`, i.e.
 * compact, non-ASCII escaped as `\u00e9`, numbers as Python writes them (see formatPythonNumber).
 * Otherwise JSON.stringify's rules: `toJSON` is honoured (dates become ISO strings), undefined,
 * functions and symbols are left out of objects and are `null` in arrays, and keys keep the
 * object's own order. `what` names the value in errors (`body`, `query parameter "iamTags"`).
 * Returns undefined where JSON.stringify would (a top-level undefined, function or symbol).
 */
export function toPythonJson(value: unknown, what = 'body'): string | undefined {
  const open: object[] = [];

  const write = (input: unknown, key: string, at: string): string | undefined => {
    let value = input;
    if (typeof value === 'object' && value !== null && typeof (value as { toJSON?: unknown }).toJSON === 'function') {
      value = (value as { toJSON(key: string): unknown }).toJSON(key);
    }
    if (value instanceof Number || value instanceof String || value instanceof Boolean || value instanceof BigInt) value = value.valueOf();
    switch (typeof value) {
      case 'string':
        return quote(value);
      case 'boolean':
        return value ? 'true' : 'false';
      case 'bigint':
        return value.toString();
      case 'number':
        if (!Number.isFinite(value)) {
          // python-ovh would send NaN/Infinity, which is not JSON and which the API refuses.
          throw new StratusError(`[@stratus/ovh] ${at} is ${value}, which JSON cannot carry; send a finite number or null`);
        }
        return formatPythonNumber(value);
      case 'undefined':
      case 'function':
      case 'symbol':
        return undefined;
    }
    if (value === null) return 'null';
    const object = value as object;
    if (open.includes(object)) throw new StratusError(`[@stratus/ovh] ${at} contains itself: a circular structure cannot be sent as JSON`);
    open.push(object);
    let text: string;
    if (Array.isArray(object)) {
      text = `[${object.map((item, index) => write(item, String(index), `${at}[${index}]`) ?? 'null').join(',')}]`;
    } else {
      const members: string[] = [];
      for (const name of Object.keys(object)) {
        const member = write((object as Record<string, unknown>)[name], name, `${at}.${name}`);
        if (member !== undefined) members.push(`${quote(name)}:${member}`);
      }
      text = `{${members.join(',')}}`;
    }
    open.pop();
    return text;
  };

  return write(value, '', what);
}
