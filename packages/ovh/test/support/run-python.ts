import { spawnSync } from 'node:child_process';

/**
 * Runs `script` with Python 3 (`python3 -c`), `input` as JSON on stdin, and returns what it prints
 * as JSON. Python is a test dependency only: these tests pin python-ovh's encodings to Python's own
 * urlencode, json.dumps and configparser. UTF-8 mode makes Python read files as UTF-8 whatever the
 * machine's locale, as python-ovh does on a UTF-8 system.
 */
export function runPython<T>(script: string, input: unknown): T {
  const result = spawnSync('python3', ['-c', script], {
    input: JSON.stringify(input),
    encoding: 'utf8',
    env: { ...process.env, PYTHONUTF8: '1', PYTHONIOENCODING: 'utf-8' },
    maxBuffer: 256 * 1024 * 1024,
  });
  if (result.error) throw new Error(`python3 could not be started (${result.error.message}): these tests compare with Python itself and need python3 on PATH`);
  if (result.status !== 0) throw new Error(`python3 exited with ${result.status}:\n${result.stderr}`);
  return JSON.parse(result.stdout) as T;
}

/**
 * Numbers travel to Python as exact decimal text, so that JSON's own number handling cannot blur
 * them: a whole JavaScript number stands for a Python int (the only reading JavaScript allows), any
 * other number for a float. `forPython` wraps them; PYTHON_NUMBERS defines `py(value)`, which unwraps.
 */
export function forPython(value: unknown): unknown {
  if (typeof value === 'number') return Number.isInteger(value) ? { __int: BigInt(value).toString() } : { __float: String(value) };
  if (Array.isArray(value)) return value.map(forPython);
  if (typeof value === 'object' && value !== null) return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, forPython(item)]));
  return value;
}

export const PYTHON_NUMBERS = `
def py(value):
    if isinstance(value, dict) and len(value) == 1 and "__int" in value:
        return int(value["__int"])
    if isinstance(value, dict) and len(value) == 1 and "__float" in value:
        return float(value["__float"])
    if isinstance(value, list):
        return [py(item) for item in value]
    if isinstance(value, dict):
        return {key: py(item) for key, item in value.items()}
    return value
`;
