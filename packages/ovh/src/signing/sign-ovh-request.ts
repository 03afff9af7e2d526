import { sha1Hex } from './sha1-hex.js';

export interface OvhSignatureInput {
  applicationSecret: string;
  consumerKey: string;
  /** HTTP method, upper-cased before signing. */
  method: string;
  /** The full URL sent: scheme, host, base path, path and query string. */
  url: string;
  /** The exact body sent (a string is UTF-8 encoded); empty or undefined when there is none. */
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
  return signOvhRequestNow(input);
}

/** `signOvhRequest`, synchronous where the runtime hashes synchronously (the per-request path; internal). */
export function signOvhRequestNow(input: OvhSignatureInput): string | Promise<string> {
  const head = `${input.applicationSecret}+${input.consumerKey}+${input.method.toUpperCase()}+${input.url}+`;
  const tail = `+${Math.trunc(input.timestamp)}`;
  const { body = '' } = input;
  let digest: string | Promise<string>;
  if (typeof body === 'string') {
    digest = sha1Hex(head + body + tail);
  } else {
    const encoder = new TextEncoder();
    const [headBytes, tailBytes] = [encoder.encode(head), encoder.encode(tail)];
    const preimage = new Uint8Array(headBytes.length + body.length + tailBytes.length);
    preimage.set(headBytes, 0);
    preimage.set(body, headBytes.length);
    preimage.set(tailBytes, headBytes.length + body.length);
    digest = sha1Hex(preimage);
  }
  return typeof digest === 'string' ? `$1$${digest}` : digest.then((hex) => `$1$${hex}`);
}
