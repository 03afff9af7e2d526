import { inspect } from 'node:util';
import { describe, expect, it } from 'vitest';
import { ApiError, MAX_BODY_EXCERPT_LENGTH } from '../src/errors/api-error.js';
import { StratusError } from '../src/errors/stratus-error.js';

const init = {
  message: '404 Not Found: GET https://h/servers/x',
  status: 404,
  method: 'GET',
  url: 'https://bob:pw@h/servers/x?token=abc',
  code: 'itemNotFound',
  requestId: 'req-1',
  headers: new Headers({ 'Set-Cookie': 'session=s3cret', 'X-Openstack-Request-Id': 'req-1' }),
  bodyExcerpt: '{"itemNotFound":{"message":"gone"},"password":"hunter2"}',
  provider: 'openstack-compute',
};

describe('ApiError', () => {
  it('stores redacted fields', () => {
    const error = new ApiError(init);
    expect(error).toBeInstanceOf(StratusError);
    expect(error.name).toBe('ApiError');
    expect(error.status).toBe(404);
    expect(error.code).toBe('itemNotFound');
    expect(error.requestId).toBe('req-1');
    expect(error.method).toBe('GET');
    expect(error.url).toBe('https://[REDACTED]@h/servers/x?token=[REDACTED]');
    expect(error.headers).toEqual({ 'set-cookie': '[REDACTED]', 'x-openstack-request-id': 'req-1' });
    expect(error.bodyExcerpt).toBe('{"itemNotFound":{"message":"gone"},"password":"[REDACTED]"}');
    expect(error.provider).toBe('openstack-compute');
  });

  it('caps the body excerpt after redacting', () => {
    const long = `${'x'.repeat(MAX_BODY_EXCERPT_LENGTH - 10)}"password":"${'p'.repeat(100)}"`;
    const error = new ApiError({ ...init, bodyExcerpt: long });
    expect(error.bodyExcerpt).toHaveLength(MAX_BODY_EXCERPT_LENGTH);
    expect(error.bodyExcerpt).not.toContain('ppp');
  });

  it('exposes only redacted fields through toJSON and util.inspect', () => {
    const error = new ApiError(init);
    const json = JSON.stringify(error);
    const rendered = inspect(error, { depth: 5 });
    for (const output of [json, rendered]) {
      expect(output).not.toContain('s3cret');
      expect(output).not.toContain('hunter2');
      expect(output).not.toContain(':pw@');
      expect(output).not.toContain('token=abc');
      expect(output).toContain('itemNotFound');
    }
    expect(JSON.parse(json)).toMatchObject({ name: 'ApiError', status: 404, requestId: 'req-1', provider: 'openstack-compute' });
  });
});
