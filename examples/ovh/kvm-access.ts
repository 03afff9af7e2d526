// python-ovh's "open a KVM (remote screen) on a dedicated server": ask for an IPMI Java KVM session
// allowed from one IP, then poll until OVH has the JNLP file ready, and save it (open it with javaws).
//
// Run: node ovh/kvm-access.ts <serviceName> <ipToAllow> [file.jnlp]     e.g. ns1234567.ip-1-2-3.eu $(curl -s ifconfig.ovh)
import { writeFileSync } from 'node:fs';
import { ResourceNotFoundError, type OvhClient } from '@stratus/ovh';
import { createOvhClientFromConfig } from '@stratus/ovh/config';
import { dedicatedServer } from '@stratus/ovh/dedicated/server';
import { runAsScript } from '../support/run-as-script.ts';

export type KvmClient = OvhClient<readonly [typeof dedicatedServer]>;

export interface KvmAccessOptions {
  serviceName: string;
  /** The IP the KVM session will be opened from. */
  ipToAllow: string;
  /** Polls of the access before giving up. Default 30. */
  attempts?: number;
  /** Pause between polls, in ms. Default 2000. */
  delayMs?: number;
  /** Injected in tests. */
  sleep?: (ms: number) => Promise<void>;
}

const wait = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Returns the JNLP file content. */
export async function main(client: KvmClient, io: { log(line: string): void }, options: KvmAccessOptions): Promise<string> {
  const { serviceName, ipToAllow, attempts = 30, delayMs = 2000, sleep = wait } = options;
  await client.post('/dedicated/server/{serviceName}/features/ipmi/access', { serviceName, type: 'kvmipJnlp', ttl: 15, ipToAllow });
  io.log(`Requested a KVM session on ${serviceName} for ${ipToAllow} (15 min)`);

  for (let attempt = 1; attempt <= attempts; attempt++) {
    // Until the session is ready, OVH answers 404 or a null value.
    const access = await client
      .get('/dedicated/server/{serviceName}/features/ipmi/access', { serviceName, type: 'kvmipJnlp' })
      .catch((error: unknown) => {
        if (error instanceof ResourceNotFoundError) return undefined;
        throw error;
      });
    if (access?.value) {
      io.log(`KVM ready after ${attempt} ${attempt === 1 ? 'poll' : 'polls'}${access.expiration ? `, valid until ${access.expiration}` : ''}`);
      return access.value;
    }
    if (attempt < attempts) await sleep(delayMs);
  }
  throw new Error(`KVM access on ${serviceName} still not ready after ${attempts} polls`);
}

await runAsScript(import.meta.url, async (args) => {
  const [serviceName, ipToAllow, file = `${serviceName}.jnlp`] = args;
  if (serviceName === undefined || ipToAllow === undefined) {
    console.error('Usage: kvm-access.ts <serviceName> <ipToAllow> [file.jnlp]');
    process.exitCode = 2;
    return;
  }
  const jnlp = await main(createOvhClientFromConfig({ apis: [dedicatedServer] }), console, { serviceName, ipToAllow });
  writeFileSync(file, jnlp);
  console.log(`Saved ${file}; open it with: javaws ${file}`);
});
