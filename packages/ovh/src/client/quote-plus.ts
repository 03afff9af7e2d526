import { StratusError } from '@stratus/core';

const UNRESERVED = /^[A-Za-z0-9_.~-]*$/;

/**
 * Python's `quote_plus(text, safe='')`, which `urllib.parse.urlencode` applies to every name and
 * value: letters, digits and `_.-~` stay, a space becomes `+`, everything else is `%XX` for each
 * UTF-8 byte. encodeURIComponent differs only in leaving `!'()*` as they are. `what` names the
 * text in the error a lone surrogate (which has no UTF-8 form, in Python either) causes.
 */
export function quotePlus(text: string, what: string): string {
  if (UNRESERVED.test(text)) return text;
  let encoded: string;
  try {
    encoded = encodeURIComponent(text);
  } catch (error) {
    throw new StratusError(`[@stratus/ovh] ${what} contains a lone UTF-16 surrogate, which has no UTF-8 form and cannot be sent in a URL`, { cause: error });
  }
  return encoded.replace(/[!'()*]/g, (char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`).replace(/%20/g, '+');
}
