import { readFileSync } from 'node:fs';
import { InvalidConfigurationError } from '@stratus/core';

/** Why a config path was not read. */
export interface SkippedConfigFile {
  path: string;
  /** The system error code: ENOENT (missing), EISDIR (a folder), EACCES… */
  reason: string;
}

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/**
 * A config file's text, or why it cannot be opened. Like `RawConfigParser.read`, any path that cannot
 * be opened (missing, a folder, no permission) is skipped rather than an error. The text is decoded as
 * strict UTF-8 (Python's text files fail on invalid bytes too), keeping a byte-order mark.
 */
export function readConfigText(path: string): { text: string } | { skipped: SkippedConfigFile } {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    return { skipped: { path, reason: typeof code === 'string' ? code : String(error) } };
  }
  try {
    return { text: utf8.decode(bytes) };
  } catch (error) {
    throw new InvalidConfigurationError(`[@stratus/ovh/config] ${path} is not UTF-8 text; python-ovh cannot read it either. Save it as UTF-8`, { cause: error });
  }
}
