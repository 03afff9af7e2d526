// The README code users copy first: every ```ts block under "## Use it" in the root README and under
// "## Install" in the README of each package the consumer project installs. run.mjs type-checks them
// like the consumers (strict, skipLibCheck false, NodeNext and bundler), so the docs compile as shown.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export function extractReadmeSnippets(repo, installedPackages) {
  const readmes = [{ path: 'README.md', heading: 'Use it' }];
  for (const folder of readdirSync(join(repo, 'packages')).sort()) {
    const manifestPath = join(repo, 'packages', folder, 'package.json');
    if (!existsSync(manifestPath)) continue;
    if (installedPackages.includes(JSON.parse(readFileSync(manifestPath, 'utf8')).name)) readmes.push({ path: `packages/${folder}/README.md`, heading: 'Install' });
  }
  const snippets = [];
  for (const { path, heading } of readmes) {
    const blocks = codeBlocksUnder(readFileSync(join(repo, path), 'utf8'), heading);
    if (blocks.length === 0) throw new Error(`${path}: no \`\`\`ts block under "## ${heading}"`);
    blocks.forEach((code, index) => snippets.push({ readme: path, heading: `## ${heading}`, file: `${path.replace(/\/?README\.md$/, '').replace(/[^a-z0-9]+/gi, '-') || 'root'}-${index + 1}.ts`, code }));
  }
  return snippets;
}

/**
 * The compiler options the root README's "## Use it" tells consumers to set (its ```jsonc block, `//`
 * comments dropped): the consumers are compiled with exactly these, plus `skipLibCheck: false`.
 */
export function readmeCompilerOptions(repo) {
  const blocks = codeBlocksUnder(readFileSync(join(repo, 'README.md'), 'utf8'), 'Use it', 'jsonc');
  if (blocks.length !== 1) throw new Error(`README.md: expected one \`\`\`jsonc block under "## Use it", found ${blocks.length}`);
  const json = blocks[0].replace(/\s\/\/[^\n]*/g, '');
  return JSON.parse(json).compilerOptions;
}

/** The ```ts blocks between `## <heading>` and the next `## ` heading. */
function codeBlocksUnder(markdown, heading, language = 'ts') {
  const lines = markdown.split('\n');
  const start = lines.findIndex((line) => line.trim() === `## ${heading}`);
  if (start < 0) return [];
  const end = lines.findIndex((line, index) => index > start && line.startsWith('## '));
  const section = lines.slice(start + 1, end < 0 ? undefined : end);
  const blocks = [];
  let current;
  for (const line of section) {
    if (current === undefined && line.trim() === '```' + language) current = [];
    else if (current !== undefined && /^```\s*$/.test(line)) {
      blocks.push(current.join('\n') + '\n');
      current = undefined;
    } else if (current !== undefined) current.push(line);
  }
  return blocks;
}
