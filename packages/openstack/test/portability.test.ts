import { fileURLToPath } from 'node:url';
import { filesMatching, NODE_ONLY_USES, packageImports, readPortableSources } from '@stratus/test-support';
import { describe, expect, it } from 'vitest';

// Everything except the Node-only entries (config loader, TLS fetch) must run wherever fetch exists (Node, Bun, Deno, browsers).
const sources = readPortableSources(fileURLToPath(new URL('../src', import.meta.url)), ['config', 'node']);

describe('src portability (src/config and src/node excluded)', () => {
  it('finds the sources', () => {
    expect(sources.length).toBeGreaterThan(10);
  });

  it.each(NODE_ONLY_USES)('uses no %s', (_label, pattern) => {
    expect(filesMatching(sources, pattern)).toEqual([]);
  });

  it('imports only @stratus packages and relative modules', () => {
    expect(packageImports(sources).filter((specifier) => !specifier.startsWith('@stratus/'))).toEqual([]);
  });

  it('never imports the Node-only entries from portable code', () => {
    expect(filesMatching(sources, /from\s+['"][^'"]*\/(config|node)\//)).toEqual([]);
  });
});
