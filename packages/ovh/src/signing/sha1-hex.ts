/** Lower-case hex SHA-1 of some bytes, via Web Crypto (available in Node ≥ 20, Bun, Deno, browsers). */
export async function sha1Hex(bytes: Uint8Array): Promise<string> {
  const digest = await globalThis.crypto.subtle.digest('SHA-1', bytes as Uint8Array<ArrayBuffer>);
  let hex = '';
  for (const byte of new Uint8Array(digest)) hex += byte.toString(16).padStart(2, '0');
  return hex;
}
