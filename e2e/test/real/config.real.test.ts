import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { StratusError, UnauthorizedError, unwrap } from '@stratus/openstack';
import { createOpenStackClientFromConfig } from '@stratus/openstack/config';
import { createIsolatedConfigDirs, sourceOpenrc, type IsolatedConfigDirs } from './support/isolated-config-dirs.js';
import { describeReal } from './support/real-openstack.js';
import { recordingFetch } from './support/record-bodies.js';
import { createRequestLog } from './support/request-log.js';

describeReal('real Keystone: createOpenStackClientFromConfig from clouds.yaml and openrc', (openstack) => {
  const { member, project, admin, applicationCredential } = openstack;
  let dirs: IsolatedConfigDirs;
  beforeEach(() => {
    dirs = createIsolatedConfigDirs();
  });
  afterEach(() => dirs.remove());

  const decoyUrl = (service: string, endpointInterface: string, region: string): string => {
    const decoy = openstack.decoys.find((entry) => entry.service === service && entry.interface === endpointInterface && entry.region === region);
    if (!decoy) throw new Error(`env.json has no ${service} decoy on ${endpointInterface}@${region}`);
    return decoy.url;
  };

  it('clouds.yaml in the working directory, cloud chosen by the `cloud` option', async () => {
    copyFileSync(openstack.files.cloudsYaml, join(dirs.cwd, 'clouds.yaml'));
    await using cloud = await createOpenStackClientFromConfig({ cloud: 'stratus-member', cwd: dirs.cwd, home: dirs.home, env: {}, fetch: recordingFetch });
    expect(cloud.authentication?.user?.id).toBe(member.id);
    expect(cloud.authentication?.project?.id).toBe(project.id);
    // region_name and interface from the file pick the real endpoint among the decoys.
    expect(cloud.endpointFor('image')).toBe(`${openstack.endpoints.image}/v2`);
    const { images } = await unwrap(cloud.image.GET('/images'));
    expect(images).toBeInstanceOf(Array);
  });

  it('clouds.yaml in ~/.config/openstack, cloud chosen by OS_CLOUD: the application credential cloud', async () => {
    const configDir = join(dirs.home, '.config', 'openstack');
    mkdirSync(configDir, { recursive: true });
    copyFileSync(openstack.files.cloudsYaml, join(configDir, 'clouds.yaml'));
    await using cloud = await createOpenStackClientFromConfig({ cwd: dirs.cwd, home: dirs.home, env: { OS_CLOUD: 'stratus-appcred' }, fetch: recordingFetch });
    expect(cloud.authentication?.tokenInfo.methods).toEqual(['application_credential']);
    expect(cloud.authentication?.tokenInfo.application_credential?.id).toBe(applicationCredential.id);
    expect(cloud.authentication?.project?.id).toBe(project.id);
  });

  it('OS_CLIENT_CONFIG_FILE names the file; nothing in the search path', async () => {
    await using cloud = await createOpenStackClientFromConfig({
      cwd: dirs.cwd,
      home: dirs.home,
      env: { OS_CLOUD: 'stratus-admin', OS_CLIENT_CONFIG_FILE: openstack.files.cloudsYaml },
      fetch: recordingFetch,
    });
    expect(cloud.authentication?.user?.id).toBe(admin.userId);
    expect(cloud.authentication?.project?.id).toBe(admin.projectId);
    const { resource_providers } = await unwrap(cloud.placement.GET('/resource_providers'));
    expect(resource_providers).toBeInstanceOf(Array);
  });

  it('a cloud named by OS_CLOUD takes nothing from stray OS_* variables (openstacksdk get_one): OS_REGION_NAME is ignored', async () => {
    copyFileSync(openstack.files.cloudsYaml, join(dirs.cwd, 'clouds.yaml'));
    await using cloud = await createOpenStackClientFromConfig({
      cwd: dirs.cwd,
      home: dirs.home,
      env: { OS_CLOUD: 'stratus-member', OS_REGION_NAME: 'RegionTwo' },
      fetch: recordingFetch,
    });
    expect(cloud.authentication?.project?.id).toBe(project.id);
    expect(cloud.endpointFor('image')).toBe(`${openstack.endpoints.image}/v2`);
  });

  it('a cloud with a regions list: the regionName argument (get_one(region_name=…)) picks the other region', async () => {
    const auth = {
      auth_url: openstack.authUrl,
      username: member.name,
      password: member.password,
      user_domain_name: member.domainName,
      project_name: project.name,
      project_domain_name: member.domainName,
    };
    writeFileSync(join(dirs.cwd, 'clouds.json'), JSON.stringify({ clouds: { regional: { auth, regions: [openstack.region, 'RegionTwo'] } } }));
    await using cloud = await createOpenStackClientFromConfig({ cloud: 'regional', regionName: 'RegionTwo', cwd: dirs.cwd, home: dirs.home, env: {}, fetch: recordingFetch });
    expect(cloud.authentication?.project?.id).toBe(project.id);
    expect(cloud.endpointFor('image')).toBe(`${decoyUrl('image', 'public', 'RegionTwo')}/v2`);
  });

  it('the password in secure.yaml, the rest in clouds.yaml, merged per cloud', async () => {
    const auth = {
      auth_url: openstack.authUrl,
      username: member.name,
      user_domain_name: member.domainName,
      project_name: project.name,
      project_domain_name: member.domainName,
    };
    // JSON is YAML; .json is in the search path.
    writeFileSync(join(dirs.cwd, 'clouds.json'), JSON.stringify({ clouds: { split: { auth, region_name: openstack.region } } }));
    const log = createRequestLog();
    const withoutSecret = createOpenStackClientFromConfig({ cloud: 'split', cwd: dirs.cwd, home: dirs.home, env: {}, fetch: log.fetch });
    await expect(withoutSecret).rejects.toThrow(/password.*cloud "split"/);
    expect(log.requests).toHaveLength(0);

    writeFileSync(join(dirs.cwd, 'secure.json'), JSON.stringify({ clouds: { split: { auth: { password: member.password } } } }));
    await using cloud = await createOpenStackClientFromConfig({ cloud: 'split', cwd: dirs.cwd, home: dirs.home, env: {}, fetch: log.fetch });
    expect(cloud.authentication?.user?.id).toBe(member.id);
    expect(cloud.authentication?.project?.id).toBe(project.id);
    expect(log.authentications()).toHaveLength(1);
  });

  it('an unknown cloud names the known ones, before any request', async () => {
    copyFileSync(openstack.files.cloudsYaml, join(dirs.cwd, 'clouds.yaml'));
    const log = createRequestLog();
    const attempt = createOpenStackClientFromConfig({ cloud: 'stratus-nope', cwd: dirs.cwd, home: dirs.home, env: {}, fetch: log.fetch });
    await expect(attempt).rejects.toBeInstanceOf(StratusError);
    await expect(attempt).rejects.toThrow('known clouds: stratus-admin, stratus-member, stratus-appcred');
    expect(log.requests).toHaveLength(0);
  });

  it('openrc: the member openrc, sourced by a shell, connects with the OS_* variables alone', async () => {
    const env = sourceOpenrc(openstack.files.openrcMember);
    expect(env['OS_CLOUD']).toBeUndefined();
    await using cloud = await createOpenStackClientFromConfig({ cwd: dirs.cwd, home: dirs.home, env, fetch: recordingFetch });
    expect(cloud.authentication?.user?.id).toBe(member.id);
    expect(cloud.authentication?.project?.id).toBe(project.id);
    expect(cloud.endpointFor('image')).toBe(`${openstack.endpoints.image}/v2`);
    const { images } = await unwrap(cloud.image.GET('/images'));
    expect(images).toBeInstanceOf(Array);
  });

  it('openrc: the admin openrc with the project swapped for OS_SYSTEM_SCOPE=all gives a system token', async () => {
    const { OS_PROJECT_NAME: _project, OS_PROJECT_DOMAIN_NAME: _projectDomain, ...env } = sourceOpenrc(openstack.files.openrcAdmin);
    await using cloud = await createOpenStackClientFromConfig({ cwd: dirs.cwd, home: dirs.home, env: { ...env, OS_SYSTEM_SCOPE: 'all' }, fetch: recordingFetch });
    expect(cloud.authentication?.system).toEqual({ all: true });
    expect(cloud.authentication?.project).toBeUndefined();
  });

  it('openrc: OS_INTERFACE=internal picks the internal endpoints', async () => {
    const env = { ...sourceOpenrc(openstack.files.openrcMember), OS_INTERFACE: 'internal' };
    await using cloud = await createOpenStackClientFromConfig({ cwd: dirs.cwd, home: dirs.home, env, fetch: recordingFetch });
    expect(cloud.endpointFor('image')).toBe(`${decoyUrl('image', 'internal', openstack.region)}/v2`);
  });

  it('openrc: a wrong OS_PASSWORD fails with UnauthorizedError', async () => {
    const env = { ...sourceOpenrc(openstack.files.openrcMember), OS_PASSWORD: 'not-the-password' };
    const attempt = createOpenStackClientFromConfig({ cwd: dirs.cwd, home: dirs.home, env, fetch: recordingFetch });
    await expect(attempt).rejects.toBeInstanceOf(UnauthorizedError);
  });
});
