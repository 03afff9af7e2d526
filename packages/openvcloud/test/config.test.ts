import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createOpenvCloudClientFromConfig, loadOpenvCloudConfig } from '../src/config/index.js';
import { InvalidConfigurationError, ServerError } from '../src/index.js';
import type { FetchLike } from '@stratus/core';
import { makeJwt } from './support/fake-services.js';

const dirs: string[] = [];
afterAll(() => Promise.all(dirs.map((dir) => rm(dir, { recursive: true, force: true }))));

async function configFile(text: string): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'ovc-config-'));
  dirs.push(dir);
  const path = join(dir, 'config.yaml');
  await writeFile(path, text);
  return path;
}

const SECRET = 'yaml-secret-value-xyz';

describe('loadOpenvCloudConfig', () => {
  it('reads iyo.appid, iyo.secret and openvcloud.url', async () => {
    const path = await configFile(`iyo:\n  appid: my-app\n  secret: ${SECRET}\nopenvcloud:\n  url: https://g8.example.com\n`);
    expect(loadOpenvCloudConfig({ configFile: path, env: {} })).toEqual({ url: 'https://g8.example.com', applicationId: 'my-app', secret: SECRET });
  });

  it('lets environment variables override the file', async () => {
    const path = await configFile(`iyo:\n  appid: my-app\n  secret: ${SECRET}\nopenvcloud:\n  url: https://g8.example.com\n`);
    const config = loadOpenvCloudConfig({ configFile: path, env: { OPENVCLOUD_URL: 'https://other.example.com', IYO_URL: 'https://iyo.example.com' } });
    expect(config).toEqual({ url: 'https://other.example.com', applicationId: 'my-app', secret: SECRET, iyoUrl: 'https://iyo.example.com' });
  });

  it('works from the environment alone when there is no config.yaml', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'ovc-config-'));
    dirs.push(dir);
    const cwd = process.cwd();
    process.chdir(dir);
    try {
      expect(loadOpenvCloudConfig({ env: { OPENVCLOUD_URL: 'https://g8', IYO_APPID: 'a', IYO_SECRET: 's' } })).toEqual({ url: 'https://g8', applicationId: 'a', secret: 's' });
    } finally {
      process.chdir(cwd);
    }
  });

  it('names the missing keys, never the values', async () => {
    const path = await configFile(`iyo:\n  secret: ${SECRET}\n`);
    const error = catchError(() => loadOpenvCloudConfig({ configFile: path, env: {} }));
    expect(error).toBeInstanceOf(InvalidConfigurationError);
    expect((error as Error).message).toContain('missing config: openvcloud.url (or OPENVCLOUD_URL), iyo.appid (or IYO_APPID)');
    expect((error as Error).message).not.toContain('iyo.secret');
    expect(JSON.stringify(error)).not.toContain(SECRET);
  });

  it('reports an explicit path that does not exist', async () => {
    expect(() => loadOpenvCloudConfig({ configFile: '/nonexistent/ovc/config.yaml', env: {} })).toThrow(/cannot read config file .*config\.yaml \(ENOENT\)/);
  });

  it('reports invalid YAML with its line, and a wrong shape', async () => {
    const path1 = await configFile('iyo:\n  appid: [unclosed\n');
    expect(() => loadOpenvCloudConfig({ configFile: path1, env: {} })).toThrow(/is not valid YAML/);
    const path2 = await configFile('- a\n- b\n');
    expect(() => loadOpenvCloudConfig({ configFile: path2, env: {} })).toThrow(/must be a YAML mapping/);
    const path3 = await configFile('iyo:\n  appid: {a: 1}\n');
    expect(() => loadOpenvCloudConfig({ configFile: path3, env: {} })).toThrow('iyo.appid in');
  });

  it('creates a client', async () => {
    const path = await configFile(`iyo:\n  appid: my-app\n  secret: ${SECRET}\nopenvcloud:\n  url: g8.example.com\n`);
    const client = createOpenvCloudClientFromConfig({ configFile: path, env: {} });
    expect(client.url).toBe('https://g8.example.com/restmachine');
  });

  it('passes the client options that are not configuration through (fetch, maxRetries, retryDelay, onRetry, userAgent…)', async () => {
    const path = await configFile(`iyo:\n  appid: my-app\n  secret: ${SECRET}\nopenvcloud:\n  url: https://g8.example.com\n`);
    const sent: { url: string; userAgent: string | null }[] = [];
    const retries: number[] = [];
    const fetch: FetchLike = async (input) => {
      const request = input as Request;
      sent.push({ url: request.url, userAgent: request.headers.get('user-agent') });
      if (request.url.startsWith('https://itsyou.online/')) return new Response(makeJwt({ exp: Math.floor(Date.now() / 1000) + 3600 }));
      return Response.json('busy', { status: 503 });
    };
    const client = createOpenvCloudClientFromConfig({ configFile: path, env: {}, fetch, maxRetries: 1, retryDelay: { baseMs: 0, maxMs: 0 }, onRetry: (event) => retries.push(event.attempt), userAgent: { appName: 'seed', appVersion: '1.0' } });
    await expect(client.api.cloudapi.images.list()).rejects.toBeInstanceOf(ServerError);
    const g8 = sent.filter((request) => request.url === 'https://g8.example.com/restmachine/cloudapi/images/list');
    expect(g8).toHaveLength(2);
    expect(g8[0]!.userAgent).toMatch(/ seed\/1\.0$/);
    expect(retries).toEqual([1]);
  });
});

function catchError(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    return error;
  }
  return undefined;
}
