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
