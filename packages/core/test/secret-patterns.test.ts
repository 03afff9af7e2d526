import { describe, expect, it } from 'vitest';
import { isSecretHeaderName, isSecretParamName, REDACTED } from '../src/redaction/secret-patterns.js';

describe('isSecretHeaderName', () => {
  it.each([
    'Authorization',
    'proxy-authorization',
    'Cookie',
    'Set-Cookie',
    'X-Auth-Token',
    'X-Auth-Key',
    'X-Subject-Token',
    'X-Ovh-Signature',
    'X-Ovh-Consumer',
    'X-Ovh-Application-Secret',
    'authkey',
    'X-Api-Key',
    'X-Storage-Token',
    'X-Client-Secret',
    'X-Session-Id',
    'X-Amz-Signature',
    'X-Db-Password',
  ])('treats %s as secret', (name) => {
    expect(isSecretHeaderName(name)).toBe(true);
  });

  it.each(['Content-Type', 'X-Openstack-Request-Id', 'X-Ovh-Application', 'X-Ovh-Timestamp', 'Retry-After', 'User-Agent'])(
    'keeps %s readable',
    (name) => {
      expect(isSecretHeaderName(name)).toBe(false);
    },
  );
});

describe('isSecretParamName', () => {
  it.each(['token', 'access_token', 'X-Amz-Signature', 'X-Amz-Credential', 'password', 'client_secret', 'authkey', 'api_key', 'key', 'consumerKey', 'jwt', 'temp_url_sig', 'adminPass'])(
    'treats %s as secret',
    (name) => {
      expect(isSecretParamName(name)).toBe(true);
    },
  );

  it.each(['limit', 'marker', 'key_name', 'name', 'sort_dir', 'keypair_id'])('keeps %s readable', (name) => {
    expect(isSecretParamName(name)).toBe(false);
  });
});

it('uses a recognisable marker', () => {
  expect(REDACTED).toBe('[REDACTED]');
});
