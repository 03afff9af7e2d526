import { resolve } from 'node:path';
import process from 'node:process';
import type { OvhApi } from '../api/ovh-api.js';
import { createOvhClient, type OvhClientOptions } from '../client/create-ovh-client.js';
import type { OvhClient } from '../client/ovh-client-types.js';
import { selectAuthMethod, type OvhCredentials } from '../client/select-auth-method.js';
import { CONFIG_KEYS, CREDENTIAL_NAMES } from './config-keys.js';
import { loadOvhConfig, type LoadOvhConfigOptions, type OvhConfig } from './load-ovh-config.js';

export type OvhClientFromConfigOptions<Apis extends readonly OvhApi[]> = LoadOvhConfigOptions &
  Omit<OvhClientOptions<Apis>, keyof OvhCredentials | 'endpoint'>;

/**
 * createOvhClient with credentials and endpoint looked up like python-ovh (see loadOvhConfig).
 * Configuration errors say which option, variable or file/section/key each value came from.
 */
export function createOvhClientFromConfig<const Apis extends readonly OvhApi[] = readonly []>(options: OvhClientFromConfigOptions<Apis> = {}): OvhClient<Apis> {
  const { configFile, env, cwd, home, systemConfigFile, endpoint: _endpoint, ...rest } = options;
  const config = loadOvhConfig(options);
  const explicitFile = configFile === undefined ? undefined : resolve(cwd ?? process.cwd(), configFile);
  selectAuthMethod(config, (name) => describeCredential(config, name, explicitFile));

  const clientOptions: Record<string, unknown> = { ...rest, endpoint: config.endpoint };
  for (const name of CREDENTIAL_NAMES) clientOptions[name] = config[name];
  return createOvhClient<Apis>(clientOptions as OvhClientOptions<Apis>);
}

function describeCredential(config: OvhConfig, name: keyof OvhCredentials, explicitFile: string | undefined): string {
  const source = config.sources[name];
  if (source !== undefined) return config[name] === '' ? `${name} (set to an empty value by ${source}, which hides lower-priority settings)` : `${name} (from ${source})`;
  const { ini, env } = CONFIG_KEYS[name];
  const files = config.files.length > 0 ? config.files.join(', ') : 'no config file found';
  // A missing standard file is the usual case; anything else skipped (the configFile option, a folder…) is worth a word.
  const skipped = config.skipped.filter(({ path, reason }) => reason !== 'ENOENT' || path === explicitFile);
  const unread = skipped.length > 0 ? `; skipped ${skipped.map(({ path, reason }) => `${path} (${reason})`).join(', ')}` : '';
  return `${name} (not set: no option, no ${env}, no [${config.endpoint}] ${ini} in ${files}${unread})`;
}
