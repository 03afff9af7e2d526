import { copyFile, readFile, mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { packages } from '../config/packages.config.js';
import { writeFileAtomic } from '../output/write-file-atomic.js';
import { VERSIONS_PATH } from './generate.js';

export const CHANGELOGS_DIR = 'generator/changelogs';

/**
 * Generated package folders are not committed, so after `changeset version` bumped them, this carries
 * each new version (and its CHANGELOG.md) back into committed files the generator reads.
 */
export async function syncVersions(options: { root: string }): Promise<string[]> {
  const versionsPath = join(options.root, VERSIONS_PATH);
  const versions = JSON.parse(await readFile(versionsPath, 'utf8')) as Record<string, string>;
  const lines: string[] = [];
  await mkdir(join(options.root, CHANGELOGS_DIR), { recursive: true });
  for (const config of packages) {
    // Hand-written packages are versioned in their own (committed) package.json.
    if (config.layout === 'api-entry-points') continue;
    const manifestPath = join(options.root, config.directory, 'package.json');
    const manifest = JSON.parse(await readFile(manifestPath, 'utf8').catch(() => '{}')) as { version?: string };
    if (!manifest.version) continue;
    if (versions[config.name] !== manifest.version) {
      lines.push(`${config.name} ${versions[config.name] ?? '(new)'} → ${manifest.version}`);
      versions[config.name] = manifest.version;
    }
    const changelog = join(options.root, config.directory, 'CHANGELOG.md');
    await copyFile(changelog, join(options.root, CHANGELOGS_DIR, `${config.directory.split('/').pop()}.md`)).catch(() => undefined);
  }
  const sorted = Object.fromEntries(Object.entries(versions).sort(([a], [b]) => (a < b ? -1 : 1)));
  await writeFileAtomic(versionsPath, JSON.stringify(sorted, null, 2) + '\n');
  return lines;
}
