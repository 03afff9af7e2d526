import { fileURLToPath } from 'node:url';
import { filesMatching, NODE_ONLY_USES, packageImports, readPortableSources } from '@stratus/test-support';
import { describe, expect, it } from 'vitest';

// src/ must run wherever fetch and Web Crypto exist (Node, Bun, Deno, browsers).
const sources = readPortableSources(fileURLToPath(new URL('../src', import.meta.url)));

describe('src portability', () => {
  it('finds the sources', () => {
    expect(sources.length).toBeGreaterThan(20);
  });

  it.each(NODE_ONLY_USES)('uses no %s', (_label, pattern) => {
    expect(filesMatching(sources, pattern)).toEqual([]);
  });

  it('imports nothing but openapi-fetch and relative modules', () => {
    expect(packageImports(sources)).toEqual(['openapi-fetch']);
  });
});
