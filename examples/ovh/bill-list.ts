// python-ovh's "grab bill list": `GET /me/bill` returns ids; each bill is `GET /me/bill/{billId}`.
// expandIds fetches them a few at a time (not one by one, not all at once) and keeps the list order.
//
// Run: node ovh/bill-list.ts [date.from] [date.to]      e.g. 2024-01-01 2024-12-31
import { expandIds, type OperationAt, type OvhClient, type ResultOf } from '@stratus/ovh';
import { createOvhClientFromConfig } from '@stratus/ovh/config';
import { me, type MeOperations } from '@stratus/ovh/me';
import { runAsScript } from '../support/run-as-script.ts';

export type BillListClient = OvhClient<readonly [typeof me]>;
export type Bill = ResultOf<OperationAt<MeOperations, 'get', '/me/bill/{billId}'>>;

export interface BillListOptions {
  /** Only bills on or after this date (`date.from`). */
  from?: string;
  /** Only bills on or before this date (`date.to`). */
  to?: string;
  /** Bill requests in flight at once. Default 5. */
  concurrency?: number;
}

export async function main(client: BillListClient, io: { log(line: string): void }, options: BillListOptions = {}): Promise<Bill[]> {
  const params = { ...(options.from ? { 'date.from': options.from } : {}), ...(options.to ? { 'date.to': options.to } : {}) };
  const bills = await expandIds<Bill>(client, '/me/bill', '/me/bill/{billId}', { params, concurrency: options.concurrency ?? 5 });
  for (const bill of bills) {
    io.log(`${(bill.billId ?? '?').padStart(12)} (${bill.date ?? '?'}): ${(bill.priceWithTax?.text ?? '?').padStart(10)}`);
  }
  return bills;
}

await runAsScript(import.meta.url, async (args) => {
  const [from, to] = args;
  await main(createOvhClientFromConfig({ apis: [me] }), console, { ...(from ? { from } : {}), ...(to ? { to } : {}) });
});
