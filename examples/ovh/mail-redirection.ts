// python-ovh's "install a new mail redirection": `POST /email/domain/{domain}/redirection`.
// `from` is a plain property here (python needs `_from`; the client also accepts `_from`).
//
// Run: node ovh/mail-redirection.ts <domain> <from> <to> [--local-copy]
import type { OvhClient } from '@stratus/ovh';
import { createOvhClientFromConfig } from '@stratus/ovh/config';
import { emailDomain } from '@stratus/ovh/email/domain';
import { runAsScript } from '../support/run-as-script.ts';

export type MailRedirectionClient = OvhClient<readonly [typeof emailDomain]>;

export interface MailRedirection {
  /** The email domain, e.g. `example.com`. */
  domain: string;
  /** Redirected address, e.g. `contact@example.com`. */
  from: string;
  /** Target address. */
  to: string;
  /** Keep a copy in the `from` mailbox. */
  localCopy: boolean;
}

export async function main(client: MailRedirectionClient, io: { log(line: string): void }, redirection: MailRedirection) {
  const { domain, from, to, localCopy } = redirection;
  const task = await client.post('/email/domain/{domain}/redirection', { domain, from, to, localCopy });
  io.log(`Installed new mail redirection from ${from} to ${to}${localCopy ? ' (local copy kept)' : ''}`);
  return task;
}

await runAsScript(import.meta.url, async (args) => {
  const [domain, from, to, flag] = args;
  if (domain === undefined || from === undefined || to === undefined) {
    console.error('Usage: mail-redirection.ts <domain> <from> <to> [--local-copy]');
    process.exitCode = 2;
    return;
  }
  await main(createOvhClientFromConfig({ apis: [emailDomain] }), console, { domain, from, to, localCopy: flag === '--local-copy' });
});
