import { fileURLToPath } from 'node:url';
import { filesMatching, NODE_ONLY_USES, packageImports, readPortableSources } from '@stratus/test-support';
import { describe, expect, it } from 'vitest';

// Everything except the Node-only config loader must run wherever fetch exists.
const sources = readPortableSources(fileURLToPath(new URL('../src', import.meta.url)), ['config']);
// The test helpers (`@stratus/openvcloud/msw`, src/msw) may also import msw, their optional peer dependency.
const mswEntry = sources.filter(({ file }) => file.split(/[\\/]/)[0] === 'msw');
const runtime = sources.filter((source) => !mswEntry.includes(source));

describe('src portability (src/config excluded)', () => {
  it('finds the sources', () => {
    expect(sources.length).toBeGreaterThan(8);
  });

  it.each(NODE_ONLY_USES)('uses no %s', (_label, pattern) => {
    expect(filesMatching(sources, pattern)).toEqual([]);
  });

  it('imports nothing but @stratus/core (its public, errors and internal entries) and relative modules', () => {
    expect(packageImports(runtime)).toEqual(['@stratus/core', '@stratus/core/errors', '@stratus/core/internal']);
  });

  it('imports only msw from the msw entry, and the runtime never imports the msw entry', () => {
    expect(packageImports(mswEntry)).toEqual(['msw']);
    expect(filesMatching(runtime, /from\s+['"][^'"]*\/msw\//)).toEqual([]);
  });
});
