// Node-only entry point (`@stratus/openvcloud/config`): reads config.yaml and the environment.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse } from 'yaml';
import { createOpenvCloudClient, type ItsYouOnlineClientOptions, type OpenvCloudClient } from '../client/create-openvcloud-client.js';
import { InvalidConfigurationError } from '@stratus/core';

export interface OpenvCloudConfig {
  /** `openvcloud.url` / OPENVCLOUD_URL. */
  url: string;
  /** `iyo.appid` / IYO_APPID. */
  applicationId: string;
  /** `iyo.secret` / IYO_SECRET. */
  secret: string;
  /** `iyo.url` / IYO_URL (optional). */
  iyoUrl?: string;
}

export interface LoadOpenvCloudConfigOptions {
  /** The config.yaml to read (named `configFile` as in `@stratus/ovh/config`). Default: OPENVCLOUD_CONFIG, else `config.yaml` in the working directory (optional then). */
  configFile?: string;
  /** Environment. Default process.env. Variables override the file. */
  env?: Record<string, string | undefined>;
}

/** Config keys, their environment variables, and where they go. */
const KEYS = [
  { key: 'openvcloud.url', env: 'OPENVCLOUD_URL', field: 'url', required: true },
  { key: 'iyo.appid', env: 'IYO_APPID', field: 'applicationId', required: true },
  { key: 'iyo.secret', env: 'IYO_SECRET', field: 'secret', required: true },
  { key: 'iyo.url', env: 'IYO_URL', field: 'iyoUrl', required: false },
] as const;

/**
 * Reads the seed's config.yaml:
 * ```yaml
 * iyo:
 *   appid: <ItsYou.online application id>
 *   secret: <its secret>
 * openvcloud:
 *   url: https://g8.example.com
 * ```
 * Environment variables (OPENVCLOUD_URL, IYO_APPID, IYO_SECRET, IYO_URL) override it. Errors name
 * the missing key and never contain a value.
 */
export function loadOpenvCloudConfig(options: LoadOpenvCloudConfigOptions = {}): OpenvCloudConfig {
  const env = options.env ?? process.env;
  const explicit = options.configFile ?? env['OPENVCLOUD_CONFIG'];
  const path = resolve(explicit ?? 'config.yaml');
  let document: unknown = {};
  let text: string | undefined;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    if (explicit !== undefined || (error as { code?: string }).code !== 'ENOENT') {
      throw new InvalidConfigurationError(`[@stratus/openvcloud] cannot read config file ${path} (${(error as { code?: string }).code ?? 'error'})`);
    }
  }
  if (text !== undefined) {
    try {
      document = parse(text) ?? {};
    } catch (error) {
      const line = (error as { linePos?: { line: number }[] }).linePos?.[0]?.line;
      throw new InvalidConfigurationError(`[@stratus/openvcloud] ${path}${line ? `:${line}` : ''} is not valid YAML`);
    }
    if (!isRecord(document)) throw new InvalidConfigurationError(`[@stratus/openvcloud] ${path} must be a YAML mapping with iyo and openvcloud sections`);
  }
  const config: Record<string, string> = {};
  const missing: string[] = [];
  for (const { key, env: variable, field, required } of KEYS) {
    const fromEnv = env[variable];
    const fromFile = lookup(document, key, path);
    const value = fromEnv !== undefined && fromEnv.trim() !== '' ? fromEnv.trim() : fromFile;
    if (value !== undefined) config[field] = value;
    else if (required) missing.push(`${key} (or ${variable})`);
  }
  if (missing.length > 0) {
    throw new InvalidConfigurationError(`[@stratus/openvcloud] missing config: ${missing.join(', ')}${text === undefined ? ` — no config file at ${path}` : ` in ${path}`}`);
  }
  return config as unknown as OpenvCloudConfig;
}

/**
 * Where the configuration is read from, and the client options that are not configuration (`fetch`,
 * `timeoutMs`, `maxRetries`, `retryDelay`, `onRetry`, `userAgent`, `taskPolling`), side by side as in
 * `createOvhClientFromConfig`.
 */
export type OpenvCloudClientFromConfigOptions = LoadOpenvCloudConfigOptions & Omit<ItsYouOnlineClientOptions, keyof OpenvCloudConfig>;

/** `loadOpenvCloudConfig` + `createOpenvCloudClient` (ItsYou.online auth); synchronous, as both are. */
export function createOpenvCloudClientFromConfig(options: OpenvCloudClientFromConfigOptions = {}): OpenvCloudClient {
  const { configFile: _configFile, env: _env, ...clientOptions } = options;
  return createOpenvCloudClient({ ...clientOptions, ...loadOpenvCloudConfig(options) });
}

function lookup(document: unknown, key: string, path: string): string | undefined {
  let node = document;
  for (const part of key.split('.')) {
    if (!isRecord(node)) return undefined;
    node = node[part];
  }
  if (node === undefined || node === null || node === '') return undefined;
  if (typeof node === 'number') return String(node);
  if (typeof node !== 'string') throw new InvalidConfigurationError(`[@stratus/openvcloud] ${key} in ${path} must be a string`);
  return node.trim() === '' ? undefined : node.trim();
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}
