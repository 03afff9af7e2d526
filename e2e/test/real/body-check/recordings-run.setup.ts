import { mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { RECORDINGS_DIR, RUN_DIR_VARIABLE } from '../support/record-bodies.js';

/**
 * globalSetup of the `e2e` project: a fresh folder for this run's recorded bodies, named after this
 * vitest process, passed to the test workers (and the later `real-bodies` project) in the environment.
 * Folders of runs whose process has ended are removed; a run going on beside this one keeps its own.
 */
export default function setup(): void {
  mkdirSync(RECORDINGS_DIR, { recursive: true });
  for (const name of readdirSync(RECORDINGS_DIR)) {
    const pid = /^run-(\d+)$/.exec(name)?.[1];
    if (pid === undefined || !isRunning(Number(pid))) rmSync(join(RECORDINGS_DIR, name), { recursive: true, force: true });
  }
  const dir = join(RECORDINGS_DIR, `run-${process.pid}`);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir);
  process.env[RUN_DIR_VARIABLE] = dir;
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: alive, owned by someone else.
    return error instanceof Error && 'code' in error && error.code === 'EPERM';
  }
}
