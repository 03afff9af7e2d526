import { describe, expect, it } from 'vitest';
import { buildOvhRequest } from '../src/client/build-ovh-request.js';
import { encodeQueryString } from '../src/client/encode-query-string.js';
import { formatPythonNumber } from '../src/client/format-python-number.js';
import { toPythonJson } from '../src/client/to-python-json.js';
import { integer, pick, randomJson, randomNumber, randomText, seededRandom } from './support/random-inputs.js';
import { forPython, PYTHON_NUMBERS, runPython } from './support/run-python.js';

// Query strings and JSON bodies pinned to Python itself: python-ovh builds them with
// urllib.parse.urlencode (after turning booleans into "true"/"false") and
// json.dumps(data, separators=(",", ":")). A whole JavaScript number stands for a Python int (the
// only reading JavaScript allows), any other number for a float. Numbers travel to Python as exact
// decimal text (`forPython`), so that JSON's own number handling cannot blur them on the way.
const PYTHON_PRELUDE = `
import json, sys
from urllib.parse import urlencode
${PYTHON_NUMBERS}`;

describe('query strings: urllib.parse.urlencode', () => {
  it("matches python-ovh's query string for hundreds of generated parameter sets", () => {
    const random = seededRandom(15);
    const cases: [string, unknown][][] = [];
    for (let index = 0; index < 400; index++) {
      const names = new Set<string>();
      const params: [string, unknown][] = [];
      for (let count = integer(random, 1, 5); count > 0; count--) {
        const name = pick(random, ['q', 'from', 'date.from', 'fieldType', 'a b', "it's"]) + randomText(random, 2);
        if (name === '' || names.has(name)) continue;
        names.add(name);
        const kind = random();
        params.push([name, kind < 0.55 ? randomText(random) : kind < 0.85 ? randomNumber(random) : random() < 0.5]);
      }
      cases.push(params);
    }
    const python = runPython<string[]>(
      `${PYTHON_PRELUDE}
out = []
for params in json.load(sys.stdin):
    arguments = {}
    for name, value in params:
        value = py(value)
        if isinstance(value, bool):
            value = str(value).lower()  # python-ovh's _prepare_query_string
        arguments[name] = value
    out.append(urlencode(arguments))
print(json.dumps(out))`,
      forPython(cases),
    );
    expect(cases.map((params) => encodeQueryString(params))).toEqual(python);
  });

  it("encodes space as + and ' ( ) * ! as %XX, like quote_plus (encodeURIComponent leaves them)", () => {
    const params: [string, unknown][] = [["q", "it's (really) *fine*! a b"]];
    expect(encodeQueryString(params)).toBe('q=it%27s+%28really%29+%2Afine%2A%21+a+b');
    expect(runPython<string>(`${PYTHON_PRELUDE}\nprint(json.dumps(urlencode(dict(json.load(sys.stdin)))))`, params)).toBe(encodeQueryString(params));
  });

  it('puts GET/DELETE params in the URL exactly as python-ovh does, booleans included', () => {
    const url = buildOvhRequest({ baseUrl: 'https://eu.api.ovh.com/1.0', method: 'GET', path: '/?query=string', params: { checkbox: true, _from: 'start', to: 'end', off: false } }).url;
    expect(url).toBe('https://eu.api.ovh.com/1.0/?query=string&checkbox=true&from=start&to=end&off=false');
  });

  it('refuses a lone surrogate in a query value, which Python cannot encode either', () => {
    expect(() => encodeQueryString([['q', 'a\ud800']])).toThrow('query parameter "q" contains a lone UTF-16 surrogate');
    expect(() => runPython(`${PYTHON_PRELUDE}\nurlencode(dict(json.load(sys.stdin)))\nprint("null")`, [['q', 'a\ud800']])).toThrow(/UnicodeEncodeError/);
  });
});

describe('JSON bodies: json.dumps(separators=(",", ":"))', () => {
  it('writes the same bytes as Python for hundreds of generated values (unicode, astral, controls, lone surrogates, numbers)', () => {
    const random = seededRandom(1515);
    const values = Array.from({ length: 500 }, () => randomJson(random));
    const python = runPython<string[]>(`${PYTHON_PRELUDE}\nprint(json.dumps([json.dumps(py(value), separators=(",", ":")) for value in json.load(sys.stdin)]))`, forPython(values));
    expect(values.map((value) => toPythonJson(value))).toEqual(python);
  });

  it('escapes non-ASCII like Python: \\u00e9, surrogate pairs for astral characters, short escapes for controls', () => {
    const value = { name: 'café 😀', note: 'tab\there\u007f\u2028', quote: '"\\/' };
    expect(toPythonJson(value)).toBe('{"name":"caf\\u00e9 \\ud83d\\ude00","note":"tab\\there\\u007f\\u2028","quote":"\\"\\\\/"}');
    expect(runPython<string>(`${PYTHON_PRELUDE}\nprint(json.dumps(json.dumps(json.load(sys.stdin), separators=(",", ":"))))`, value)).toBe(toPythonJson(value));
  });

  it('writes numbers as Python writes ints and floats', () => {
    const random = seededRandom(7);
    const numbers = Array.from({ length: 2000 }, () => randomNumber(random));
    const python = runPython<string[]>(`${PYTHON_PRELUDE}\nprint(json.dumps([str(py(value)) for value in json.load(sys.stdin)]))`, forPython(numbers));
    expect(numbers.map(formatPythonNumber)).toEqual(python);
    expect([5e-5, 1.5e-7, 1e21, 2 ** 60, -0, 0.1].map(formatPythonNumber)).toEqual(['5e-05', '1.5e-07', '1000000000000000000000', '1152921504606846976', '0', '0.1']);
  });

  it('keeps nulls, leaves out undefined like JSON.stringify, honours toJSON, and refuses what JSON cannot carry', () => {
    expect(toPythonJson({ a: null, b: undefined, c: [undefined, () => 1], d: new Date('2024-01-02T03:04:05Z'), e: 10n ** 20n })).toBe('{"a":null,"c":[null,null],"d":"2024-01-02T03:04:05.000Z","e":100000000000000000000}');
    expect(() => toPythonJson({ ttl: Number.NaN })).toThrow('body.ttl is NaN, which JSON cannot carry');
    const circular: Record<string, unknown> = { a: [] };
    (circular['a'] as unknown[]).push(circular);
    expect(() => toPythonJson(circular)).toThrow('body.a[0] contains itself');
  });
});
