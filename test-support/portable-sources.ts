import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

// The published runtime must run wherever fetch and Web Crypto exist (Node, Bun, Deno, browsers).
// Each package's portability test scans its src/ with these, minus its Node-only entry folders.

export interface SourceFile {
  /** Path relative to src/, e.g. `client/create-ovh-client.ts`. */
  file: string;
  /** The code with comments removed, so that a comment mentioning `node:` does not count. */
  code: string;
}

/** Every `.ts` file under `srcDir` whose top folder is not one of `nodeOnlyFolders` (e.g. `config`). */
export function readPortableSources(srcDir: string, nodeOnlyFolders: readonly string[] = []): SourceFile[] {
  return readdirSync(srcDir, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.ts') && !nodeOnlyFolders.includes(file.split(/[\\/]/)[0] ?? ''))
    .map((file) => ({ file, code: stripComments(readFileSync(join(srcDir, file), 'utf8')) }));
}

function stripComments(code: string): string {
  return code.replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');
}

/** What portable code must not use, by label. */
export const NODE_ONLY_USES: ReadonlyArray<readonly [label: string, pattern: RegExp]> = [
  ['node: imports', /from\s+['"]node:|import\(\s*['"]node:/],
  ['Node built-in imports', /from\s+['"](fs|path|os|util|http|https|crypto|buffer|stream|events|url|process)['"]/],
  ['process', /\bprocess\s*[.[]/],
  ['Buffer', /\bBuffer\b/],
  ['require', /\brequire\(/],
];

/** The files whose code matches `pattern`. */
export function filesMatching(sources: readonly SourceFile[], pattern: RegExp): string[] {
  return sources.filter(({ code }) => pattern.test(code)).map(({ file }) => file);
}

/** The non-relative module specifiers the files import, sorted and without repeats. */
export function packageImports(sources: readonly SourceFile[]): string[] {
  const specifiers = sources.flatMap(({ code }) => [...code.matchAll(/from\s+['"]([^'"]+)['"]/g)].map((match) => match[1] ?? ''));
  return [...new Set(specifiers.filter((specifier) => !specifier.startsWith('.')))].sort();
}
