// python-iotronicclient's direct mode — `get_client('1', os_auth_token=TOKEN, iotronic_url=URL)`, then
// `board list` and `board show` — and ironicclient's `driver list`, `node list`, `node show`, with
// @stratus/openstack: no Keystone round trip, the token goes straight to the given endpoints.
//
// Run: OS_AUTH_TOKEN=… IOTRONIC_URL=http://iotronic:8812/v1 [IRONIC_URL=http://ironic:6385/v1] node openstack/iotronic-boards.ts
import { createOpenStackClient, type OpenStackClientOptions } from '@stratus/openstack';
import * as baremetal from '@stratus/openstack-baremetal';
import * as iot from '@stratus/openstack-iot';
import { runAsScript } from '../support/run-as-script.ts';

export interface IotronicFlowOptions {
  token: string;
  iotronicUrl: string;
  /** Also list Ironic drivers and nodes when given. */
  ironicUrl?: string | undefined;
  fetch?: OpenStackClientOptions['fetch'];
}

export async function main(options: IotronicFlowOptions, io: { log(line: string): void }): Promise<void> {
  const cloud = await createOpenStackClient({
    token: options.token,
    endpoints: { iot: options.iotronicUrl, ...(options.ironicUrl ? { baremetal: options.ironicUrl } : {}) },
    // The service packages this flow uses: only they are loaded (and bundled), and they type cloud.iot / cloud.baremetal.
    services: { iot, baremetal },
    ...(options.fetch ? { fetch: options.fetch } : {}),
  });
  try {
    // `board list`: every page, followed through `next` by the manager.
    const boards = await cloud.iot.boards.list().all();
    for (const board of boards) io.log(`${board.uuid ?? '?'}  ${(board.name ?? '').padEnd(12)} ${board.status ?? '?'}`);

    // `board show <uuid>`
    const first = boards[0];
    if (first?.uuid) {
      const board = await cloud.iot.boards.get(first.uuid);
      io.log(`${board.name ?? first.uuid}: ${board.status ?? '?'} via agent ${board.agent ?? '-'}, Lightning-Rod ${board.lr_version ?? '?'}`);
    }

    if (options.ironicUrl) {
      const drivers = await cloud.baremetal.drivers.list().all();
      io.log(`drivers: ${drivers.map((driver) => driver.name).join(', ')}`);
      const nodes = await cloud.baremetal.nodes.list().all();
      for (const node of nodes) io.log(`${node.uuid ?? '?'}  ${(node.name ?? '').padEnd(12)} power ${node.power_state ?? '-'}, ${node.provision_state ?? '?'}`);
      if (nodes[0]?.uuid) {
        const node = await cloud.baremetal.nodes.get(nodes[0].uuid);
        io.log(`${node.name ?? node.uuid}: driver ${node.driver ?? '?'}, maintenance ${String(node.maintenance ?? false)}`);
      }
    }
  } finally {
    await cloud.close();
  }
}

await runAsScript(import.meta.url, async () => {
  const { OS_AUTH_TOKEN: token, IOTRONIC_URL: iotronicUrl, IRONIC_URL: ironicUrl } = process.env;
  if (!token || !iotronicUrl) throw new Error('set OS_AUTH_TOKEN and IOTRONIC_URL (and IRONIC_URL for the Ironic part)');
  await main({ token, iotronicUrl, ironicUrl }, console);
});
