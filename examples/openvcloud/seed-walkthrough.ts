// The Jumpscale OpenvCloud seed, with @stratus/openvcloud: connect, list images, get the account,
// its cloudspaces (VDCs) and machines, create a machine with the seed's defaults (Ubuntu 16.04,
// 2 GB, 10 GB boot disk), get-or-create it again, list its disks and open the way for SSH.
//
//   j.clients.openvcloud.get(appId, secret, url)   →  createOpenvCloudClientFromConfig()
//   client.account_get(name)                        →  client.accountGet(name)
//   account.space_get(name, location)               →  account.spaceGet(name, location, { create: true })
//   vdc.machine_create(name, sshkeyname)            →  vdc.machineCreate({ name, sshKeyName })
//   prefab over SSH                                 →  machine.sshEndpoint() → { host, port }
//
// Run: node openvcloud/seed-walkthrough.ts <account> <space> <machine> [location] [sshKeyName]
// (Node >= 22.18 runs TypeScript as is; older: npx tsx …). Credentials come from config.yaml
// (iyo.appid, iyo.secret, openvcloud.url) or IYO_APPID, IYO_SECRET, OPENVCLOUD_URL (see @stratus/openvcloud/config).
import type { OpenvCloudClient } from '@stratus/openvcloud';
import { createOpenvCloudClientFromConfig } from '@stratus/openvcloud/config';
import { runAsScript } from '../support/run-as-script.ts';

export interface SeedOptions {
  account: string;
  space: string;
  machine: string;
  /** Location code of the space; default: the G8's only location. */
  location?: string;
  sshKeyName?: string;
}

export interface SeedResult {
  machineId: number;
  ssh: { host: string; port: number };
}

export async function main(client: OpenvCloudClient, io: { log(line: string): void }, options: SeedOptions): Promise<SeedResult> {
  // The raw, typed API is there too: every cloudapi method as client.api.cloudapi.<actor>.<method>().
  const images = await client.api.cloudapi.images.list();
  io.log(`images: ${images.map((image) => image.name).join(', ')}`);

  const account = await client.accountGet(options.account);
  io.log(`account ${account.name} (#${account.id})`);
  const spaces = await account.spaces();
  io.log(`spaces: ${spaces.map((space) => `${space.name} (${space.location})`).join(', ') || 'none'}`);

  const vdc = await account.spaceGet(options.space, options.location, { create: true });
  io.log(`space ${vdc.name} (#${vdc.id}) at ${vdc.location}`);
  const machines = await vdc.machines();
  io.log(`machines: ${[...machines.keys()].join(', ') || 'none'}`);

  const machine = await vdc.machineCreate({ name: options.machine, ...(options.sshKeyName ? { sshKeyName: options.sshKeyName } : {}) });
  const model = await machine.model();
  io.log(`machine ${machine.name} (#${machine.id}): ${model.osImage ?? `image #${model.imageid}`}, ${model.memory} MB, ${model.vcpus} vCPU, ${model.status}`);

  // Get-or-create: finds the machine just made instead of creating a second one.
  const again = await vdc.machineGet(options.machine, { create: true });
  io.log(`machineGet ${again.name}: #${again.id}`);

  for (const disk of await machine.disks()) io.log(`disk ${disk.name}: ${disk.type === 'B' ? 'boot' : disk.type}, ${disk.sizeMax} GB`);

  const { host, port } = await machine.sshEndpoint();
  io.log(`ssh -p ${port} root@${host}`);
  return { machineId: machine.id, ssh: { host, port } };
}

await runAsScript(import.meta.url, async (args) => {
  const [account, space, machine, location, sshKeyName] = args;
  if (account === undefined || space === undefined || machine === undefined) {
    console.error('Usage: seed-walkthrough.ts <account> <space> <machine> [location] [sshKeyName]');
    process.exitCode = 2;
    return;
  }
  const client = createOpenvCloudClientFromConfig();
  await main(client, console, { account, space, machine, ...(location ? { location } : {}), ...(sshKeyName ? { sshKeyName } : {}) });
});
