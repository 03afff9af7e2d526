import { rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { stageFile } from './write-file-atomic.js';

/**
 * Writes a set of files (paths relative to `root`) all or nothing as far as the file system
 * allows: every new file is staged beside its target first, and only when all are on disk are
 * they renamed into place; then `deletes` are removed. A failure while staging leaves every
 * target as it was.
 */
export async function commitFiles(root: string, writes: ReadonlyMap<string, string | Uint8Array>, deletes: readonly string[] = []): Promise<void> {
  const staged: { temporary: string; target: string }[] = [];
  try {
    for (const [file, content] of writes) {
      const target = join(root, file);
      staged.push({ temporary: await stageFile(target, content), target });
    }
  } catch (error) {
    await Promise.all(staged.map(({ temporary }) => rm(temporary, { force: true })));
    throw error;
  }
  try {
    for (const { temporary, target } of staged) await rename(temporary, target);
  } finally {
    await Promise.all(staged.map(({ temporary }) => rm(temporary, { force: true })));
  }
  for (const file of deletes) await rm(join(root, file), { force: true });
}
