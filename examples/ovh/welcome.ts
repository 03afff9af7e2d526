// python-ovh's first example: who am I? `GET /me` → "Welcome <firstname>".
//
// Run: node ovh/welcome.ts   (Node >= 22.18 runs TypeScript as is; older: npx tsx ovh/welcome.ts)
// Credentials come from OVH_* variables or ovh.conf, like python-ovh (see @stratus/ovh/config).
import type { OvhClient } from '@stratus/ovh';
import { createOvhClientFromConfig } from '@stratus/ovh/config';
import { me } from '@stratus/ovh/me';
import { runAsScript } from '../support/run-as-script.ts';

export type WelcomeClient = OvhClient<readonly [typeof me]>;

export async function main(client: WelcomeClient, io: { log(line: string): void }): Promise<string> {
  const account = await client.get('/me');
  const line = `Welcome ${account.firstname ?? account.nichandle}`;
  io.log(line);
  return line;
}

await runAsScript(import.meta.url, async (args) => {
  await main(createOvhClientFromConfig({ apis: [me] }), console);
});
