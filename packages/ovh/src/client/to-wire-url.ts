import { StratusError } from '@stratus/core';

// A URL fetch sends unchanged: lower-case host without port, and only characters that URL
// serialisation keeps in a path and in the query of an https URL (`'` is encoded in the query).
const ALREADY_CANONICAL = /^https?:\/\/[a-z0-9.-]+\/[A-Za-z0-9\-._~!$&()*+,;=:@/%?]*$/;
const DOT_SEGMENT = /\/\.{1,2}(?:[/?]|$)|%2e/i;

/**
 * The URL exactly as it goes on the wire, which is the URL OVH checks the signature against:
 * fetch serialises URLs the WHATWG way (a `'` in the query is sent as `%27`, a space as `%20`,
 * non-ASCII as UTF-8 `%XX`, the host lower-cased, `/./` and `/../` resolved, the fragment dropped).
 * Signing this form, and handing this form to fetch, makes the signed and the sent URL the same
 * with any fetch (the global one re-serialises to the same text; createNodeFetch sends it as is).
 */
export function toWireUrl(url: string): string {
  if (ALREADY_CANONICAL.test(url) && !DOT_SEGMENT.test(url)) return url;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch (error) {
    throw new StratusError(`[@stratus/ovh] not a valid URL: ${url.split('?')[0]}`, { cause: error });
  }
  parsed.hash = '';
  return parsed.href;
}
