import { describe, expect, it } from 'vitest';
import { signOvhRequest } from '../src/signing/sign-ovh-request.js';
import { MOCK_CREDENTIALS } from './support/ovh-emulator.js';

// python-ovh tests/test_client.py and go-ovh ovh/ovh_test.go.
const { applicationSecret, consumerKey } = MOCK_CREDENTIALS;
const timestamp = 1457018875;
const url = 'https://eu.api.ovh.com/1.0/auth';
const body = '{"a":"b","c":"d"}';

describe('signOvhRequest', () => {
  it.each([
    ['GET', '', '$1$e9556054b6309771395efa467c22e627407461ad'],
    ['POST', body, '$1$ec2fb5c7a81f64723c77d2e5b609ae6f58a84fc1'],
    ['PUT', body, '$1$8a75a9e7c8e7296c9dbeda6a2a735eb6bd58ec4b'],
    ['DELETE', '', '$1$a1eecd00b3b02b6cf5708b84b9ff42059a950d85'],
  ])('matches the known-answer vector for %s', async (method, requestBody, expected) => {
    await expect(signOvhRequest({ applicationSecret, consumerKey, method, url, body: requestBody, timestamp })).resolves.toBe(expected);
  });

  it('signs body bytes exactly like the equivalent string, and treats a missing body as empty', async () => {
    const asBytes = await signOvhRequest({ applicationSecret, consumerKey, method: 'POST', url, body: new TextEncoder().encode(body), timestamp });
    expect(asBytes).toBe('$1$ec2fb5c7a81f64723c77d2e5b609ae6f58a84fc1');
    await expect(signOvhRequest({ applicationSecret, consumerKey, method: 'GET', url, timestamp })).resolves.toBe('$1$e9556054b6309771395efa467c22e627407461ad');
  });

  it('upper-cases the method and encodes non-ASCII bodies as UTF-8', async () => {
    await expect(signOvhRequest({ applicationSecret, consumerKey, method: 'get', url, body: '', timestamp })).resolves.toBe('$1$e9556054b6309771395efa467c22e627407461ad');
    const { createHash } = await import('node:crypto');
    const unicode = '{"name":"café ☕"}';
    const expected = '$1$' + createHash('sha1').update(`${applicationSecret}+${consumerKey}+POST+${url}+${unicode}+${timestamp}`, 'utf8').digest('hex');
    await expect(signOvhRequest({ applicationSecret, consumerKey, method: 'POST', url, body: unicode, timestamp })).resolves.toBe(expected);
  });
});
