import { readFileSync } from 'node:fs';
import { createSecureContext } from 'node:tls';
import { StratusError } from '@stratus/core';
import type { fetch as undiciFetch } from 'undici';
import { undici } from './load-undici.js';

const PREFIX = '[@stratus/openstack/node] createNodeFetch';

export interface NodeFetchOptions {
  /** false: the server's certificate is not checked (clouds.yaml `verify: false`, OS_INSECURE=true). Default true. */
  verify?: boolean;
  /** PEM file of the CA(s) to trust instead of the system's (clouds.yaml `cacert`, OS_CACERT). */
  cacert?: string;
  /** PEM file of the client certificate to present (clouds.yaml `cert`, OS_CERT); may hold the key too. */
  cert?: string;
  /** PEM file of the client certificate's private key (clouds.yaml `key`, OS_KEY); default: read from `cert`. */
  key?: string;
}

/** The `fetch` option of `createOpenStackClient()`: global `Request` in, global `Response` out. */
export type NodeFetch = ((request: Request) => Promise<Response>) & {
  /** Closes the connections once the requests in flight have finished. */
  close(): Promise<void>;
  /** Closes the connections now; requests in flight fail. */
  destroy(): Promise<void>;
};

// Certificate problems as OpenSSL / Node report them; the message says which setting fixes each.
const CERTIFICATE_ERRORS = new Set([
  'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
  'UNABLE_TO_GET_ISSUER_CERT',
  'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
  'SELF_SIGNED_CERT_IN_CHAIN',
  'DEPTH_ZERO_SELF_SIGNED_CERT',
  'CERT_HAS_EXPIRED',
  'CERT_NOT_YET_VALID',
  'CERT_UNTRUSTED',
  'CERT_REJECTED',
  'CERT_SIGNATURE_FAILURE',
  'ERR_TLS_CERT_ALTNAME_INVALID',
]);

function readPem(what: 'cacert' | 'cert' | 'key', file: string): Buffer {
  try {
    return readFileSync(file);
  } catch (error) {
    throw new StratusError(`${PREFIX}: ${what} ${file} cannot be read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
  }
}

/** The TLS error under undici's "fetch failed", if any. */
function certificateProblem(error: unknown): (Error & { code: string }) | undefined {
  let current: unknown = error;
  for (let depth = 0; depth < 4 && current instanceof Error; depth++) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === 'string' && CERTIFICATE_ERRORS.has(code)) return current as Error & { code: string };
    current = current.cause;
  }
  return undefined;
}

/**
 * A `fetch` for Node that checks certificates as a cloud's configuration says (a private CA, no
 * checks, a client certificate), on undici's dispatcher with one keep-alive pool per origin. The files
 * are read (and checked as PEM) once, here.
 */
export function createNodeFetch(options: NodeFetchOptions = {}): NodeFetch {
  const ca = options.cacert === undefined ? undefined : readPem('cacert', options.cacert);
  const cert = options.cert === undefined ? undefined : readPem('cert', options.cert);
  // A PEM file may hold the certificate and its key, as requests (openstacksdk) accepts.
  const key = options.key === undefined ? cert : readPem('key', options.key);
  if (options.key !== undefined && cert === undefined) throw new StratusError(`${PREFIX}: key ${options.key} is given without cert`);
  const tls = { rejectUnauthorized: options.verify !== false, ...(ca ? { ca } : {}), ...(cert ? { cert, key } : {}) };
  try {
    createSecureContext(tls);
  } catch (error) {
    const files = [options.cacert && `cacert ${options.cacert}`, options.cert && `cert ${options.cert}`, options.key && `key ${options.key}`].filter(Boolean).join(', ');
    throw new StratusError(`${PREFIX}: ${files}: ${(error as Error).message}`);
  }
  const agent = new undici.Agent({ connect: tls });

  const nodeFetch = async (request: Request): Promise<Response> => {
    let answer: Awaited<ReturnType<typeof undiciFetch>>;
    try {
      answer = await undici.fetch(request.url, {
        method: request.method,
        headers: [...request.headers],
        body: request.body,
        ...(request.body ? { duplex: 'half' as const } : {}),
        signal: request.signal,
        redirect: request.redirect,
        dispatcher: agent,
      });
    } catch (error) {
      const problem = certificateProblem(error);
      if (!problem) throw error;
      const { origin } = new URL(request.url);
      const fix = options.cacert ? `is it signed by a CA in cacert ${options.cacert}?` : 'set cacert (OS_CACERT) to the PEM file of the CA that signed it';
      // The cause (OpenSSL's reason and code) follows this message in the ConnectionError.
      throw new Error(`TLS: the certificate of ${origin} is not trusted; ${fix}`, { cause: problem });
    }
    const response = new Response(answer.body as ReadableStream<Uint8Array> | null, { status: answer.status, statusText: answer.statusText, headers: [...answer.headers] });
    Object.defineProperty(response, 'url', { value: answer.url });
    return response;
  };
  return Object.assign(nodeFetch, { close: () => agent.close(), destroy: () => agent.destroy() });
}
