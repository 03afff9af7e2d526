// CSC Pouta's "API access" walkthrough with @stratus/openstack: source the project's openrc
// (OS_AUTH_URL, OS_USERNAME, OS_PASSWORD, OS_PROJECT_NAME/OS_PROJECT_ID, domains, OS_REGION_NAME),
// POST /v3/auth/tokens, keep the X-Subject-Token, then ask compute for its flavors.
// createOpenStackClientFromConfig() does the first three steps exactly as openstacksdk would read them.
//
// Run: source project-openrc.sh && node openstack/pouta-flavors.ts   (Node >= 22.18; older: npx tsx)
import { createOpenStackClientFromConfig, type OpenStackClientFromConfigOptions } from '@stratus/openstack/config';
import { unwrap } from '@stratus/openstack-compute';
import { runAsScript } from '../support/run-as-script.ts';

export interface FlavorRow {
  name: string;
  vcpus: number;
  ramMb: number;
  diskGb: number;
}

export async function main(config: OpenStackClientFromConfigOptions, io: { log(line: string): void }): Promise<FlavorRow[]> {
  const cloud = await createOpenStackClientFromConfig(config);
  try {
    const token = cloud.authentication;
    io.log(`Authenticated as ${token?.user?.name ?? '?'} in project ${token?.project?.name ?? '?'}; token valid until ${token?.expiresAt?.toISOString() ?? 'it is revoked'}`);

    const { flavors } = await unwrap(cloud.compute.GET('/flavors/detail'));
    const rows = flavors
      .map((flavor) => ({ name: flavor.name, vcpus: flavor.vcpus, ramMb: flavor.ram, diskGb: flavor.disk }))
      .sort((a, b) => a.vcpus - b.vcpus || a.ramMb - b.ramMb || a.name.localeCompare(b.name));
    for (const row of rows) io.log(`${row.name.padEnd(16)} ${String(row.vcpus).padStart(3)} vCPU ${String(row.ramMb).padStart(7)} MB RAM ${String(row.diskGb).padStart(5)} GB disk`);
    return rows;
  } finally {
    await cloud.close();
  }
}

await runAsScript(import.meta.url, async () => {
  await main({}, console);
});
