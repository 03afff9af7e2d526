import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { RECORDINGS_DIR, type RecordedBody } from '../support/record-bodies.js';

/** Every body recordingFetch wrote, in file then line order. */
export function readRecordings(dir: string = RECORDINGS_DIR): RecordedBody[] {
  if (!existsSync(dir)) return [];
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

/** Forgets earlier runs, so the check sees only what this run received. */
export function clearRecordings(dir: string = RECORDINGS_DIR): void {
  rmSync(dir, { recursive: true, force: true });
}
