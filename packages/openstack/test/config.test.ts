import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inspect } from 'node:util';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { connectFromConfig, loadCloudConfig } from '../src/config/index.js';
import { PASSWORD, PROJECT_ID, startFakeOpenStack, USER } from './support/fake-openstack.js';

let root: string;
let cwd: string;
let home: string;
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'stratus-openstack-'));
  cwd = join(root, 'work');
  home = join(root, 'home');
  mkdirSync(cwd, { recursive: true });
  mkdirSync(join(home, '.config', 'openstack'), { recursive: true });
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

const CLOUDS = `
clouds:
  pouta:
    auth:
      auth_url: https://pouta.csc.fi:5001/v3
      username: alice
      project_name: project_2001234
      user_domain_name: Default
      project_domain_id: default
    region_name: regionOne
    interface: public
    identity_api_version: 3
    dns_endpoint_override: http://designate:9001/v2
  appcred:
    auth_type: v3applicationcredential
    auth:
      auth_url: http://example.com/identity
      application_credential_id: ac-id
    regions: [RegionTwo]
`;
const SECURE = `
clouds:
  pouta:
    auth:
      password: from-secure-yaml
  appcred:
    auth:
      application_credential_secret: ac-secret
`;

describe('loadCloudConfig', () => {
  it('reads an openrc from OS_* variables', () => {
    const { options, cloud } = loadCloudConfig({
      cwd,
      home,
      env: { OS_AUTH_URL: 'https://k/v3', OS_USERNAME: 'u', OS_PASSWORD: 'p', OS_PROJECT_NAME: 'proj', OS_USER_DOMAIN_NAME: 'Default', OS_PROJECT_DOMAIN_ID: 'default', OS_REGION_NAME: 'R1', OS_INTERFACE: 'internal', OS_AUTH_TYPE: 'password', PATH: '/bin' },
    });
    expect(cloud).toBeUndefined();
    expect({ ...options }).toEqual({ authUrl: 'https://k/v3', username: 'u', password: 'p', projectName: 'proj', userDomainName: 'Default', projectDomainId: 'default', regionName: 'R1', interface: 'internal', authType: 'password' });
  });

  it('reads an application-credential openrc', () => {
    const { options } = loadCloudConfig({ cwd, home, env: { OS_AUTH_TYPE: 'v3applicationcredential', OS_AUTH_URL: 'https://k', OS_APPLICATION_CREDENTIAL_ID: 'id', OS_APPLICATION_CREDENTIAL_SECRET: 's' } });
    expect({ ...options }).toEqual({ authType: 'v3applicationcredential', authUrl: 'https://k', applicationCredentialId: 'id', applicationCredentialSecret: 's' });
  });

  it('merges clouds.yaml with secure.yaml for the cloud OS_CLOUD selects', () => {
    writeFileSync(join(home, '.config', 'openstack', 'clouds.yaml'), CLOUDS);
    writeFileSync(join(home, '.config', 'openstack', 'secure.yaml'), SECURE);
    const { options, files, cloud } = loadCloudConfig({ cwd, home, env: { OS_CLOUD: 'pouta' } });
    expect(cloud).toBe('pouta');
    expect(files).toEqual([join(home, '.config', 'openstack', 'clouds.yaml'), join(home, '.config', 'openstack', 'secure.yaml')]);
    expect({ ...options }).toEqual({
      authUrl: 'https://pouta.csc.fi:5001/v3',
      username: 'alice',
      password: 'from-secure-yaml',
      projectName: 'project_2001234',
      userDomainName: 'Default',
      projectDomainId: 'default',
      regionName: 'regionOne',
      interface: 'public',
      endpoints: { dns: 'http://designate:9001/v2' },
    });
    const appcred = loadCloudConfig({ cwd, home, env: {}, cloud: 'appcred' }).options;
    expect({ ...appcred }).toEqual({ authType: 'v3applicationcredential', authUrl: 'http://example.com/identity', applicationCredentialId: 'ac-id', applicationCredentialSecret: 'ac-secret', regionName: 'RegionTwo' });
  });

  it('explicit options > OS_* env > clouds.yaml', () => {
    writeFileSync(join(cwd, 'clouds.yaml'), CLOUDS);
    writeFileSync(join(cwd, 'secure.yaml'), SECURE);
    const { options } = loadCloudConfig({ cwd, home, env: { OS_CLOUD: 'pouta', OS_REGION_NAME: 'regionTwo', OS_PASSWORD: 'from-env' }, overrides: { regionName: 'regionThree', projectName: undefined } });
    expect(options).toMatchObject({ regionName: 'regionThree', password: 'from-env', projectName: 'project_2001234' });
  });

  it('first found wins: ./ before ~/.config/openstack, OS_CLIENT_CONFIG_FILE before both', () => {
    writeFileSync(join(cwd, 'clouds.yaml'), 'clouds:\n  c:\n    auth: {auth_url: "http://cwd", user_id: u, password: p}\n');
    writeFileSync(join(home, '.config', 'openstack', 'clouds.yaml'), 'clouds:\n  c:\n    auth: {auth_url: "http://home", user_id: u, password: p}\n');
    expect(loadCloudConfig({ cwd, home, env: { OS_CLOUD: 'c' } }).options.authUrl).toBe('http://cwd');
    const explicit = join(root, 'elsewhere.yaml');
    writeFileSync(explicit, 'clouds:\n  c:\n    auth: {auth_url: "http://explicit", user_id: u, password: p}\n');
    expect(loadCloudConfig({ cwd, home, env: { OS_CLOUD: 'c', OS_CLIENT_CONFIG_FILE: explicit } }).options.authUrl).toBe('http://explicit');
    expect(loadCloudConfig({ cwd, home, env: {}, cloud: 'c', files: { clouds: explicit } }).options.authUrl).toBe('http://explicit');
  });

  it('lists the known clouds for an unknown name', () => {
    writeFileSync(join(cwd, 'clouds.yaml'), CLOUDS);
    expect(() => loadCloudConfig({ cwd, home, env: { OS_CLOUD: 'nope' } })).toThrow(/unknown cloud "nope" in .*clouds\.yaml; known clouds: pouta, appcred/);
    expect(() => loadCloudConfig({ cwd: join(root, 'empty'), home: join(root, 'empty'), env: {}, cloud: 'nope' })).toThrow(/no clouds\.yaml found/);
  });

  it('errors clearly on a missing auth URL or a password flow without a user', () => {
    expect(() => loadCloudConfig({ cwd, home, env: { OS_USERNAME: 'u', OS_PASSWORD: 'never-shown' } })).toThrow(/no auth URL in the environment: set OS_AUTH_URL/);
    const noUser = () => loadCloudConfig({ cwd, home, env: { OS_AUTH_URL: 'https://k', OS_PASSWORD: 'never-shown' } });
    expect(noUser).toThrow(/password auth type needs a user in the environment: set OS_USERNAME/);
    try {
      noUser();
    } catch (error) {
      expect(JSON.stringify(error) + inspect(error)).not.toContain('never-shown');
    }
  });

  it('accepts direct mode (token + endpoint override) without an auth URL', () => {
    const { options } = loadCloudConfig({ cwd, home, env: { OS_TOKEN: 'tkn', OS_IOT_ENDPOINT_OVERRIDE: 'http://iotronic:8812/v1' } });
    expect({ ...options }).toEqual({ token: 'tkn', endpoints: { iot: 'http://iotronic:8812/v1' } });
  });

  it('redacts secrets when the config is logged or serialised', () => {
    const config = loadCloudConfig({ cwd, home, env: { OS_AUTH_URL: 'https://k', OS_USER_ID: 'u', OS_PASSWORD: 'log-me-not', OS_APPLICATION_CREDENTIAL_SECRET: 'nor-me' } });
    for (const text of [JSON.stringify(config), inspect(config, { depth: 5 })]) {
      expect(text).not.toContain('log-me-not');
      expect(text).not.toContain('nor-me');
      expect(text).toContain('[REDACTED]');
    }
    expect(config.options.password).toBe('log-me-not');
  });
});

describe('connectFromConfig', () => {
  it('connects with clouds.yaml + secure.yaml', async () => {
    const fake = await startFakeOpenStack();
    try {
      writeFileSync(join(cwd, 'clouds.yaml'), `clouds:\n  local:\n    auth:\n      auth_url: ${fake.authUrl}\n      user_id: ${USER.id}\n      project_id: ${PROJECT_ID}\n`);
      writeFileSync(join(cwd, 'secure.yaml'), `clouds:\n  local:\n    auth:\n      password: ${PASSWORD}\n`);
      const cloud = await connectFromConfig({ cwd, home, env: { OS_CLOUD: 'local' }, connect: { maxRetries: 0 } });
      const { data } = await cloud.compute.GET('/flavors/detail');
      expect(data).toMatchObject({ flavors: [{ id: '1' }] });
      expect(fake.authRequests()[0]?.body).toEqual({
        auth: { identity: { methods: ['password'], password: { user: { id: USER.id, password: PASSWORD } } }, scope: { project: { id: PROJECT_ID } } },
      });
      await cloud.close();
    } finally {
      await fake.close();
    }
  });
});
