import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inspect } from 'node:util';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createOvhClientFromConfig, loadOvhConfig, standardConfigPaths } from '../src/config/index.js';
import { InvalidConfigurationError } from '@stratus/core';
import { InvalidRegionError } from '../src/errors/invalid-region-error.js';

let root: string;
let cwd: string;
let home: string;
let etc: string;

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'stratus-ovh-config-'));
  cwd = join(root, 'project');
  home = join(root, 'home');
  mkdirSync(cwd);
  mkdirSync(home);
  etc = join(root, 'etc-ovh.conf');
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

const write = (path: string, text: string) => writeFileSync(path, text);
const locations = (extra: Record<string, unknown> = {}) => ({ cwd, home, systemConfigFile: etc, env: {}, ...extra });

describe('loadOvhConfig', () => {
  it('lists the standard files lowest priority first', () => {
    expect(standardConfigPaths({ cwd, home, systemConfigFile: '/etc/ovh.conf' })).toEqual([
      '/etc/ovh.conf',
      join(home, '.ovhrc'),
      join(home, '.ovh.conf'),
      join(cwd, 'ovh.conf'),
    ]);
  });

  it('merges files key by key: ./ovh.conf > ~/.ovh.conf > ~/.ovhrc > /etc/ovh.conf (python test_config_from_files)', () => {
    write(etc, '[ovh-eu]\napplication_key=system\napplication_secret=system\nconsumer_key=system\nclient_id=system\n');
    write(join(home, '.ovhrc'), '[ovh-eu]\nclient_id=rc\n');
    write(join(home, '.ovh.conf'), '[ovh-eu]\napplication_secret=user\nconsumer_key=user\n');
    write(join(cwd, 'ovh.conf'), '; local overrides\n[ovh-eu]\nconsumer_key=local\n');
    const config = loadOvhConfig(locations());
    expect(config).toMatchObject({ endpoint: 'ovh-eu', applicationKey: 'system', applicationSecret: 'user', consumerKey: 'local', clientId: 'rc' });
    expect(config.sources).toEqual({
      applicationKey: `${etc} [ovh-eu] application_key (line 2)`,
      applicationSecret: `${join(home, '.ovh.conf')} [ovh-eu] application_secret (line 2)`,
      consumerKey: `${join(cwd, 'ovh.conf')} [ovh-eu] consumer_key (line 3)`,
      clientId: `${join(home, '.ovhrc')} [ovh-eu] client_id (line 2)`,
    });
    expect(config.files).toEqual([etc, join(home, '.ovhrc'), join(home, '.ovh.conf'), join(cwd, 'ovh.conf')]);
  });

  it('picks the endpoint from [default] and reads that endpoint section only', () => {
    write(join(home, '.ovh.conf'), '[default]\nendpoint=ovh-ca\n\n[ovh-eu]\napplication_key=eu-key\n\n[ovh-ca]\napplication_key=ca-key\naccess_token=ca-token\n');
    expect(loadOvhConfig(locations())).toMatchObject({ endpoint: 'ovh-ca', applicationKey: 'ca-key', accessToken: 'ca-token', sources: { endpoint: `${join(home, '.ovh.conf')} [default] endpoint (line 2)` } });
  });

  it('lets OVH_* variables beat files and explicit options beat both', () => {
    write(join(cwd, 'ovh.conf'), '[default]\nendpoint=ovh-ca\n[ovh-us]\napplication_key=file-key\napplication_secret=file-secret\n');
    const env = { OVH_ENDPOINT: 'ovh-us', OVH_APPLICATION_SECRET: 'env-secret', OVH_CONSUMER_KEY: 'env-ck', OVH_CLIENT_ID: '' };
    expect(loadOvhConfig(locations({ env }))).toMatchObject({
      endpoint: 'ovh-us',
      applicationKey: 'file-key',
      applicationSecret: 'env-secret',
      consumerKey: 'env-ck',
      sources: { endpoint: 'env OVH_ENDPOINT', applicationSecret: 'env OVH_APPLICATION_SECRET' },
    });
    const explicit = loadOvhConfig(locations({ env, endpoint: 'ovh-eu', consumerKey: 'option-ck' }));
    expect(explicit).toMatchObject({ endpoint: 'ovh-eu', applicationSecret: 'env-secret', consumerKey: 'option-ck', sources: { consumerKey: 'option', endpoint: 'option' } });
    expect(explicit.applicationKey).toBeUndefined(); // the file only has [ovh-us]
    // An empty variable is set, to nothing (python-ovh's os.environ lookup): it hides the files.
    expect(explicit).toMatchObject({ clientId: '', sources: { clientId: 'env OVH_CLIENT_ID' } });
  });

  it('lets an empty value hide lower-priority ones, in files, variables and options', () => {
    write(etc, '[ovh-eu]\napplication_key=system\nconsumer_key=system\nclient_id=system\n');
    write(join(cwd, 'ovh.conf'), '[ovh-eu]\nconsumer_key =\n');
    const config = loadOvhConfig(locations({ env: { OVH_CLIENT_ID: '' }, applicationKey: '' }));
    expect(config).toMatchObject({ applicationKey: '', consumerKey: '', clientId: '' });
    expect(config.sources).toMatchObject({ applicationKey: 'option', consumerKey: `${join(cwd, 'ovh.conf')} [ovh-eu] consumer_key (line 2)`, clientId: 'env OVH_CLIENT_ID' });
  });

  it('reads every OVH_* variable', () => {
    const env = {
      OVH_APPLICATION_KEY: 'a',
      OVH_APPLICATION_SECRET: 'b',
      OVH_CONSUMER_KEY: 'c',
      OVH_CLIENT_ID: 'd',
      OVH_CLIENT_SECRET: 'e',
      OVH_ACCESS_TOKEN: 'f',
    };
    expect(loadOvhConfig(locations({ env }))).toMatchObject({ applicationKey: 'a', applicationSecret: 'b', consumerKey: 'c', clientId: 'd', clientSecret: 'e', accessToken: 'f' });
  });

  it('reads an explicit configFile after the standard files: it overrides them, not the environment (python test_config_from_given_config_file)', () => {
    write(join(cwd, 'ovh.conf'), '[ovh-eu]\napplication_key=local\napplication_secret=local\n');
    write(join(root, 'custom.ini'), '[ovh-eu]\napplication_key=custom\n');
    const config = loadOvhConfig(locations({ configFile: join(root, 'custom.ini'), env: { OVH_APPLICATION_SECRET: 'env' } }));
    expect(config).toMatchObject({ applicationKey: 'custom', applicationSecret: 'env' });
    expect(loadOvhConfig(locations({ configFile: '../custom.ini' })).applicationKey).toBe('custom'); // relative to cwd
  });

  it('skips config paths that cannot be opened (missing, a folder), as configparser does, and lists them', () => {
    mkdirSync(join(cwd, 'ovh.conf'));
    write(join(home, '.ovh.conf'), '[ovh-eu]\napplication_key=user\n');
    const config = loadOvhConfig(locations({ configFile: join(root, 'nope.conf') }));
    expect(config).toMatchObject({ applicationKey: 'user', files: [join(home, '.ovh.conf')] });
    expect(config.skipped).toEqual([
      { path: etc, reason: 'ENOENT' },
      { path: join(home, '.ovhrc'), reason: 'ENOENT' },
      { path: join(cwd, 'ovh.conf'), reason: 'EISDIR' },
      { path: join(root, 'nope.conf'), reason: 'ENOENT' },
    ]);
  });

  it('names a skipped explicit configFile and a folder in place of a file when credentials are missing', () => {
    mkdirSync(join(cwd, 'ovh.conf'));
    expect(() => createOvhClientFromConfig(locations({ configFile: 'custom.conf', env: { OVH_APPLICATION_KEY: 'ak' } }))).toThrow(
      `skipped ${join(cwd, 'ovh.conf')} (EISDIR), ${join(cwd, 'custom.conf')} (ENOENT)`,
    );
  });

  it('refuses, naming file and line, the files Python\'s configparser refuses (python-ovh fails on them too)', () => {
    write(join(home, '.ovh.conf'), 'application_key=abc\n[ovh-eu]\n');
    expect(() => loadOvhConfig(locations())).toThrow(`${join(home, '.ovh.conf')}, line 1: this line comes before any [section] header. Python's configparser raises MissingSectionHeaderError`);
    write(join(home, '.ovh.conf'), '[ovh-eu]\napplication_key=a\nApplication_Key=b\n');
    expect(() => loadOvhConfig(locations())).toThrow(InvalidConfigurationError);
    expect(() => loadOvhConfig(locations())).toThrow('line 3: "application_key" is set a second time in section [ovh-eu]');
    expect(() => loadOvhConfig(locations())).not.toThrow(/=a|=b/);
    write(join(home, '.ovh.conf'), '\ufeff[ovh-eu]\n');
    expect(() => loadOvhConfig(locations())).toThrow('starts with a byte-order mark');
    writeFileSync(join(home, '.ovh.conf'), Buffer.from([0x5b, 0x61, 0x5d, 0x0a, 0x6b, 0x3d, 0xff, 0x0a]));
    expect(() => loadOvhConfig(locations())).toThrow(`${join(home, '.ovh.conf')} is not UTF-8 text`);
  });

  it('refuses an endpoint set to an empty value, naming where', () => {
    write(join(home, '.ovh.conf'), '[default]\nendpoint=ovh-ca\n');
    expect(() => loadOvhConfig(locations({ env: { OVH_ENDPOINT: '' } }))).toThrow(InvalidRegionError);
    expect(() => loadOvhConfig(locations({ env: { OVH_ENDPOINT: '' } }))).toThrow('The endpoint is set to an empty value by env OVH_ENDPOINT');
  });

  it('names the file and key of an unknown endpoint, listing valid ones', () => {
    write(join(home, '.ovh.conf'), '[default]\nendpoint=ovh-mars\n');
    const error = (() => {
      try {
        loadOvhConfig(locations());
      } catch (caught) {
        return caught as Error;
      }
      return undefined;
    })();
    expect(error).toBeInstanceOf(InvalidRegionError);
    expect(error?.message).toContain('Unknown endpoint "ovh-mars". Valid endpoints: ovh-eu, ovh-ca, ovh-us, kimsufi-eu, kimsufi-ca, soyoustart-eu, soyoustart-ca');
    expect(error?.message).toContain(`endpoint read from ${join(home, '.ovh.conf')} [default] endpoint (line 2)`);
  });

  it('supports base-URL endpoints as section names', () => {
    write(join(cwd, 'ovh.conf'), '[default]\nendpoint=http://127.0.0.1:8080/1.0\n[http://127.0.0.1:8080/1.0]\naccess_token=proxy-token\n');
    expect(loadOvhConfig(locations())).toMatchObject({ endpoint: 'http://127.0.0.1:8080/1.0', accessToken: 'proxy-token' });
  });

  it('defaults to ovh-eu with nothing configured', () => {
    expect(loadOvhConfig(locations())).toMatchObject({ endpoint: 'ovh-eu', files: [], sources: {} });
    expect(loadOvhConfig(locations()).skipped.map(({ reason }) => reason)).toEqual(['ENOENT', 'ENOENT', 'ENOENT', 'ENOENT']);
  });

  it('hides secrets from JSON.stringify and util.inspect but keeps them readable', () => {
    const env = { OVH_APPLICATION_KEY: 'visible-ak', OVH_APPLICATION_SECRET: 'hidden-as', OVH_CONSUMER_KEY: 'hidden-ck', OVH_CLIENT_SECRET: 'hidden-cs', OVH_ACCESS_TOKEN: 'hidden-at' };
    const config = loadOvhConfig(locations({ env }));
    expect(config.applicationSecret).toBe('hidden-as');
    for (const rendered of [JSON.stringify(config), inspect(config), inspect({ nested: config })]) {
      expect(rendered).toContain('visible-ak');
      expect(rendered).not.toMatch(/hidden-/);
      expect(rendered).toContain('[REDACTED]');
    }
    expect({ ...config }.applicationSecret).toBe('hidden-as');
  });
});

