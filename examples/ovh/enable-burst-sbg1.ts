// python-ovh's "enable network burst in SBG1": list the dedicated servers, look at each, and turn
// bandwidth burst on (`PUT /dedicated/server/{serviceName}/burst`) for those in datacenter sbg1.
//
// Run: node ovh/enable-burst-sbg1.ts
import type { OvhClient } from '@stratus/ovh';
import { createOvhClientFromConfig } from '@stratus/ovh/config';
import { dedicatedServer } from '@stratus/ovh/dedicated/server';
import { runAsScript } from '../support/run-as-script.ts';

export type BurstClient = OvhClient<readonly [typeof dedicatedServer]>;

/** Returns the service names whose burst was enabled. */
export async function main(client: BurstClient, io: { log(line: string): void }): Promise<string[]> {
  const enabled: string[] = [];
  for (const serviceName of await client.get('/dedicated/server')) {
    const server = await client.get('/dedicated/server/{serviceName}', { serviceName });
    if (server.datacenter !== 'sbg1') {
      io.log(`Skipped ${serviceName} (datacenter ${server.datacenter ?? 'unknown'})`);
      continue;
    }
    await client.put('/dedicated/server/{serviceName}/burst', { serviceName, status: 'active' });
    io.log(`Enabled burst for ${serviceName} server located in SBG-1`);
    enabled.push(serviceName);
  }
  return enabled;
}

await runAsScript(import.meta.url, async (args) => {
  await main(createOvhClientFromConfig({ apis: [dedicatedServer] }), console);
});
