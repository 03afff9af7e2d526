import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** An empty home and working directory, so no clouds.yaml of the machine is read. */
export interface IsolatedConfigDirs {
  home: string;
  cwd: string;
  remove(): void;
}

export function createIsolatedConfigDirs(): IsolatedConfigDirs {
  const root = mkdtempSync(join(tmpdir(), 'stratus-real-config-'));
  const home = join(root, 'home');
  const cwd = join(root, 'work');
  mkdirSync(home);
  mkdirSync(cwd);
  return { home, cwd, remove: () => rmSync(root, { recursive: true, force: true }) };
}

/**
 * The `OS_*` variables an openrc file sets, as a shell that sources it sees them (quoting and all),
 * starting from an empty environment.
 */
export function sourceOpenrc(file: string): Record<string, string> {
  const output = execFileSync('/bin/bash', ['--norc', '--noprofile', '-c', 'set -e; . "$1"; env -0', 'openrc', file], {
    env: {},
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const variables: Record<string, string> = {};
  for (const entry of output.split('\0')) {
    const separator = entry.indexOf('=');
    const name = entry.slice(0, separator);
    if (separator > 0 && name.startsWith('OS_')) variables[name] = entry.slice(separator + 1);
  }
  return variables;
}
