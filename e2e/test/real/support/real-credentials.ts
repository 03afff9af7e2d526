import type { OpenStackClientOptions, KeystoneAuthentication } from '@stratus/openstack';
import type { RealOpenStack } from './real-openstack.js';
import { recordingFetch } from './record-bodies.js';

/** Admin by names on the `admin` project, in the real region on the public interface. */
export function adminOptions(openstack: RealOpenStack, fetch: typeof globalThis.fetch = recordingFetch): OpenStackClientOptions {
  const { admin } = openstack;
  return {
    authUrl: openstack.authUrl,
    username: admin.username,
    userDomainName: admin.userDomainName,
    password: admin.password,
    projectName: admin.projectName,
    projectDomainName: admin.projectDomainName,
    regionName: openstack.region,
    interface: 'public',
    fetch,
  };
}

/** The member of the non-default domain by ids, on its project, in the real region. */
export function memberOptions(openstack: RealOpenStack, fetch: typeof globalThis.fetch = recordingFetch): OpenStackClientOptions {
  return {
    authUrl: openstack.authUrl,
    userId: openstack.member.id,
    password: openstack.member.password,
    projectId: openstack.project.id,
    regionName: openstack.region,
    fetch,
  };
}

/** The token of an authentication; fails the test when there is none (a session that never authenticated). */
export function tokenOf(authentication: KeystoneAuthentication | undefined): string {
  if (authentication === undefined) throw new Error('no authentication: the session has not authenticated');
  return authentication.token;
}

/** Role names of an authentication, sorted. */
export function roleNames(authentication: KeystoneAuthentication | undefined): string[] {
  return (authentication?.roles ?? []).map((role) => role.name ?? role.id).sort();
}
