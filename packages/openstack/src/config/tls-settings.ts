import { join } from 'node:path';
import { InvalidConfigurationError } from '@stratus/core';
import { CONFIG_PREFIX } from './cloud-set.js';
import { pyTruthy, type Dict } from './python-values.js';

/** How connections to a cloud check certificates, and the client certificate they present. */
export interface TlsSettings {
  /** false: certificates are not checked (`verify: false`, `insecure: true`, OS_INSECURE=true). */
  verify: boolean;
  /** CA bundle (PEM file) that replaces the system's trusted CAs (`cacert`, OS_CACERT; or a path given as `verify`). */
  cacert?: string;
  /** Client certificate (PEM file) presented to the server (`cert`, OS_CERT); it may hold the key too. */
  cert?: string;
  /** The client certificate's private key (PEM file; `key`, OS_KEY). */
  key?: string;
}

/** Python's `os.path.expanduser` for `~` and `~/…`. */
export function expandUser(path: string, home: string): string {
  if (path === '~') return home;
  return path.startsWith('~/') ? join(home, path.slice(2)) : path;
}

/**
 * openstacksdk's `get_requests_verify_args`: `insecure` wins over `verify`; with verification on, a
 * `cacert` becomes the CA bundle (and a string `verify` is itself one, as requests reads it); `key`
 * counts only beside a `cert`.
 */
export function tlsSettings(config: Dict, home: string, where: string): TlsSettings {
  // openstacksdk reads an empty `verify:` as "do not verify"; Stratus refuses it rather than guess.
  if (config['verify'] === null) {
    throw new InvalidConfigurationError(`${CONFIG_PREFIX} ${where}: verify is empty: write verify: true, verify: false, or the path of a CA bundle (or use cacert)`);
  }
  let verify: unknown = config['verify'] ?? true;
  if (pyTruthy(config['insecure'])) verify = false;
  const settings: TlsSettings = { verify: pyTruthy(verify) };
  const cacert = config['cacert'];
  if (settings.verify && pyTruthy(cacert)) settings.cacert = expandUser(String(cacert), home);
  else if (typeof verify === 'string' && verify !== '') settings.cacert = verify;
  if (pyTruthy(config['cert'])) {
    settings.cert = expandUser(String(config['cert']), home);
    if (pyTruthy(config['key'])) settings.key = expandUser(String(config['key']), home);
  }
  return settings;
}

/** Whether these settings differ from Node's defaults (so a fetch of their own is needed). */
export const needsOwnTls = (tls: TlsSettings): boolean => !tls.verify || tls.cacert !== undefined || tls.cert !== undefined;
