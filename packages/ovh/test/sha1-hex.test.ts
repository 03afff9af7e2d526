import { createHash } from 'node:crypto';
import { describe, expect, it, vi } from 'vitest';
import { sha1Hex } from '../src/signing/sha1-hex.js';

const reference = (bytes: Uint8Array) => createHash('sha1').update(bytes).digest('hex');
const VECTORS = [
  ['', 'da39a3ee5e6b4b0d3255bfef95601890afd80709'],
  ['abc', 'a9993e364706816aba3e25717850c26c9cd0d89d'],
  ['abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq', '84983e441c3bd26ebaae4aa1f95129e5e54670f1'],
] as const;

describe('sha1Hex on Node (crypto module found through process.getBuiltinModule)', () => {
  it('answers synchronously', () => {
    expect(typeof sha1Hex('abc')).toBe('string');
  });

  it.each(VECTORS)('matches the FIPS 180 test vector for %j, as a string and as bytes', (text, expected) => {
    expect(sha1Hex(text)).toBe(expected);
    expect(sha1Hex(new TextEncoder().encode(text))).toBe(expected);
  });

  it('hashes strings as UTF-8', () => {
    expect(sha1Hex('café ☕')).toBe(reference(new TextEncoder().encode('café ☕')));
  });
});

describe('sha1Hex where the runtime has no crypto module (browsers): Web Crypto', () => {
  // The module reads process.getBuiltinModule once, when it loads: load a fresh copy without it.
  async function loadWithoutNodeCrypto(): Promise<typeof sha1Hex> {
    const process = globalThis.process as { getBuiltinModule?: unknown };
    const saved = process.getBuiltinModule;
    process.getBuiltinModule = undefined;
    try {
      vi.resetModules();
      const module = await import('../src/signing/sha1-hex.js');
      return module.sha1Hex;
    } finally {
      process.getBuiltinModule = saved;
    }
  }

  it('returns a promise of the same digests', async () => {
    const webSha1Hex = await loadWithoutNodeCrypto();
    expect(webSha1Hex('abc')).toBeInstanceOf(Promise);
    for (const [text, expected] of VECTORS) await expect(webSha1Hex(text)).resolves.toBe(expected);
    for (const length of [0, 55, 56, 63, 64, 65, 300]) {
      const bytes = Uint8Array.from({ length }, (_, index) => (index * 151 + length) & 0xff);
      await expect(webSha1Hex(bytes), `length ${length}`).resolves.toBe(reference(bytes));
    }
  });
});

describe('sha1Hex where the crypto module has no one-shot hash() (Node < 20.12 compatibles)', () => {
  it('falls back to createHash, still synchronous, same digests', async () => {
    const process = globalThis.process as { getBuiltinModule?: (id: string) => unknown };
    const saved = process.getBuiltinModule;
    process.getBuiltinModule = (id: string) => (id === 'node:crypto' ? { createHash } : undefined);
    let fallbackSha1Hex: typeof sha1Hex;
    try {
      vi.resetModules();
      fallbackSha1Hex = (await import('../src/signing/sha1-hex.js')).sha1Hex;
    } finally {
      process.getBuiltinModule = saved;
    }
    for (const [text, expected] of VECTORS) expect(fallbackSha1Hex(text)).toBe(expected);
  });
});
