import { InvalidConfigurationError } from '@stratus/core';
import { createOpenStackClient, type OpenStackClient } from '../cloud/create-openstack-client.js';
import type { OpenStackClientOptions } from '../cloud/openstack-client-options.js';
import { CONFIG_PREFIX } from './cloud-set.js';
import { loadOpenStackConfig, type LoadOpenStackConfigOptions } from './load-openstack-config.js';
import { needsOwnTls } from './tls-settings.js';

export interface OpenStackClientFromConfigOptions extends LoadOpenStackConfigOptions {
  /**
   * Transport and other options that are not configuration (fetch, userAgent, timeoutMs…). A `fetch`
   * given here is used as is: the cloud's TLS settings (verify, cacert, cert, key) are then its job.
   */
  client?: Partial<OpenStackClientOptions>;
}

/**
 * `loadOpenStackConfig` + `createOpenStackClient`: the equivalent of `openstack.connect(cloud=…)`. When the cloud's TLS
 * settings are not Node's defaults, its requests go through `createNodeFetch(tls)`.
 */
export async function createOpenStackClientFromConfig(options: OpenStackClientFromConfigOptions = {}): Promise<OpenStackClient> {
  const { client: extra, ...loadOptions } = options;
  const config = loadOpenStackConfig(loadOptions);
  let fetch = extra?.fetch;
  if (fetch === undefined && needsOwnTls(config.tls)) {
    try {
      // Loaded only here: undici (an optional peer) is needed only for a cloud with its own TLS settings.
      const { createNodeFetch } = await import('../node/create-node-fetch.js');
      fetch = createNodeFetch(config.tls);
    } catch (error) {
      const where = config.cloud === undefined ? 'the configuration' : `cloud "${config.cloud}"`;
      throw new InvalidConfigurationError(`${CONFIG_PREFIX} ${where}: ${(error as Error).message.replace(/^\[[^\]]+\] createNodeFetch: /, '')}`, { cause: error });
    }
  }
  return createOpenStackClient({ ...config.options, ...extra, ...(fetch ? { fetch } : {}) });
}
