import { createOvhClient, ResourceNotFoundError } from '@stratus/ovh';
import { me } from '@stratus/ovh/me';
import { expectEqual, expectFailure } from './check.js';

/** A signed OVH call (SHA-1 through the runtime's crypto: Web Crypto in a browser), and a 404. */
export async function ovhConsumer(base: string): Promise<string> {
  const ovh = createOvhClient({
    endpoint: `${base}/ovh/1.0`,
    applicationKey: 'app-key',
    applicationSecret: 'app-secret',
    consumerKey: 'consumer-key',
    apis: [me],
  });
  const account = await ovh.get('/me');
  expectEqual(account.firstname, 'Ada', 'GET /me');
  await expectFailure(() => ovh.get('/me/bill/{billId}', { billId: 'nope' }), ResourceNotFoundError, /does not exist/, 'GET /me/bill/nope');
  return `ovh: signed GET /me → ${account.nichandle}; 404 → ResourceNotFoundError`;
}
