import { connect, type Cloud } from '../cloud/connect.js';
import type { ConnectOptions } from '../cloud/connect-options.js';
import { loadCloudConfig, type LoadCloudConfigOptions } from './load-cloud-config.js';

export interface ConnectFromConfigOptions extends LoadCloudConfigOptions {
  /** Transport and other options that are not configuration (fetch, userAgent, timeoutMs…). */
  connect?: Partial<ConnectOptions>;
}

/** `loadCloudConfig` + `connect`: the equivalent of `openstack.connect(cloud=…)`. */
export async function connectFromConfig(options: ConnectFromConfigOptions = {}): Promise<Cloud> {
  const { connect: extra, ...loadOptions } = options;
  const { options: config } = loadCloudConfig(loadOptions);
  return connect({ ...config, ...extra });
}
