interface NodeCrypto {
  /** One-shot digest (Node ≥ 20.12): no Hash object per call. */
  hash?(algorithm: 'sha1', data: string | Uint8Array, outputEncoding: 'hex'): string;
  createHash(algorithm: 'sha1'): { update(data: string | Uint8Array): { digest(encoding: 'hex'): string } };
}

// Node (≥ 20.16), Bun and Deno expose their crypto module through process.getBuiltinModule without an
// import, so portable code can use it where it exists: a synchronous SHA-1 costs under 1 µs there,
// while Web Crypto's digest is a thread-pool job of about 55 µs on Node. Browsers take Web Crypto.
const nodeCrypto = (globalThis as { process?: { getBuiltinModule?: (id: string) => unknown } }).process?.getBuiltinModule?.('node:crypto') as
  | NodeCrypto
  | undefined;

/** Lower-case hex SHA-1 of a string (UTF-8) or bytes: synchronous where the runtime has a crypto module, else a promise from Web Crypto. */
export function sha1Hex(data: string | Uint8Array): string | Promise<string> {
  if (nodeCrypto) return nodeCrypto.hash ? nodeCrypto.hash('sha1', data, 'hex') : nodeCrypto.createHash('sha1').update(data).digest('hex');
  const bytes = typeof data === 'string' ? new TextEncoder().encode(data) : data;
  return crypto.subtle.digest('SHA-1', bytes as Uint8Array<ArrayBuffer>).then((digest) => [...new Uint8Array(digest)].map((byte) => byte.toString(16).padStart(2, '0')).join(''));
}
