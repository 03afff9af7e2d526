import { expect, it } from 'vitest';
import { createOpenStackClient, createKeystoneAuth, unwrap, UnauthorizedError } from '@stratus/openstack';
import { describeReal } from './support/real-openstack.js';
import { adminOptions, memberOptions, roleNames, tokenOf } from './support/real-credentials.js';
import { recordingFetch } from './support/record-bodies.js';
import { createRequestLog } from './support/request-log.js';

describeReal('real Keystone: authentication methods and scopes', (openstack) => {
  const { authUrl, member, project, domain } = openstack;

  it('password by names: a user and project of a non-default domain', async () => {
    await using cloud = await createOpenStackClient({
      authUrl,
      username: member.name,
      userDomainName: member.domainName,
      password: member.password,
      projectName: project.name,
      projectDomainName: member.domainName,
      fetch: recordingFetch,
    });
    const authentication = cloud.authentication;
    expect(authentication?.tokenInfo.methods).toEqual(['password']);
    expect(authentication?.user?.id).toBe(member.id);
    expect(authentication?.user?.domain?.id).toBe(domain.id);
    expect(authentication?.project?.id).toBe(project.id);
    expect(authentication?.project?.domain?.id).toBe(domain.id);
    expect(roleNames(authentication)).toContain('member');
    expect(authentication?.catalog.map((entry) => entry.type).sort()).toEqual(Object.keys(openstack.endpoints).sort());

    // The token works on a service: Keystone lists the projects it may be scoped to.
    const { projects } = await unwrap(cloud.identity.GET('/auth/projects'));
    expect(projects?.map((entry) => entry.id)).toContain(project.id);
  });

  it('password by ids', async () => {
    await using cloud = await createOpenStackClient(memberOptions(openstack));
    expect(cloud.authentication?.user?.id).toBe(member.id);
    expect(cloud.authentication?.user?.name).toBe(member.name);
    expect(cloud.authentication?.project?.id).toBe(project.id);
    expect(cloud.authentication?.project?.name).toBe(project.name);
  });

  it('password of a Default-domain user by name, with the domain given by id', async () => {
    const { defaultMember } = openstack;
    await using cloud = await createOpenStackClient({
      authUrl,
      username: defaultMember.name,
      userDomainId: defaultMember.domainId,
      password: defaultMember.password,
      projectName: project.name,
      projectDomainId: project.domainId,
      fetch: recordingFetch,
    });
    expect(cloud.authentication?.user?.id).toBe(defaultMember.id);
    expect(cloud.authentication?.project?.id).toBe(project.id);
  });

  it('token: an existing token is exchanged for a new one of the same user, chained by audit id', async () => {
    await using first = await createOpenStackClient(memberOptions(openstack));
    const firstToken = tokenOf(first.authentication);
    await using second = await createOpenStackClient({ authUrl, token: firstToken, projectId: project.id, fetch: recordingFetch });

    const exchanged = second.authentication;
    expect(tokenOf(exchanged)).not.toBe(firstToken);
    expect(exchanged?.tokenInfo.methods).toContain('token');
    expect(exchanged?.user?.id).toBe(member.id);
    expect(exchanged?.project?.id).toBe(project.id);
    // Keystone records where a token came from: the new token's audit chain ends with the first one's audit id.
    expect(exchanged?.tokenInfo.audit_ids?.[1]).toBe(first.authentication?.tokenInfo.audit_ids?.[0]);
  });

  it('application credential by id: Keystone scopes the token to the credential’s project', async () => {
    const { applicationCredential } = openstack;
    const log = createRequestLog();
    await using cloud = await createOpenStackClient({
      authUrl,
      applicationCredentialId: applicationCredential.id,
      applicationCredentialSecret: applicationCredential.secret,
      fetch: log.fetch,
    });
    const authentication = cloud.authentication;
    expect(authentication?.tokenInfo.methods).toEqual(['application_credential']);
    expect(authentication?.tokenInfo.application_credential).toEqual({ id: applicationCredential.id, name: applicationCredential.name, restricted: true });
    expect(authentication?.user?.id).toBe(applicationCredential.userId);
    expect(authentication?.project?.id).toBe(project.id);
    expect(log.authentications()).toHaveLength(1);

    const { images } = await unwrap(cloud.image.GET('/images'));
    expect(images).toBeInstanceOf(Array);
  });

  it('application credential by name + user id', async () => {
    const { applicationCredential } = openstack;
    await using cloud = await createOpenStackClient({
      authUrl,
      applicationCredentialName: applicationCredential.name,
      userId: applicationCredential.userId,
      applicationCredentialSecret: applicationCredential.secret,
      fetch: recordingFetch,
    });
    expect(cloud.authentication?.tokenInfo.application_credential?.id).toBe(applicationCredential.id);
    expect(cloud.authentication?.project?.id).toBe(project.id);
  });

  it('application credential by name + user name and domain', async () => {
    const { applicationCredential } = openstack;
    await using cloud = await createOpenStackClient({
      authUrl,
      authType: 'v3applicationcredential',
      applicationCredentialName: applicationCredential.name,
      username: member.name,
      userDomainName: member.domainName,
      applicationCredentialSecret: applicationCredential.secret,
      fetch: recordingFetch,
    });
    expect(cloud.authentication?.tokenInfo.application_credential?.id).toBe(applicationCredential.id);
    expect(cloud.authentication?.user?.id).toBe(member.id);
  });

  it('unscoped, then rescoped to the project with the token method', async () => {
    // projectId is set but `unscoped` wins: Keystone gets `"scope": "unscoped"`.
    const unscoped = createKeystoneAuth({ authUrl, userId: member.id, password: member.password, projectId: project.id, unscoped: true, fetch: recordingFetch });
    const plain = await unscoped();
    expect(plain.project).toBeUndefined();
    expect(plain.domain).toBeUndefined();
    expect(plain.system).toBeUndefined();
    expect(plain.catalog).toEqual([]);
    expect(plain.roles).toEqual([]);
    expect(plain.user?.id).toBe(member.id);

    await using rescoped = await createOpenStackClient({ authUrl, token: plain.token, projectId: project.id, regionName: openstack.region, fetch: recordingFetch });
    const scoped = rescoped.authentication;
    expect(scoped?.project?.id).toBe(project.id);
    expect(scoped?.user?.id).toBe(member.id);
    expect(roleNames(scoped)).toContain('member');
    expect(scoped?.tokenInfo.audit_ids?.[1]).toBe(plain.tokenInfo.audit_ids?.[0]);
    // Scoped, the token has a catalog: the services are reachable.
    expect(rescoped.endpointFor('image')).toBe(`${openstack.endpoints.image}/v2`);
    const { images } = await unwrap(rescoped.image.GET('/images'));
    expect(images).toBeInstanceOf(Array);
    unscoped.forget();
  });

  it('domain scope: the member on its domain, by id', async () => {
    await using cloud = await createOpenStackClient({ authUrl, userId: member.id, password: member.password, domainId: domain.id, fetch: recordingFetch });
    expect(cloud.authentication?.domain).toMatchObject({ id: domain.id, name: domain.name });
    expect(cloud.authentication?.project).toBeUndefined();
    expect(cloud.authentication?.system).toBeUndefined();
    expect(roleNames(cloud.authentication)).toContain('member');
  });

  it('domain scope: admin on the domain, by name', async () => {
    const { admin } = openstack;
    await using cloud = await createOpenStackClient({
      authUrl,
      username: admin.username,
      userDomainName: admin.userDomainName,
      password: admin.password,
      domainName: domain.name,
      fetch: recordingFetch,
    });
    expect(cloud.authentication?.domain?.id).toBe(domain.id);
    expect(roleNames(cloud.authentication)).toContain('admin');
    // A domain-scoped admin token lists that domain's projects.
    const { projects } = await unwrap(cloud.identity.GET('/projects', { params: { query: { domain_id: domain.id } } }));
    expect(projects?.map((entry) => entry.id)).toContain(project.id);
  });

  it('system scope: admin has the admin role on the system after keystone-manage bootstrap', async () => {
    const { admin } = openstack;
    await using cloud = await createOpenStackClient({
      authUrl,
      username: admin.username,
      userDomainName: admin.userDomainName,
      password: admin.password,
      systemScope: 'all',
      fetch: recordingFetch,
    });
    expect(cloud.authentication?.system).toEqual({ all: true });
    expect(cloud.authentication?.project).toBeUndefined();
    expect(cloud.authentication?.domain).toBeUndefined();
    expect(roleNames(cloud.authentication)).toContain('admin');
  });

  it('the member has no system role: a system scope is refused with 401', async () => {
    const log = createRequestLog();
    const attempt = createOpenStackClient({ authUrl, userId: member.id, password: member.password, systemScope: 'all', fetch: log.fetch });
    await expect(attempt).rejects.toBeInstanceOf(UnauthorizedError);
    expect(log.authentications()).toHaveLength(1);
  });

  it('a wrong password fails createOpenStackClient() with UnauthorizedError, after one request, without the password in the error', async () => {
    const log = createRequestLog();
    const wrongPassword = `${member.password}-wrong`;
    const error = await createOpenStackClient({ ...memberOptions(openstack, log.fetch), password: wrongPassword }).then(
      () => undefined,
      (reason: unknown) => reason,
    );
    expect(error).toBeInstanceOf(UnauthorizedError);
    if (!(error instanceof UnauthorizedError)) return;
    expect(error.status).toBe(401);
    // Keystone's own words, no detail on which part was wrong.
    expect(error.message).toContain('The request you have made requires authentication.');
    const serialised = `${error.message} ${JSON.stringify(error)} ${error.bodyExcerpt ?? ''}`;
    expect(serialised).not.toContain(wrongPassword);
    expect(serialised).not.toContain(member.password);
    expect(log.authentications()).toHaveLength(1);
    expect(log.requests).toHaveLength(1);
  });

  it('an unknown user name fails with UnauthorizedError too', async () => {
    const attempt = createOpenStackClient({ ...adminOptions(openstack), username: 'nobody-stratus-e2e' });
    await expect(attempt).rejects.toBeInstanceOf(UnauthorizedError);
  });
});

