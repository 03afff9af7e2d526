import { describe, expect, it } from 'vitest';
import { redactHeaders } from '../src/redaction/redact-headers.js';

describe('redactHeaders', () => {
  it('redacts credentials in a Headers object and lower-cases names', () => {
    const headers = new Headers({
      Authorization: 'Bearer abc.def',
      'X-Auth-Token': 'gAAAAAB-token',
      'X-Subject-Token': 'subject',
      'X-Ovh-Signature': '$1$deadbeef',
      'X-Ovh-Consumer': 'consumer-key',
      'Content-Type': 'application/json',
      'X-Openstack-Request-Id': 'req-1',
    });
    expect(redactHeaders(headers)).toEqual({
      authorization: '[REDACTED]',
      'x-auth-token': '[REDACTED]',
      'x-subject-token': '[REDACTED]',
      'x-ovh-signature': '[REDACTED]',
      'x-ovh-consumer': '[REDACTED]',
      'content-type': 'application/json',
      'x-openstack-request-id': 'req-1',
    });
  });

  it('accepts plain objects (joining array values) and entry lists', () => {
    expect(redactHeaders({ Cookie: 'session=1', Accept: ['a', 'b'], Skipped: undefined })).toEqual({ cookie: '[REDACTED]', accept: 'a, b' });
    expect(redactHeaders([['X-Api-Key', 'k'], ['Accept', 'x']])).toEqual({ 'x-api-key': '[REDACTED]', accept: 'x' });
  });

  it('redacts by keyword for headers it has never heard of', () => {
    expect(redactHeaders({ 'X-Vendor-Session-Token': 'v', 'X-Vendor-Password': 'p' })).toEqual({
      'x-vendor-session-token': '[REDACTED]',
      'x-vendor-password': '[REDACTED]',
    });
  });

  it('still scrubs credentials that turn up in ordinary headers', () => {
    expect(
      redactHeaders({
        'WWW-Authenticate': 'Bearer abc.def',
        Location: 'https://h/next?marker=2&token=xyz',
        Link: '<https://h/p?limit=1>; rel="next"',
      }),
    ).toEqual({
      'www-authenticate': 'Bearer [REDACTED]',
      location: 'https://h/next?marker=2&token=[REDACTED]',
      link: '<https://h/p?limit=1>; rel="next"',
    });
  });

  it('returns an empty object for missing headers', () => {
    expect(redactHeaders(undefined)).toEqual({});
    expect(redactHeaders(null)).toEqual({});
  });
});
