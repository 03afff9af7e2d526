import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { commitFiles } from './commit-files.js';

/** Everything the generator owns in one package folder, as relative path → content. */
export interface PackageOutput {
  name: string;
  directory: string;
  files: Map<string, string>;
  /** Folders (relative to `directory`) this output owns; default OWNED_FOLDERS. */
  ownedFolders?: readonly string[];
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
    // Another output of the same folder may own a subfolder of this one (OVH regions inside @stratus/ovh).
    const nested = outputs
      .filter((other) => other !== output && other.directory === output.directory)
      .flatMap((other) => other.ownedFolders ?? OWNED_FOLDERS);
    for (const folder of output.ownedFolders ?? OWNED_FOLDERS) {
      for (const path of await listFiles(join(base, folder))) {
        const file = relative(base, path);
        if (output.files.has(file) || nested.some((other) => other !== folder && file.startsWith(other + '/'))) continue;
        changes.push({ file: join(output.directory, file), kind: 'delete' });
      }
    }
  }
  return changes.sort((a, b) => (a.file < b.file ? -1 : 1));
}

/**
 * Applies the changes. Called only once every package generated successfully, so a failing spec
 * leaves all previous output intact. Two phases: every new file is first written beside its
 * target; only when all of them are on disk are they renamed into place, so an I/O failure while
 * writing leaves the previous output untouched too.
 */
export async function writeOutput(root: string, outputs: readonly PackageOutput[], changes: readonly OutputChange[]): Promise<void> {
  const contents = new Map<string, string>();
  for (const output of outputs) for (const [file, content] of output.files) contents.set(join(output.directory, file), content);
  const writes = new Map<string, string>();
  for (const change of changes) if (change.kind !== 'delete') writes.set(change.file, contents.get(change.file)!);
  await commitFiles(root, writes, changes.filter((change) => change.kind === 'delete').map((change) => change.file));
}
