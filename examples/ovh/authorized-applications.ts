// python-ovh's "list application authorized to access your account": the validated API credentials
// of the account, each with its application, as a text table (python used `tabulate`).
//
// Run: node ovh/authorized-applications.ts
import type { OvhClient } from '@stratus/ovh';
import { createOvhClientFromConfig } from '@stratus/ovh/config';
import { me } from '@stratus/ovh/me';
import { runAsScript } from '../support/run-as-script.ts';

export type AuthorizedApplicationsClient = OvhClient<readonly [typeof me]>;

type Cell = string | number | null | undefined;

/**
 * A plain text table like tabulate's default format: a header line, dashes, then the rows; columns
 * two spaces apart, numeric columns right-aligned, empty cells for null/undefined.
 */
export function formatTable(headers: readonly string[], rows: readonly (readonly Cell[])[]): string {
  const text = (cell: Cell) => (cell === null || cell === undefined ? '' : String(cell));
  const numeric = headers.map((_, column) => rows.every((row) => row[column] == null || typeof row[column] === 'number'));
  const widths = headers.map((header, column) => Math.max(header.length, ...rows.map((row) => text(row[column]).length)));
  const line = (cells: readonly string[]) =>
    cells
      .map((cell, column) => (numeric[column] ? cell.padStart(widths[column] ?? 0) : cell.padEnd(widths[column] ?? 0)))
      .join('  ')
      .trimEnd();
  return [line(headers), line(widths.map((width) => '-'.repeat(width))), ...rows.map((row) => line(headers.map((_, column) => text(row[column]))))].join('\n');
}

export const HEADERS = ['ID', 'App Name', 'Description', 'Token Creation', 'Token Expiration', 'Token Last Use'] as const;

export async function main(client: AuthorizedApplicationsClient, io: { log(line: string): void }): Promise<string> {
  const credentialIds = await client.get('/me/api/credential', { status: 'validated' });
  const rows: Cell[][] = [];
  for (const credentialId of credentialIds) {
    const [credential, application] = await Promise.all([
      client.get('/me/api/credential/{credentialId}', { credentialId }),
      client.get('/me/api/credential/{credentialId}/application', { credentialId }),
    ]);
    rows.push([
      credentialId,
      `[${application.status ?? '?'}] ${application.name ?? ''}`,
      application.description,
      credential.creation,
      credential.expiration,
      credential.lastUse,
    ]);
  }
  const table = formatTable(HEADERS, rows);
  io.log(table);
  return table;
}

await runAsScript(import.meta.url, async (args) => {
  await main(createOvhClientFromConfig({ apis: [me] }), console);
});
