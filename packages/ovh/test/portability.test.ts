import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// Everything except the Node-only entries (config loader, node:http fetch) must run wherever fetch exists.
const srcDir = fileURLToPath(new URL('../src', import.meta.url));
const sources = readdirSync(srcDir, { recursive: true, encoding: 'utf8' })
  .filter((file) => file.endsWith('.ts') && !['config', 'node'].includes(file.split(/[\\/]/)[0] ?? ''))
  .map((file) => ({ file, code: stripComments(readFileSync(join(srcDir, file), 'utf8')) }));

function stripComments(code: string): string {
  return code.replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');
}

describe('src portability (src/config and src/node excluded)', () => {
  it('finds the sources', () => {
    expect(sources.length).toBeGreaterThan(30);
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

  // The test helpers (`@stratus/ovh/msw`, src/msw) may also import msw, their optional peer dependency.
  const isMswEntry = (file: string) => file.split(/[\\/]/)[0] === 'msw';
  const packageImports = (files: typeof sources) =>
    [...new Set(files.flatMap(({ code }) => [...code.matchAll(/from\s+['"]([^'"]+)['"]/g)].map((match) => match[1] ?? '')).filter((specifier) => !specifier.startsWith('.')))].sort();

  it('imports nothing but @stratus/core, openapi-fetch, @noble/hashes (SHA-1) and relative modules', () => {
    expect(packageImports(sources.filter(({ file }) => !isMswEntry(file)))).toEqual(['@noble/hashes/legacy.js', '@noble/hashes/utils.js', '@stratus/core', 'openapi-fetch']);
  });

  it('imports only msw and relative modules from the msw entry', () => {
    expect(packageImports(sources.filter(({ file }) => isMswEntry(file)))).toEqual(['msw']);
  });

  it('never imports the config loader or the Node fetch from portable code', () => {
    expect(sources.filter(({ code }) => /from\s+['"][^'"]*\/(config|node)\//.test(code)).map(({ file }) => file)).toEqual([]);
  });
});
