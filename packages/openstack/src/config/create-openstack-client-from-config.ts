import { InvalidConfigurationError } from '@stratus/core';
import { createOpenStackClient, type OpenStackClient } from '../cloud/create-openstack-client.js';
import type { OpenStackClientOptions } from '../cloud/openstack-client-options.js';
import type { ServiceModules } from '../cloud/services.js';
import { CONFIG_PREFIX } from './cloud-set.js';
import { loadOpenStackConfig, type LoadOpenStackConfigOptions } from './load-openstack-config.js';
import { needsOwnTls } from './tls-settings.js';

// The client options that are not configuration: taken beside the loader's options, at the top level, as
// createOvhClientFromConfig and createOpenvCloudClientFromConfig take theirs. Settings a cloud can hold
// (credentials, region, interface, endpoints, microversions) go through the loader's `overrides`.
const CLIENT_OPTION_KEYS = ['fetch', 'timeoutMs', 'maxRetries', 'retryDelay', 'onRetry', 'userAgent', 'negotiateMicroversions', 'refreshMarginMs', 'now', 'services'] as const;

/**
 * Where the configuration is read from (`cloud`, `regionName`, `files`, `env`, `overrides`…) and the
 * client options that are not configuration (`fetch`, `timeoutMs`, `services`…), side by side. A `fetch`
 * given here is used as is: the cloud's TLS settings (verify, cacert, cert, key) are then its job.
 */
export type OpenStackClientFromConfigOptions<Services extends ServiceModules = ServiceModules> = LoadOpenStackConfigOptions &
  Pick<OpenStackClientOptions, Exclude<(typeof CLIENT_OPTION_KEYS)[number], 'services'>> & { services?: Services };

/**
 * `loadOpenStackConfig` + `createOpenStackClient`: the equivalent of `openstack.connect(cloud=…)`. When the cloud's TLS
 * settings are not Node's defaults, its requests go through `createNodeFetch(tls)`.
 */
export async function createOpenStackClientFromConfig<const Services extends ServiceModules = {}>(
  options: OpenStackClientFromConfigOptions<Services> = {},
): Promise<OpenStackClient<{}, Services>> {
  const config = loadOpenStackConfig(options);
  const clientOptions: Partial<OpenStackClientOptions> = {};
  for (const key of CLIENT_OPTION_KEYS) {
    if (options[key] !== undefined) (clientOptions as Record<string, unknown>)[key] = options[key];
  }
  if (clientOptions.fetch === undefined && needsOwnTls(config.tls)) {
    try {
      // Loaded only here: undici (an optional peer) is needed only for a cloud with its own TLS settings.
      const { createNodeFetch } = await import('../node/create-node-fetch.js');
      clientOptions.fetch = createNodeFetch(config.tls);
    } catch (error) {
      const where = config.cloud === undefined ? 'the configuration' : `cloud "${config.cloud}"`;
      throw new InvalidConfigurationError(`${CONFIG_PREFIX} ${where}: ${(error as Error).message.replace(/^\[[^\]]+\] createNodeFetch: /, '')}`, { cause: error });
    }
  }
  return createOpenStackClient({ ...config.options, ...clientOptions }) as Promise<OpenStackClient<{}, Services>>;
}
