import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { sha1Hex } from '../src/signing/sha1-hex.js';

const reference = (bytes: Uint8Array) => createHash('sha1').update(bytes).digest('hex');

describe('sha1Hex (@noble/hashes SHA-1 as used for request signatures)', () => {
  it.each([
    ['', 'da39a3ee5e6b4b0d3255bfef95601890afd80709'],
    ['abc', 'a9993e364706816aba3e25717850c26c9cd0d89d'],
    ['abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq', '84983e441c3bd26ebaae4aa1f95129e5e54670f1'],
  ])('matches the FIPS 180 test vector for %j', (text, expected) => {
    expect(sha1Hex(new TextEncoder().encode(text))).toBe(expected);
  });

  // Lengths around the 55/56/64-byte padding boundaries and several blocks, with every byte value.
  it('matches node:crypto for every length from 0 to 300 bytes', () => {
    for (let length = 0; length <= 300; length++) {
      const bytes = Uint8Array.from({ length }, (_, index) => (index * 151 + length) & 0xff);
      expect(sha1Hex(bytes), `length ${length}`).toBe(reference(bytes));
    }
  });

  it('matches node:crypto on a 1 MB body', () => {
    const bytes = Uint8Array.from({ length: 1 << 20 }, (_, index) => (index * 31) & 0xff);
    expect(sha1Hex(bytes)).toBe(reference(bytes));
  });
});