describe('createOvhClientFromConfig', () => {
  it('creates a client from the merged configuration', () => {
    write(join(home, '.ovh.conf'), '[default]\nendpoint=ovh-ca\n[ovh-ca]\nclient_id=id\nclient_secret=secret\n');
    const client = createOvhClientFromConfig(locations());
    expect(client.authMethod).toBe('oauth2');
    expect(client.endpoint.name).toBe('ovh-ca');
  });

  it('names the file and key of half a pair', () => {
    write(join(home, '.ovh.conf'), '[ovh-eu]\napplication_key=only-the-key\n');
    expect(() => createOvhClientFromConfig(locations())).toThrow(InvalidConfigurationError);
    expect(() => createOvhClientFromConfig(locations())).toThrow(
      `Both applicationKey and applicationSecret must be given: applicationSecret (not set: no option, no OVH_APPLICATION_SECRET, no [ovh-eu] application_secret in ${join(home, '.ovh.conf')}) is missing ` +
        `(applicationKey (from ${join(home, '.ovh.conf')} [ovh-eu] application_key (line 2)) is set)`,
    );
  });

  it('names where each conflicting method came from', () => {
    write(join(cwd, 'ovh.conf'), '[ovh-eu]\nclient_id=id\nclient_secret=TOP-SECRET\n');
    const env = { OVH_APPLICATION_KEY: 'ak', OVH_APPLICATION_SECRET: 'TOP-SECRET-AS' };
    let message = '';
    try {
      createOvhClientFromConfig(locations({ env }));
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toContain("Can't use multiple authentication methods: applicationKey/applicationSecret and OAuth2 clientId/clientSecret");
    expect(message).toContain('applicationSecret (from env OVH_APPLICATION_SECRET)');
    expect(message).toContain(`clientSecret (from ${join(cwd, 'ovh.conf')} [ovh-eu] client_secret (line 3))`);
    expect(message).not.toContain('TOP-SECRET');
  });

  it('explains missing credentials', () => {
    expect(() => createOvhClientFromConfig(locations())).toThrow('Missing authentication information');
  });

  it('forwards client options', async () => {
    const client = createOvhClientFromConfig(
      locations({ env: { OVH_ACCESS_TOKEN: 'tok' }, fetch: async (_url: string, init: { headers: Record<string, string> }) => Response.json({ auth: new Headers(init.headers).get('authorization') }) }),
    );
    await expect(client.get('/me')).resolves.toEqual({ auth: 'Bearer tok' });
  });
});
