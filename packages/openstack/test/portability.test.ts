import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// Everything except the Node-only config loader must run wherever fetch exists (Node, Bun, Deno, browsers).
const srcDir = fileURLToPath(new URL('../src', import.meta.url));
const sources = readdirSync(srcDir, { recursive: true, encoding: 'utf8' })
  .filter((file) => file.endsWith('.ts') && !file.split(/[\\/]/).includes('config'))
  .map((file) => ({ file, code: stripComments(readFileSync(join(srcDir, file), 'utf8')) }));

function stripComments(code: string): string {
  return code.replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');
}

describe('src portability (src/config excluded)', () => {
  it('finds the sources', () => {
    expect(sources.length).toBeGreaterThan(10);
  });

  it.each([
    ['node: imports', /from\s+['"]node:|import\(\s*['"]node:/],
    ['Node built-in imports', /from\s+['"](fs|path|os|util|http|https|crypto|buffer|stream|events|url|process)['"]/],
    ['process', /\bprocess\s*[.[]/],
    ['Buffer', /\bBuffer\b/],
    ['require', /\brequire\(/],
  ])('uses no %s', (_label, pattern) => {
    expect(sources.filter(({ code }) => pattern.test(code)).map(({ file }) => file)).toEqual([]);
  });

  it('imports only @stratus packages and relative modules', () => {
    const specifiers = [...new Set(sources.flatMap(({ code }) => [...code.matchAll(/from\s+['"]([^'"]+)['"]/g)].map((match) => match[1] ?? '')))];
    expect(specifiers.filter((specifier) => !specifier.startsWith('.') && !specifier.startsWith('@stratus/'))).toEqual([]);
  });

  it('never imports the config loader from portable code', () => {
    expect(sources.filter(({ code }) => /from\s+['"][^'"]*\/config\//.test(code)).map(({ file }) => file)).toEqual([]);
  });
});
