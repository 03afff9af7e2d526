import { sha1Hex } from './sha1-hex.js';

export interface OvhSignatureInput {
  applicationSecret: string;
  consumerKey: string;
  /** HTTP method, upper-cased before signing. */
  method: string;
  /** The full URL sent: scheme, host, base path, path and query string. */
  url: string;
  /** The exact body bytes sent (a string is UTF-8 encoded); empty or undefined when there is none. */
  body?: string | Uint8Array | undefined;
  /** Unix time in seconds, already corrected by the server clock delta. */
  timestamp: number;
}

/**
 * OVH's request signature:
 * `"$1$" + sha1hex(AS + "+" + CK + "+" + METHOD + "+" + URL + "+" + BODY + "+" + TIMESTAMP)`.
 * The body is concatenated as bytes, so what is signed is exactly what goes on the wire.
 */
export async function signOvhRequest(input: OvhSignatureInput): Promise<string> {
  return signOvhRequestSync(input);
}

/** `signOvhRequest` without the promise, for the per-request hot path (internal). */
export function signOvhRequestSync(input: OvhSignatureInput): string {
  const encoder = new TextEncoder();
  const head = encoder.encode([input.applicationSecret, input.consumerKey, input.method.toUpperCase(), input.url, ''].join('+'));
  const body = typeof input.body === 'string' ? encoder.encode(input.body) : (input.body ?? new Uint8Array());
  const tail = encoder.encode(`+${Math.trunc(input.timestamp)}`);
  const preimage = new Uint8Array(head.length + body.length + tail.length);
  preimage.set(head, 0);
  preimage.set(body, head.length);
  preimage.set(tail, head.length + body.length);
  return `$1$${sha1Hex(preimage)}`;
}
