import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { filesMatching, NODE_ONLY_USES, packageImports, readPortableSources } from '@stratus/test-support';
import { describe, expect, it } from 'vitest';

// Everything except the Node-only entries (config loader, node:http fetch) must run wherever fetch exists.
const sources = readPortableSources(fileURLToPath(new URL('../src', import.meta.url)), ['config', 'node']);
// The test helpers (`@stratus/ovh/msw`, src/msw) may also import msw, their optional peer dependency.
const mswEntry = sources.filter(({ file }) => file.split(/[\\/]/)[0] === 'msw');
const runtime = sources.filter((source) => !mswEntry.includes(source));

describe('src portability (src/config and src/node excluded)', () => {
  it('finds the sources', () => {
    expect(sources.length).toBeGreaterThan(30);
  });

  it.each(NODE_ONLY_USES)('uses no %s', (_label, pattern) => {
    expect(filesMatching(sources, pattern)).toEqual([]);
  });

  it('imports nothing but @stratus/core (public, errors and internal entries), openapi-fetch and relative modules', () => {
    expect(packageImports(runtime)).toEqual(['@stratus/core', '@stratus/core/errors', '@stratus/core/internal', 'openapi-fetch']);
  });

  // Node's synchronous SHA-1 is found without importing anything, with a Web Crypto fallback.
  it('touches process only to feature-detect the crypto module, in signing/sha1-hex.ts', () => {
    expect(filesMatching(sources, /\bprocess\s*\??\./)).toEqual([join('signing', 'sha1-hex.ts')]);
    const [sha1Source] = sources.filter(({ file }) => file === join('signing', 'sha1-hex.ts'));
    expect(sha1Source?.code).toMatch(/\.process\?\.getBuiltinModule\?\.\('node:crypto'\)/);
    expect(sha1Source?.code).toContain('crypto.subtle.digest');
  });

  it('imports only msw and relative modules from the msw entry', () => {
    expect(packageImports(mswEntry)).toEqual(['msw']);
  });

  it('never imports the config loader or the Node fetch from portable code', () => {
    expect(filesMatching(sources, /from\s+['"][^'"]*\/(config|node)\//)).toEqual([]);
  });
});
