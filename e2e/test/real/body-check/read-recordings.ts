import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { RECORDINGS_DIR, RUN_DIR_VARIABLE, type RecordedBody } from '../support/record-bodies.js';

/**
 * The folder of the run to check: this vitest run's (set by its globalSetup), or — when the check
 * runs on its own — the newest run's.
 */
export function recordingsToCheck(): string | undefined {
  const current = process.env[RUN_DIR_VARIABLE];
  if (current) return current;
  if (!existsSync(RECORDINGS_DIR)) return undefined;
  return readdirSync(RECORDINGS_DIR)
    .map((name) => join(RECORDINGS_DIR, name))
    .filter((path) => statSync(path).isDirectory())
    .sort((a, b) => statSync(b).mtimeMs - statSync(a).mtimeMs)[0];
}

/** Every body recordingFetch wrote into `dir`, in file then line order. */
export function readRecordings(dir: string | undefined): RecordedBody[] {
  if (dir === undefined || !existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => name.endsWith('.jsonl'))
    .sort()
    .flatMap((name) =>
      readFileSync(join(dir, name), 'utf8')
        .split('\n')
        .filter((line) => line !== '')
        .map((line): RecordedBody => JSON.parse(line)),
    );
}
