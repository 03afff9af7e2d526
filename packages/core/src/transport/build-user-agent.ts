import { STRATUS_VERSION } from '../version.js';

export interface UserAgentOptions {
  /** Your application's name, e.g. "my-deployer". */
  appName?: string;
  appVersion?: string;
  /** More product tokens appended as-is, e.g. the generated SDK's "openstack-compute/2.96". */
  extra?: string[];
}

/** `stratus/<version> [appName/appVersion] [extra…]`, space separated. */
export function buildUserAgent(options: UserAgentOptions = {}): string {
  const parts = [`stratus/${STRATUS_VERSION}`];
  const appName = options.appName?.trim();
  if (appName) {
    const appVersion = options.appVersion?.trim();
    parts.push(appVersion ? `${appName}/${appVersion}` : appName);
  }
  for (const entry of options.extra ?? []) {
    const trimmed = entry.trim();
    if (trimmed) parts.push(trimmed);
  }
  return parts.join(' ');
}
