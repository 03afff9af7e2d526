import { expect, it } from 'vitest';
import { createOpenStackClient, ConflictError, ForbiddenError, NotFoundError, unwrap } from '@stratus/openstack';
import { describeReal } from './support/real-openstack.js';
import { adminOptions, memberOptions } from './support/real-credentials.js';

const uniqueName = (kind: string): string => `stratus-e2e-${kind}-${crypto.randomUUID().slice(0, 8)}`;

// Removing a user's role or group makes Keystone revoke every token of that user issued up to that
// second, and other files authenticate as the shared member in parallel: grants go to a user of their own.
type Identity = Awaited<ReturnType<typeof createOpenStackClient>>['identity'];
async function createThrowawayUser(identity: Identity, domainId: string) {
  return identity.users.create({ user: { name: uniqueName('grantee'), domain_id: domainId, password: crypto.randomUUID() } });
}

// Keystone's default policy: admin manages domains, projects, users and roles; a member may not.
describeReal('real Keystone: identity CRUD through the managers', (openstack) => {
  it('domains, projects and users: create, get, list, update, delete; a deleted user is a NotFoundError', async () => {
    await using cloud = await createOpenStackClient(adminOptions(openstack));
    const { identity } = cloud;

    const domain = await identity.domains.create({ domain: { name: uniqueName('domain'), description: 'created by the e2e suite' } });
    try {
      expect((await identity.domains.get(domain.id)).name).toBe(domain.name);

      const project = await identity.projects.create({ project: { name: uniqueName('project'), domain_id: domain.id } });
      expect(project.domain_id).toBe(domain.id);
      const renamedProject = await identity.projects.update(project.id, { project: { description: 'updated' } });
      expect(renamedProject.description).toBe('updated');
      expect((await identity.projects.list({ domain_id: domain.id }).all()).map((entry) => entry.id)).toEqual([project.id]);

      const user = await identity.users.create({
        user: { name: uniqueName('user'), domain_id: domain.id, default_project_id: project.id, password: crypto.randomUUID() },
      });
      expect(user.domain_id).toBe(domain.id);
      expect((await identity.users.get(user.id)).name).toBe(user.name);
      const updated = await identity.users.update(user.id, { user: { description: 'updated by the e2e suite' } });
      expect(updated.description).toBe('updated by the e2e suite');
      expect(await identity.users.find({ name: user.name })).toMatchObject({ id: user.id });

      await identity.users.delete(user.id);
      await expect(identity.users.get(user.id)).rejects.toBeInstanceOf(NotFoundError);
      await identity.projects.delete(project.id);
      await expect(identity.projects.get(project.id)).rejects.toBeInstanceOf(NotFoundError);
    } finally {
      // Keystone deletes only disabled domains.
      await identity.domains.update(domain.id, { domain: { enabled: false } });
      await identity.domains.delete(domain.id);
    }
    await expect(identity.domains.get(domain.id)).rejects.toBeInstanceOf(NotFoundError);
  });

  it('roles: create, grant on a project, list the grant, revoke, delete', async () => {
    await using cloud = await createOpenStackClient(adminOptions(openstack));
    const { identity } = cloud;
    const role = await identity.roles.create({ role: { name: uniqueName('role') } });
    const grantee = await createThrowawayUser(identity, openstack.domain.id);
    try {
      expect((await identity.roles.get(role.id)).name).toBe(role.name);
      await identity.projectUserRoles.update(openstack.project.id, grantee.id, role.id);
      const granted = await identity.projectUserRoles.list(openstack.project.id, grantee.id).all();
      expect(granted.map((entry) => entry.id)).toContain(role.id);
      await identity.projectUserRoles.delete(openstack.project.id, grantee.id, role.id);
      const afterRevoke = await identity.projectUserRoles.list(openstack.project.id, grantee.id).all();
      expect(afterRevoke.map((entry) => entry.id)).not.toContain(role.id);
    } finally {
      await identity.users.delete(grantee.id);
      await identity.roles.delete(role.id);
    }
  });

  it('groups with a member and regions: create, get, list, update, delete', async () => {
    await using cloud = await createOpenStackClient(adminOptions(openstack));
    const { identity } = cloud;

    const group = await identity.groups.create({ group: { name: uniqueName('group'), domain_id: openstack.domain.id } });
    const grantee = await createThrowawayUser(identity, openstack.domain.id);
    try {
      await identity.groupUsers.update(group.id, grantee.id);
      expect((await identity.groupUsers.list(group.id).all()).map((user) => user.id)).toEqual([grantee.id]);
      expect((await identity.userGroups.list(grantee.id).all()).map((entry) => entry.id)).toContain(group.id);
      expect((await identity.groups.update(group.id, { group: { description: 'updated' } })).description).toBe('updated');
      await identity.groupUsers.delete(group.id, grantee.id);
    } finally {
      await identity.users.delete(grantee.id);
      await identity.groups.delete(group.id);
    }
    await expect(identity.groups.get(group.id)).rejects.toBeInstanceOf(NotFoundError);

    // A region without endpoints: the catalog other suites read stays as it is.
    const region = await identity.regions.create({ region: { id: uniqueName('region'), description: 'created by the e2e suite' } });
    try {
      expect((await identity.regions.get(region.id)).description).toBe('created by the e2e suite');
      expect((await identity.regions.list().all()).map((entry) => entry.id)).toContain(region.id);
      expect((await identity.regions.update(region.id, { region: { description: 'updated' } })).description).toBe('updated');
    } finally {
      await identity.regions.delete(region.id);
    }
  });

  it('credentials: create, get, list, delete', async () => {
    await using cloud = await createOpenStackClient(adminOptions(openstack));
    const { identity } = cloud;
    const blob = JSON.stringify({ access: crypto.randomUUID(), secret: crypto.randomUUID() });
    const credential = await identity.credentials.create({
      credential: { type: 'ec2', user_id: openstack.admin.userId, project_id: openstack.admin.projectId, blob },
    });
    try {
      expect(credential.blob).toBe(blob);
      expect((await identity.credentials.get(credential.id)).type).toBe('ec2');
      expect((await identity.credentials.list({ user_id: openstack.admin.userId }).all()).map((entry) => entry.id)).toContain(credential.id);
    } finally {
      await identity.credentials.delete(credential.id);
    }
  });

  it('an application credential of the admin: create answers its secret once, get does not', async () => {
    await using cloud = await createOpenStackClient(adminOptions(openstack));
    const { identity } = cloud;
    const userId = openstack.admin.userId;
    const created = await identity.userApplicationCredentials.create(userId, { application_credential: { name: uniqueName('appcred') } });
    try {
      expect(created.secret.length).toBeGreaterThan(0);
      expect(created.project_id).toBe(openstack.admin.projectId);
      const fetched = await identity.userApplicationCredentials.get(userId, created.id);
      expect(fetched.name).toBe(created.name);
      expect(fetched).not.toHaveProperty('secret');
    } finally {
      await identity.userApplicationCredentials.delete(userId, created.id);
    }
  });

  it('a duplicate user name in a domain is a ConflictError (409)', async () => {
    await using cloud = await createOpenStackClient(adminOptions(openstack));
    const { identity } = cloud;
    const name = uniqueName('twin');
    const first = await identity.users.create({ user: { name, domain_id: openstack.domain.id } });
    try {
      const duplicate = identity.users.create({ user: { name, domain_id: openstack.domain.id } });
      await expect(duplicate).rejects.toBeInstanceOf(ConflictError);
      await expect(duplicate).rejects.toMatchObject({ status: 409 });
    } finally {
      await identity.users.delete(first.id);
    }
  });

  it('a member lists the domains and projects it may scope to', async () => {
    await using member = await createOpenStackClient(memberOptions(openstack));
    const { domains } = await unwrap(member.identity.GET('/auth/domains'));
    expect(domains?.map((entry) => entry.id)).toEqual([openstack.domain.id]);
    const { projects } = await unwrap(member.identity.GET('/auth/projects'));
    expect(projects?.map((entry) => entry.id)).toEqual([openstack.project.id]);
  });

  it('a member creating a user is a ForbiddenError (403); an unknown user is a NotFoundError (404)', async () => {
    await using member = await createOpenStackClient(memberOptions(openstack));
    const create = member.identity.users.create({ user: { name: uniqueName('forbidden'), domain_id: openstack.domain.id } });
    await expect(create).rejects.toBeInstanceOf(ForbiddenError);
    await expect(create).rejects.toMatchObject({ status: 403 });

    await using admin = await createOpenStackClient(adminOptions(openstack));
    const missing = admin.identity.users.get(crypto.randomUUID().replaceAll('-', ''));
    await expect(missing).rejects.toBeInstanceOf(NotFoundError);
    await expect(missing).rejects.toMatchObject({ status: 404 });
  });

  it('listing users with limit 1 over every page returns each user exactly once (Keystone ignores limit)', async () => {
    await using cloud = await createOpenStackClient(adminOptions(openstack));
    const { identity } = cloud;
    const created = await Promise.all(
      [1, 2, 3].map(() => identity.users.create({ user: { name: uniqueName('paged'), domain_id: openstack.domain.id } })),
    );
    try {
      const expected = (await identity.users.list({ domain_id: openstack.domain.id }).all()).map((user) => user.id).sort();
      expect(expected).toEqual(expect.arrayContaining(created.map((user) => user.id)));

      const paged: string[] = [];
      for await (const user of identity.users.list({ domain_id: openstack.domain.id, limit: 1 })) paged.push(user.id);
      expect(paged.sort()).toEqual(expected);
    } finally {
      await Promise.all(created.map((user) => identity.users.delete(user.id)));
    }
  });
});
