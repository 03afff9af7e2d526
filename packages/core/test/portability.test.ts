import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// src/ must run wherever fetch and Web Crypto exist (Node, Bun, Deno, browsers).
const srcDir = fileURLToPath(new URL('../src', import.meta.url));
const sources = readdirSync(srcDir, { recursive: true, encoding: 'utf8' })
  .filter((file) => file.endsWith('.ts'))
  .map((file) => ({ file, code: stripComments(readFileSync(join(srcDir, file), 'utf8')) }));

function stripComments(code: string): string {
  return code.replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');
}

describe('src portability', () => {
  it('finds the sources', () => {
    expect(sources.length).toBeGreaterThan(20);
  });

  it.each([
    ['node: imports', /from\s+['"]node:|import\(\s*['"]node:/],
    ['Node built-in imports', /from\s+['"](fs|path|util|http|https|crypto|buffer|stream|events|url)['"]/],
    ['process', /\bprocess\./],
    ['Buffer', /\bBuffer\b/],
    ['require', /\brequire\(/],
  ])('uses no %s', (_label, pattern) => {
    const offenders = sources.filter(({ code }) => pattern.test(code)).map(({ file }) => file);
    expect(offenders).toEqual([]);
  });

  it('imports nothing but openapi-fetch and relative modules', () => {
    const specifiers = sources.flatMap(({ code }) => [...code.matchAll(/from\s+['"]([^'"]+)['"]/g)].map((match) => match[1] ?? ''));
    const external = new Set(specifiers.filter((specifier) => !specifier.startsWith('.')));
    expect([...external]).toEqual(['openapi-fetch']);
  });
});
