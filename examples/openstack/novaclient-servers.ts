// novaclient's README flow with @stratus/openstack:
//   nova = client.Client("2.79", session=keystone_session)
//   flavor = nova.flavors.find(ram=512)
//   nova.servers.create("my-server", image=image, flavor=flavor)
//   nova.servers.list()
// The managers are generated from the compute spec; pinning 2.79 narrows every type to that version.
//
// Run: source openrc && IMAGE_ID=… node openstack/novaclient-servers.ts   (Node >= 22.18; older: npx tsx)
import { createOpenStackClientFromConfig, type OpenStackClientFromConfigOptions } from '@stratus/openstack/config';
import { runAsScript } from '../support/run-as-script.ts';

export interface NovaclientFlowOptions {
  config: OpenStackClientFromConfigOptions;
  imageId: string;
  serverName?: string;
}

export async function main(options: NovaclientFlowOptions, io: { log(line: string): void }): Promise<string> {
  const cloud = await createOpenStackClientFromConfig({ ...options.config, overrides: { ...options.config.overrides, microversions: { ...options.config.overrides?.microversions, compute: '2.79' } } });
  try {
    const compute = cloud.compute;
    // novaclient's find: list with details, filter, exactly one match (NoMatchError / NoUniqueMatchError otherwise).
    const flavor = await compute.flavors.find({ ram: 512 });
    io.log(`flavor ${flavor.name} (${flavor.id}): ${flavor.vcpus} vCPU, ${flavor.ram} MB`);

    const created = await compute.servers.create({
      server: { name: options.serverName ?? 'my-server', flavorRef: flavor.id, imageRef: options.imageId, networks: 'auto' },
    });
    // The spec's other answer, `{ reservation_id }`, only comes back when `return_reservation_id` is asked for.
    const id = 'server' in created ? created.server.id : created.reservation_id;
    io.log(`created ${id}`);

    // Every page, following servers_links.
    // A server in a cell that is down comes back with only id, status UNKNOWN and a few fields.
    for await (const listed of compute.servers.list()) io.log(`${listed.id}  ${(('name' in listed ? listed.name : null) ?? '?').padEnd(12)} ${listed.status}`);
    return id;
  } finally {
    await cloud.close();
  }
}

await runAsScript(import.meta.url, async () => {
  const imageId = process.env['IMAGE_ID'];
  if (!imageId) throw new Error('set IMAGE_ID to the image to boot (openstack image list)');
  await main({ config: {}, imageId }, console);
});
