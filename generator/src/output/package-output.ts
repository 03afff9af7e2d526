import { readdir, readFile, rm } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { writeFileAtomic } from './write-file-atomic.js';

/** Everything the generator owns in one package folder, as relative path → content. */
export interface PackageOutput {
  name: string;
  directory: string;
  files: Map<string, string>;
}

/** Folders the generator owns completely; anything else in them is stale and removed. */
export const OWNED_FOLDERS = ['src/generated'];

export interface OutputChange {
  file: string;
  kind: 'create' | 'update' | 'delete';
}

async function listFiles(directory: string): Promise<string[]> {
  const entries = await readdir(directory, { withFileTypes: true, recursive: true }).catch(() => []);
  return entries.filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name));
}

/** Compares the planned output with the disk, without writing. */
export async function diffOutput(root: string, outputs: readonly PackageOutput[]): Promise<OutputChange[]> {
  const changes: OutputChange[] = [];
  for (const output of outputs) {
    const base = join(root, output.directory);
    for (const [file, content] of output.files) {
      const current = await readFile(join(base, file), 'utf8').catch(() => undefined);
      if (current !== content) changes.push({ file: join(output.directory, file), kind: current === undefined ? 'create' : 'update' });
    }
    for (const folder of OWNED_FOLDERS) {
      for (const path of await listFiles(join(base, folder))) {
        const file = relative(base, path);
        if (!output.files.has(file)) changes.push({ file: join(output.directory, file), kind: 'delete' });
      }
    }
  }
  return changes.sort((a, b) => (a.file < b.file ? -1 : 1));
}

/**
 * Applies the changes. Called only once every package generated successfully, so a failing spec
 * leaves all previous output intact; each file is replaced by an atomic rename.
 */
export async function writeOutput(root: string, outputs: readonly PackageOutput[], changes: readonly OutputChange[]): Promise<void> {
  const contents = new Map<string, string>();
  for (const output of outputs) for (const [file, content] of output.files) contents.set(join(output.directory, file), content);
  for (const change of changes) {
    const path = join(root, change.file);
    if (change.kind === 'delete') await rm(path, { force: true });
    else await writeFileAtomic(path, contents.get(change.file)!);
  }
}
