import { me } from '@stratus/ovh/me';
import { createOvhErrorResponse, createOvhHandlers } from '@stratus/ovh/msw';
import { describe, expect, it } from 'vitest';
import { main, type Bill } from '../ovh/bill-list.js';
import { captureIo, signedClient, useMockOvh } from './support/mock-ovh.js';

const ovh = useMockOvh();
const handlers = createOvhHandlers(me);

const price = (value: number) => ({ currencyCode: 'EUR' as const, text: `${value.toFixed(2)} €`, value });
const BILLS: Bill[] = [
  ['FR51234567', '2024-01-05T09:12:44+01:00', 11.99],
  ['FR51290011', '2024-02-05T09:10:02+01:00', 11.99],
  ['FR51377420', '2024-02-18T16:45:31+01:00', 149.0],
  ['FR51402219', '2024-03-05T09:11:57+01:00', 11.99],
  ['FR51488003', '2024-04-05T09:13:20+02:00', 23.98],
  ['FR51533870', '2024-05-05T09:09:48+02:00', 11.99],
  ['FR51600042', '2024-06-05T09:12:03+02:00', 4.79],
].map(([billId, date, value]) => ({
  billId: String(billId),
  date: String(date),
  category: 'autorenew',
  orderId: 120000000 + Number(String(billId).slice(2)),
  priceWithTax: price(Number(value)),
  priceWithoutTax: price(Number(value) / 1.2),
  tax: price(Number(value) - Number(value) / 1.2),
  pdfUrl: `https://www.ovh.com/cgi-bin/order/facture.pdf?reference=${billId}&passwd=s3cr3t`,
  url: `https://www.ovh.com/cgi-bin/order/facture.cgi?reference=${billId}&passwd=s3cr3t`,
  password: 's3cr3t',
}));

describe('bill-list', () => {
  it('lists the bills with id, date and price, in list order, a few requests at a time', async () => {
    let inFlight = 0;
    let maxInFlight = 0;
    ovh.use(
      handlers.get('/me/bill', () => BILLS.map((bill) => bill.billId ?? '')),
      handlers.get('/me/bill/{billId}', async ({ params }) => {
        inFlight += 1;
        maxInFlight = Math.max(maxInFlight, inFlight);
        // Later bills answer first: the output must still follow the list order.
        await new Promise((resolve) => setTimeout(resolve, 40 - BILLS.findIndex((bill) => bill.billId === params.billId) * 5));
        inFlight -= 1;
        return BILLS.find((bill) => bill.billId === params.billId) ?? createOvhErrorResponse(404, { class: 'Client::NotFound', message: 'This bill does not exist' });
      }),
    );
    const io = captureIo();
    const bills = await main(signedClient([me]), io, { concurrency: 3 });

    expect(bills).toEqual(BILLS);
    expect(io.lines).toEqual([
      '  FR51234567 (2024-01-05T09:12:44+01:00):    11.99 €',
      '  FR51290011 (2024-02-05T09:10:02+01:00):    11.99 €',
      '  FR51377420 (2024-02-18T16:45:31+01:00):   149.00 €',
      '  FR51402219 (2024-03-05T09:11:57+01:00):    11.99 €',
      '  FR51488003 (2024-04-05T09:13:20+02:00):    23.98 €',
      '  FR51533870 (2024-05-05T09:09:48+02:00):    11.99 €',
      '  FR51600042 (2024-06-05T09:12:03+02:00):     4.79 €',
    ]);
    expect(maxInFlight).toBe(3);
    const requests = await ovh.requests();
    expect(requests[0]).toEqual({ method: 'GET', path: '/1.0/me/bill', body: '', signed: true });
    expect(requests.slice(1).map((request) => request.path).sort()).toEqual(BILLS.map((bill) => `/1.0/me/bill/${bill.billId}`).sort());
    expect(requests.every((request) => request.method === 'GET' && request.signed)).toBe(true);
  });

  it('passes the date filters to the list call', async () => {
    ovh.use(
      handlers.get('/me/bill', ({ query }) => BILLS.filter((bill) => (bill.date ?? '') >= (query.get('date.from') ?? '') && (bill.date ?? '') <= (query.get('date.to') ?? '~')).map((bill) => bill.billId ?? '')),
      handlers.get('/me/bill/{billId}', ({ params }) => BILLS.find((bill) => bill.billId === params.billId) ?? createOvhErrorResponse(404, { message: 'no such bill' })),
    );
    const io = captureIo();
    await main(signedClient([me]), io, { from: '2024-02-01', to: '2024-03-01' });
    expect(io.lines.map((line) => line.trim().slice(0, 10))).toEqual(['FR51290011', 'FR51377420']);
    expect((await ovh.requests())[0]?.path).toBe('/1.0/me/bill?date.from=2024-02-01&date.to=2024-03-01');
  });
});
