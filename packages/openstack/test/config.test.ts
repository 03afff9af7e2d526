import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inspect } from 'node:util';
import { afterEach, beforeEach, describe, expect, expectTypeOf, it } from 'vitest';
import * as compute from '@stratus/openstack-compute';
import { createOpenStackClient, StratusError } from '../src/index.js';
import { createOpenStackClientFromConfig, loadOpenStackConfig, standardConfigDirs, VENDOR_PROFILES } from '../src/config/index.js';
import { API_MAJOR_VERSIONS } from '../src/config/to-openstack-client-options.js';
import { SERVICE_NAMES, serviceFacts } from '../src/cloud/services.js';
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

describe('loadOpenStackConfig', () => {
  it('reads an openrc from OS_* variables as the envvars cloud', () => {
    const { options, cloud, authType } = loadOpenStackConfig({
      cwd,
      home,
      env: { OS_AUTH_URL: 'https://k/v3', OS_USERNAME: 'u', OS_PASSWORD: 'p', OS_PROJECT_NAME: 'proj', OS_USER_DOMAIN_NAME: 'Default', OS_PROJECT_DOMAIN_ID: 'default', OS_REGION_NAME: 'R1', OS_INTERFACE: 'internal', OS_AUTH_TYPE: 'password', PATH: '/bin' },
    });
    expect(cloud).toBe('envvars');
    expect(authType).toBe('password');
    expect({ ...options }).toEqual({ authType: 'password', authUrl: 'https://k/v3', username: 'u', password: 'p', projectName: 'proj', userDomainName: 'Default', projectDomainId: 'default', regionName: 'R1', interface: 'internal' });
  });

  it('merges clouds.yaml with secure.yaml for the cloud OS_CLOUD selects', () => {
    writeFileSync(join(home, '.config', 'openstack', 'clouds.yaml'), CLOUDS);
    writeFileSync(join(home, '.config', 'openstack', 'secure.yaml'), SECURE);
    const { options, files, cloud } = loadOpenStackConfig({ cwd, home, env: { OS_CLOUD: 'pouta' } });
    expect(cloud).toBe('pouta');
    expect(files).toEqual([join(home, '.config', 'openstack', 'clouds.yaml'), join(home, '.config', 'openstack', 'secure.yaml')]);
    expect({ ...options }).toEqual({
      authType: 'password',
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
    const appcred = loadOpenStackConfig({ cwd, home, env: {}, cloud: 'appcred' }).options;
    expect({ ...appcred }).toEqual({ authType: 'v3applicationcredential', authUrl: 'http://example.com/identity', applicationCredentialId: 'ac-id', applicationCredentialSecret: 'ac-secret', regionName: 'RegionTwo', interface: 'public' });
  });

  it('a named cloud takes nothing from stray OS_* variables (openstacksdk get_one)', () => {
    writeFileSync(join(cwd, 'clouds.yaml'), CLOUDS);
    writeFileSync(join(cwd, 'secure.yaml'), SECURE);
    const env = { OS_CLOUD: 'pouta', OS_AUTH_URL: 'https://elsewhere.example.com/v3', OS_PASSWORD: 'from-env', OS_REGION_NAME: 'regionTwo', OS_INTERFACE: 'admin' };
    expect(loadOpenStackConfig({ cwd, home, env }).options).toMatchObject({ authUrl: 'https://pouta.csc.fi:5001/v3', password: 'from-secure-yaml', regionName: 'regionOne', interface: 'public' });
  });

  it('overrides win over the cloud, like get_one() arguments; a region must be the cloud’s', () => {
    writeFileSync(join(cwd, 'clouds.yaml'), CLOUDS);
    writeFileSync(join(cwd, 'secure.yaml'), SECURE);
    const { options } = loadOpenStackConfig({ cwd, home, env: {}, cloud: 'appcred', overrides: { regionName: 'RegionTwo', endpoints: { iot: 'http://iot' }, projectName: undefined } });
    expect(options).toMatchObject({ regionName: 'RegionTwo', endpoints: { iot: 'http://iot' } });
    expect(() => loadOpenStackConfig({ cwd, home, env: {}, cloud: 'appcred', regionName: 'RegionOne' })).toThrow('cloud "appcred": region "RegionOne" is not one of its regions (RegionTwo)');
    const getter = () => 'from-a-getter';
    expect(loadOpenStackConfig({ cwd, home, env: {}, cloud: 'pouta', overrides: { password: getter } }).options.password).toBe(getter);
  });

  it('first found wins: ./ before ~/.config/openstack, OS_CLIENT_CONFIG_FILE before both', () => {
    writeFileSync(join(cwd, 'clouds.yaml'), 'clouds:\n  c:\n    auth: {auth_url: "http://cwd", user_id: u, password: p}\n');
    writeFileSync(join(home, '.config', 'openstack', 'clouds.yaml'), 'clouds:\n  c:\n    auth: {auth_url: "http://home", user_id: u, password: p}\n');
    expect(loadOpenStackConfig({ cwd, home, env: { OS_CLOUD: 'c' } }).options.authUrl).toBe('http://cwd');
    const explicit = join(root, 'elsewhere.yaml');
    writeFileSync(explicit, 'clouds:\n  c:\n    auth: {auth_url: "http://explicit", user_id: u, password: p}\n');
    expect(loadOpenStackConfig({ cwd, home, env: { OS_CLOUD: 'c', OS_CLIENT_CONFIG_FILE: explicit } }).options.authUrl).toBe('http://explicit');
    expect(loadOpenStackConfig({ cwd, home, env: {}, cloud: 'c', files: { clouds: explicit } }).options.authUrl).toBe('http://explicit');
    expect(standardConfigDirs({ cwd, home, env: {} })).toEqual([cwd, join(home, '.config', 'openstack'), '/etc/xdg/openstack', '/etc/openstack']);
  });

  it('lists the known clouds for an unknown name, and asks to choose among several', () => {
    writeFileSync(join(cwd, 'clouds.yaml'), CLOUDS);
    expect(() => loadOpenStackConfig({ cwd, home, env: { OS_CLOUD: 'nope' } })).toThrow(/unknown cloud "nope" in .*clouds\.yaml; known clouds: pouta, appcred/);
    expect(() => loadOpenStackConfig({ cwd: join(root, 'empty'), home: join(root, 'empty'), env: {}, cloud: 'nope' })).toThrow(/no clouds\.yaml found/);
    expect(() => loadOpenStackConfig({ cwd, home, env: {} })).toThrow(/no cloud selected: .*clouds\.yaml defines pouta, appcred; set OS_CLOUD or pass \{ cloud \}/);
  });

  it('errors clearly without an auth URL or without a user, and never shows a secret', () => {
    expect(() => loadOpenStackConfig({ cwd, home, env: { OS_USERNAME: 'u', OS_PASSWORD: 'never-shown' } })).toThrow(/the OS_\* variables \(cloud "envvars"\): no auth URL: set OS_AUTH_URL/);
    const noUser = () => loadOpenStackConfig({ cwd, home, env: { OS_AUTH_URL: 'https://k', OS_PASSWORD: 'never-shown' } });
    expect(noUser).toThrow(/the password auth type needs a user: set OS_USERNAME \(or OS_USER_ID\)/);
    const error = (() => {
      try {
        noUser();
      } catch (caught) {
        return caught;
      }
    })();
    expect(error).toBeInstanceOf(StratusError);
    expect(JSON.stringify(error) + inspect(error)).not.toContain('never-shown');
  });

  it('direct mode: a token and endpoints without an auth URL; admin_token with one endpoint for all', () => {
    const { options } = loadOpenStackConfig({ cwd, home, env: { OS_TOKEN: 'tkn', OS_IOT_ENDPOINT_OVERRIDE: 'http://iotronic:8812/v1' } });
    expect({ ...options }).toEqual({ token: 'tkn', endpoints: { iot: 'http://iotronic:8812/v1' } });
    writeFileSync(join(cwd, 'clouds.yaml'), 'clouds:\n  ironic:\n    auth_type: token_endpoint\n    auth:\n      token: t\n      endpoint: http://ironic:6385\n');
    const direct = loadOpenStackConfig({ cwd, home, env: {} });
    expect(direct.authType).toBe('admin_token');
    expect(direct.options.endpoints?.baremetal).toBe('http://ironic:6385');
  });

  it('per-service settings: overrides, microversions, interfaces and regions, by type or alias', () => {
    writeFileSync(
      join(cwd, 'clouds.yaml'),
      'clouds:\n  c:\n    auth: {auth_url: "https://k/v3", user_id: u, password: p}\n    region_name: R1\n    volume_endpoint_override: https://cinder/v3\n    compute_api_version: 2.79\n    image_interface: internal\n    baremetal_region_name: R2\n    network_api_version: "2.0"\n',
    );
    expect(loadOpenStackConfig({ cwd, home, env: {} }).options).toMatchObject({
      regionName: 'R1',
      endpoints: { blockStorage: 'https://cinder/v3' },
      microversions: { compute: '2.79' },
      interfaces: { image: 'internal' },
      regionNames: { baremetal: 'R2' },
    });
  });

  it('the OVH profile gives the auth URL, the domains and the regions', () => {
    writeFileSync(join(cwd, 'clouds.yaml'), 'clouds:\n  ovh:\n    profile: ovh\n    auth:\n      username: user-x\n      password: p\n      project_id: 0123abcd\n');
    expect({ ...loadOpenStackConfig({ cwd, home, env: {}, regionName: 'GRA7' }).options }).toEqual({
      authType: 'password',
      authUrl: 'https://auth.cloud.ovh.net/',
      username: 'user-x',
      password: 'p',
      userDomainName: 'Default',
      projectDomainName: 'Default',
      projectId: '0123abcd',
      regionName: 'GRA7',
      interface: 'public',
    });
    expect(() => loadOpenStackConfig({ cwd, home, env: {}, regionName: 'XYZ' })).toThrow(/region "XYZ" is not one of its regions \(BHS, BHS1, .*GRA7/);
  });

  it('a remote profile is refused with what to copy instead', () => {
    writeFileSync(join(cwd, 'clouds.yaml'), 'clouds:\n  v:\n    profile: vexxhost\n    auth: {user_id: u, password: p}\n');
    expect(() => loadOpenStackConfig({ cwd, home, env: {} })).toThrow(
      'cloud "v": profile "vexxhost" is published by its vendor at https://vexxhost.com/.well-known/openstack/api, which openstacksdk downloads; Stratus reads no remote configuration',
    );
  });

  it('redacts secrets when the config is logged or serialised', () => {
    const config = loadOpenStackConfig({ cwd, home, env: { OS_AUTH_URL: 'https://k', OS_USER_ID: 'u', OS_PASSWORD: 'log-me-not' } });
    for (const text of [JSON.stringify(config), inspect(config, { depth: 5 })]) {
      expect(text).not.toContain('log-me-not');
      expect(text).toContain('[REDACTED]');
    }
    expect(config.options.password).toBe('log-me-not');
  });

  it('the API major versions agree with the generated packages’ version prefixes', async () => {
    for (const name of SERVICE_NAMES) {
      const { service } = (await import(serviceFacts(name).packageName)) as { service: { versionPrefix?: string } };
      const prefix = service.versionPrefix;
      if (prefix !== undefined) expect(prefix, name).toMatch(new RegExp(`^/v${API_MAJOR_VERSIONS[name]}(\\.\\d+)?(/|$)`));
    }
    expect(VENDOR_PROFILES['ovh']?.['auth']).toEqual({ auth_url: 'https://auth.cloud.ovh.net/', user_domain_name: 'Default', project_domain_name: 'Default' });
  });
});

describe('createOpenStackClientFromConfig', () => {
  it('connects with clouds.yaml + secure.yaml, and applies per-service interfaces', async () => {
    const fake = await startFakeOpenStack();
    try {
      writeFileSync(join(cwd, 'clouds.yaml'), `clouds:\n  local:\n    auth:\n      auth_url: ${fake.authUrl}\n      user_id: ${USER.id}\n      project_id: ${PROJECT_ID}\n    image_interface: internal\n`);
      writeFileSync(join(cwd, 'secure.yaml'), `clouds:\n  local:\n    auth:\n      password: ${PASSWORD}\n`);
      await using cloud = await createOpenStackClientFromConfig({ cwd, home, env: { OS_CLOUD: 'local' }, maxRetries: 0 });
      const { data } = await cloud.compute.GET('/flavors/detail');
      expect(data).toMatchObject({ flavors: [{ id: '1' }] });
      // The fake's catalog has only an internal image endpoint.
      expect(cloud.endpointFor('image')).toBe(`${fake.baseUrl}/image/v2`);
      expect(fake.authRequests()[0]?.body).toEqual({
        auth: { identity: { methods: ['password'], password: { user: { id: USER.id, password: PASSWORD } } }, scope: { project: { id: PROJECT_ID } } },
      });
    } finally {
      await fake.close();
    }
  });
});

describe('createOpenStackClientFromConfig client options', () => {
  it('takes them at the top level, beside the loader options: services types the client, userAgent is sent', async () => {
    const fake = await startFakeOpenStack();
    try {
      writeFileSync(join(cwd, 'clouds.yaml'), `clouds:\n  local:\n    auth:\n      auth_url: ${fake.authUrl}\n      user_id: ${USER.id}\n      project_id: ${PROJECT_ID}\n      password: ${PASSWORD}\n`);
      await using cloud = await createOpenStackClientFromConfig({ cwd, home, env: { OS_CLOUD: 'local' }, services: { compute }, userAgent: { appName: 'my-tool', appVersion: '1.0' } });
      expectTypeOf(cloud.compute.flavors.find).toBeFunction();
      // @ts-expect-error network was not passed in services, so the client's type has no `network` (and using it throws)
      expect(() => cloud.network).toThrow(/"network" is not among the services passed/);
      expect(cloud.toJSON()['services']).toEqual(['compute']);
      await cloud.compute.GET('/flavors/detail');
      expect(fake.requests.at(-1)?.headers['user-agent']).toMatch(/ my-tool\/1\.0$/);
    } finally {
      await fake.close();
    }
  });

  it('no longer nests them under client', () => {
    // @ts-expect-error client options are top-level options
    const call = () => createOpenStackClientFromConfig({ client: { maxRetries: 0 } });
    expectTypeOf(call).toBeFunction();
  });
});

describe('createOpenStackClient()', () => {
  it('without options (plain JavaScript) says what to pass', async () => {
    const untyped = createOpenStackClient as unknown as () => Promise<unknown>;
    await expect(untyped()).rejects.toThrow(new StratusError('[@stratus/openstack] createOpenStackClient: options are required: { authUrl, …credentials } for Keystone, or { token, endpoints } for direct mode'));
  });
});
