import { me } from '@stratus/ovh/me';
import { createOvhHandlers } from '@stratus/ovh/msw';
import { describe, expect, it } from 'vitest';
import { main } from '../ovh/welcome.js';
import { captureIo, signedClient, useMockOvh } from './support/mock-ovh.js';

const ovh = useMockOvh();
const handlers = createOvhHandlers(me);

describe('welcome', () => {
  it('greets the account owner by first name', async () => {
    ovh.use(
      handlers.get('/me', () => ({
        nichandle: 'la12345-ovh',
        firstname: 'Ada',
        name: 'Lovelace',
        email: 'ada@example.com',
        country: 'GB',
        language: 'en_GB',
        ovhSubsidiary: 'GB',
        currency: { code: 'GBP', symbol: '£' },
        state: 'complete',
        legalform: 'individual',
        ovhCompany: 'ovh',
      })),
    );
    const io = captureIo();
    await expect(main(signedClient([me]), io)).resolves.toBe('Welcome Ada');
    expect(io.lines).toEqual(['Welcome Ada']);
    expect(await ovh.requests()).toEqual([{ method: 'GET', path: '/1.0/me', body: '', signed: true }]);
  });

  it('falls back to the nichandle when the account has no first name', async () => {
    ovh.use(
      handlers.get('/me', () => ({
        nichandle: 'corp42-ovh',
        firstname: null,
        organisation: 'Example Corp',
        legalform: 'corporation',
        email: 'it@example.com',
        country: 'FR',
        ovhCompany: 'ovh',
        ovhSubsidiary: 'FR',
        currency: { code: 'EUR', symbol: '€' },
        state: 'complete',
      })),
    );
    const io = captureIo();
    await main(signedClient([me]), io);
    expect(io.lines).toEqual(['Welcome corp42-ovh']);
  });
});
