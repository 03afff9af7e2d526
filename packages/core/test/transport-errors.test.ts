import { inspect } from 'node:util';
import { describe, expect, it } from 'vitest';
import { StratusError } from '../src/errors/stratus-error.js';
import { AbortError, ConnectionError, InvalidResponseError, RequestFailedError, TimeoutError } from '../src/errors/transport-errors.js';

const target = { method: 'GET', url: 'https://h/x?token=abc' };

describe('transport errors', () => {
  it('ConnectionError keeps the original error as cause and explains undici failures', () => {
    const root = Object.assign(new Error('other side closed'), { code: 'UND_ERR_SOCKET' });
    const cause = new TypeError('fetch failed', { cause: root });
    const error = new ConnectionError({ ...target, cause });
    expect(error).toBeInstanceOf(RequestFailedError);
    expect(error).toBeInstanceOf(StratusError);
    expect(error.name).toBe('ConnectionError');
    expect(error.cause).toBe(cause);
    expect(error.message).toBe('Connection failed (fetch failed: other side closed [UND_ERR_SOCKET]): GET https://h/x?token=[REDACTED]');
    expect(error.url).toBe('https://h/x?token=[REDACTED]');
  });

  it('TimeoutError reports the per-attempt budget', () => {
    const error = new TimeoutError({ ...target, timeoutMs: 250 });
    expect(error.name).toBe('TimeoutError');
    expect(error.timeoutMs).toBe(250);
    expect(error.message).toBe('Request timed out after 250 ms: GET https://h/x?token=[REDACTED]');
    expect(error.toJSON()).toMatchObject({ timeoutMs: 250, method: 'GET' });
  });

  it('AbortError keeps the abort reason as cause', () => {
    const reason = new Error('user cancelled');
    const error = new AbortError({ ...target, cause: reason });
    expect(error.name).toBe('AbortError');
    expect(error.cause).toBe(reason);
    expect(error.message).toBe('Request aborted: GET https://h/x?token=[REDACTED]');
  });

  it('InvalidResponseError keeps a short redacted excerpt', () => {
    const body = `{"access_token":"tok-123","data":"${'x'.repeat(500)}`;
    const error = new InvalidResponseError({ ...target, status: 200, contentType: 'application/json', body });
    expect(error.name).toBe('InvalidResponseError');
    expect(error.status).toBe(200);
    expect(error.bodyExcerpt.length).toBeLessThanOrEqual(200);
    expect(error.bodyExcerpt).not.toContain('tok-123');
    expect(error.message).toBe('Invalid JSON in 200 response (application/json): GET https://h/x?token=[REDACTED]');
  });

  it('never exposes the token through JSON or inspect', () => {
    const error = new ConnectionError({ ...target, cause: new Error('reset while sending Bearer tok-123') });
    expect(JSON.stringify(error)).not.toContain('tok-123');
    expect(inspect(error)).not.toContain('tok-123');
    expect(JSON.stringify(error)).not.toContain('token=abc');
  });
});
