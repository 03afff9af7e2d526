import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// Everything except the Node-only config loader must run wherever fetch exists.
const srcDir = fileURLToPath(new URL('../src', import.meta.url));
const sources = readdirSync(srcDir, { recursive: true, encoding: 'utf8' })
  .filter((file) => file.endsWith('.ts') && !file.split(/[\\/]/).includes('config'))
  .map((file) => ({ file, code: readFileSync(join(srcDir, file), 'utf8').replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '') }));

describe('src portability (src/config excluded)', () => {
  it.each([
    ['node: imports', /from\s+['"]node:|import\(\s*['"]node:/],
    ['Node built-in imports', /from\s+['"](fs|path|os|util|http|https|crypto|buffer|stream|events|url|process)['"]/],
    ['process', /\bprocess\s*[.[]/],
    ['Buffer', /\bBuffer\b/],
    ['require', /\brequire\(/],
  ])('uses no %s', (_label, pattern) => {
    expect(sources.length).toBeGreaterThan(8);
    expect(sources.filter(({ code }) => pattern.test(code)).map(({ file }) => file)).toEqual([]);
  });

  // The test helpers (`@stratus/openvcloud/msw`, src/msw) may also import msw, their optional peer dependency.
  const isMswEntry = (file: string) => file.split(/[\\/]/)[0] === 'msw';
  const packageImports = (files: typeof sources) =>
    [...new Set(files.flatMap(({ code }) => [...code.matchAll(/from\s+['"]([^'"]+)['"]/g)].map((m) => m[1]!)).filter((s) => !s.startsWith('.')))].sort();

  it('imports nothing but @stratus/core and relative modules', () => {
    expect(packageImports(sources.filter(({ file }) => !isMswEntry(file)))).toEqual(['@stratus/core']);
  });

  it('imports only msw from the msw entry, and the runtime never imports the msw entry', () => {
    expect(packageImports(sources.filter(({ file }) => isMswEntry(file)))).toEqual(['msw']);
    expect(sources.filter(({ file, code }) => !isMswEntry(file) && /from\s+['"][^'"]*\/msw\//.test(code)).map(({ file }) => file)).toEqual([]);
  });
});
