// python-ovh's first example: who am I? `GET /me` → "Welcome <firstname>".
//
// Run: node ovh/welcome.ts   (Node >= 22.18 runs TypeScript as is; older: npx tsx ovh/welcome.ts)
// Credentials come from OVH_* variables or ovh.conf, like python-ovh (see @stratus/ovh/config).
import { pathToFileURL } from 'node:url';
import type { OvhClient } from '@stratus/ovh';
import { createOvhClientFromConfig } from '@stratus/ovh/config';
import { me } from '@stratus/ovh/me';

export type WelcomeClient = OvhClient<readonly [typeof me]>;

export async function main(client: WelcomeClient, io: { log(line: string): void }): Promise<string> {
  const account = await client.get('/me');
  const line = `Welcome ${account.firstname ?? account.nichandle}`;
  io.log(line);
  return line;
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  try {
    await main(createOvhClientFromConfig({ apis: [me] }), console);
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  }
}
