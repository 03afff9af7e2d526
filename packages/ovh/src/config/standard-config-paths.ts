import { join, resolve } from 'node:path';

export interface ConfigLocations {
  cwd: string;
  home: string;
  /** Default `/etc/ovh.conf`. */
  systemConfigFile: string;
}

/**
 * The files read, lowest priority first (later files override earlier ones key by key):
 * `/etc/ovh.conf`, `~/.ovhrc`, `~/.ovh.conf`, `./ovh.conf`. python-ovh reads the same files in the
 * same order except `~/.ovhrc`, which python-asyncovh's documentation lists and which is kept here.
 */
export function standardConfigPaths(locations: ConfigLocations): string[] {
  return [locations.systemConfigFile, join(locations.home, '.ovhrc'), join(locations.home, '.ovh.conf'), resolve(locations.cwd, 'ovh.conf')];
}
