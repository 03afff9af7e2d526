/** Claims of an ItsYou.online JWT that the client uses (ES384; the signature is the portal's business). */
export interface ItsYouOnlineClaims {
  /** Expiry, seconds since the epoch. */
  exp?: number;
  iss?: string;
  username?: string;
  azp?: string;
  scope?: string[] | string;
  /** Present when the JWT can be refreshed at /v1/oauth/jwt/refresh (requested with scope offline_access). */
  refresh_token?: string;
  [claim: string]: unknown;
}

/** Decodes the payload of a JWT without verifying it; undefined when it is not a JWT. */
export function decodeJwtClaims(jwt: string): ItsYouOnlineClaims | undefined {
  const parts = jwt.split('.');
  if (parts.length !== 3 || !parts[1]) return undefined;
  try {
    const base64 = parts[1].replace(/-/g, '+').replace(/_/g, '/');
    const binary = atob(base64 + '='.repeat((4 - (base64.length % 4)) % 4));
    const json = new TextDecoder().decode(Uint8Array.from(binary, (c) => c.charCodeAt(0)));
    const claims: unknown = JSON.parse(json);
    return claims !== null && typeof claims === 'object' && !Array.isArray(claims) ? (claims as ItsYouOnlineClaims) : undefined;
  } catch {
    return undefined;
  }
}