describeReal('real Keystone: revocation and re-authentication', (openstack) => {
  it('a token revoked server-side: 50 concurrent calls cause exactly one re-authentication, and cloud.authentication shows the new token', async () => {
    const log = createRequestLog();
    await using cloud = await createOpenStackClient(memberOptions(openstack, log.fetch));
    await using admin = await createOpenStackClient(adminOptions(openstack));
    await unwrap(cloud.identity.GET('/auth/projects'));
    const revoked = tokenOf(cloud.authentication);
    expect(log.authentications()).toHaveLength(1);

    await unwrap(admin.identity.DELETE('/auth/tokens', { headers: { 'X-Subject-Token': revoked } }));
    // Keystone itself now refuses the token.
    const check = await admin.identity.HEAD('/auth/tokens', { headers: { 'X-Subject-Token': revoked } });
    expect(check.response.status).toBe(404);

    const sentBefore = log.requests.length;
    const results = await Promise.all(Array.from({ length: 50 }, () => unwrap(cloud.identity.GET('/auth/projects'))));
    for (const { projects } of results) expect(projects?.map((entry) => entry.id)).toContain(openstack.project.id);

    const authentications = log.authentications();
    expect(authentications).toHaveLength(2);
    const reauthentication = authentications[1];
    expect(reauthentication?.status).toBe(201);
    const renewed = reauthentication?.responseHeaders['x-subject-token'];
    expect(renewed).toBeDefined();
    expect(renewed).not.toBe(revoked);

    const calls = log.requests.slice(sentBefore).filter((request) => request.method === 'GET');
    // Every call was answered 200 in the end: each either got its 401 with the revoked token and
    // was retried once with the new one, or was sent with the new one in the first place.
    const rejected = calls.filter((request) => request.status === 401);
    expect(rejected.length).toBeGreaterThan(0);
    for (const request of rejected) expect(request.headers['x-auth-token']).toBe(revoked);
    const accepted = calls.filter((request) => request.status === 200);
    expect(accepted).toHaveLength(50);
    for (const request of accepted) expect(request.headers['x-auth-token']).toBe(renewed);

    expect(tokenOf(cloud.authentication)).toBe(renewed);
    expect(cloud.authentication?.project?.id).toBe(openstack.project.id);
  });

  it('close({ revoke: true }) revokes the token in Keystone', async () => {
    await using admin = await createOpenStackClient(adminOptions(openstack));
    const cloud = await createOpenStackClient(memberOptions(openstack));
    const token = tokenOf(cloud.authentication);
    const before = await admin.identity.HEAD('/auth/tokens', { headers: { 'X-Subject-Token': token } });
    expect(before.response.status).toBe(200);

    await cloud.close({ revoke: true });
    const after = await admin.identity.HEAD('/auth/tokens', { headers: { 'X-Subject-Token': token } });
    expect(after.response.status).toBe(404);
  });

  it('close() without revoke leaves the token valid in Keystone', async () => {
    await using admin = await createOpenStackClient(adminOptions(openstack));
    const cloud = await createOpenStackClient(memberOptions(openstack));
    const token = tokenOf(cloud.authentication);
    await cloud.close();
    expect(cloud.authentication).toBeUndefined();
    const after = await admin.identity.HEAD('/auth/tokens', { headers: { 'X-Subject-Token': token } });
    expect(after.response.status).toBe(200);
  });
});
