import { StratusError } from '../errors/stratus-error.js';
import type { SendStreamingHttp, StreamingHttpRequest } from '../pipeline/http-message.js';
import { withHeaders } from '../pipeline/with-headers.js';
import type { AuthStrategy } from './auth-strategy.js';

export type TokenSource = string | (() => string | Promise<string>);

export interface TokenAuthOptions {
  /** The token, or a getter called on every attempt (so a rotating/refreshed token is picked up). */
  token: TokenSource;
  /** Default "Authorization". OpenStack services use "X-Auth-Token". */
  headerName?: string;
  /** Prefix for the Authorization header, e.g. "Bearer". Ignored for other headers. */
  scheme?: string;
}

export interface TokenAuthentication {
  type: 'token';
  headerName: string;
  /** The header value to send (scheme included). */
  token: string;
}

const PREFIX = '[@stratus/core] createTokenAuth';

/** Sends a static or rotating token in a header on every attempt. */
export function createTokenAuth(options: TokenAuthOptions): AuthStrategy<TokenAuthentication> {
  const { token } = options;
  const headerName = options.headerName ?? 'Authorization';
  if (typeof token === 'string') assertUsableToken(token);
  else if (typeof token !== 'function') throw new StratusError(`${PREFIX}: token must be a string or a function returning one`);
  if (!/^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/.test(headerName)) throw new StratusError(`${PREFIX}: invalid header name "${headerName}"`);
  const headerKey = headerName.toLowerCase();
  const scheme = headerKey === 'authorization' ? options.scheme?.trim() : undefined;

  const authenticate = async (): Promise<TokenAuthentication> => {
    const raw = typeof token === 'function' ? await token() : token;
    assertUsableToken(raw);
    const value = raw.trim();
    const alreadyPrefixed = scheme !== undefined && value.toLowerCase().startsWith(`${scheme.toLowerCase()} `);
    return { type: 'token', headerName, token: scheme && !alreadyPrefixed ? `${scheme} ${value}` : value };
  };

  return Object.assign(authenticate, {
    hook: async (request: StreamingHttpRequest, next: SendStreamingHttp) => {
      const { token: headerValue } = await authenticate();
      return next(withHeaders(request, { [headerKey]: headerValue }));
    },
  });
}

// Messages never include the token itself. Control characters are rejected here because the Headers
// class would otherwise throw an error that echoes the whole value.
function assertUsableToken(token: unknown): asserts token is string {
  if (typeof token !== 'string') throw new StratusError(`${PREFIX}: token must be a string, got ${typeof token}`);
  if (token.trim() === '') throw new StratusError(`${PREFIX}: token is empty`);
  if (/[^\t\x20-\x7e\x80-\xff]/.test(token)) throw new StratusError(`${PREFIX}: token contains characters not allowed in an HTTP header`);
}
