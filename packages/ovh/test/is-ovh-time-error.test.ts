import { describe, expect, it } from 'vitest';
import { isOvhTimeError, isOvhTimeErrorResponse } from '../src/auth/is-ovh-time-error.js';

describe('isOvhTimeError', () => {
  it.each([
    [400, { errorCode: 'QUERY_TIME_OUT', httpCode: '400 Bad Request', message: 'Query out of time' }, true],
    [401, { errorCode: 'QUERY_TIME_OUT', message: 'x' }, true],
    [400, { errorCode: 'INVALID_SIGNATURE', message: 'Invalid signature' }, true],
    [401, { errorCode: 'INVALID_SIGNATURE' }, true],
    [400, { class: 'Client::BadRequest', message: 'Invalid timestamp' }, true],
    [400, { message: 'Invalid signature' }, true],
    [400, { errorCode: 'INVALID_CREDENTIAL', message: 'This credential is not valid' }, false],
    [400, { class: 'Client::BadRequest', message: 'Invalid zone name' }, false],
    [403, { errorCode: 'QUERY_TIME_OUT' }, false],
    [500, { message: 'timestamp' }, false],
    [400, 'Query out of time', false],
  ])('%i %j → %s', (status, body, expected) => {
    expect(isOvhTimeError(status, body)).toBe(expected);
  });

  it('reads a response without consuming it', async () => {
    const response = new Response(JSON.stringify({ errorCode: 'QUERY_TIME_OUT', message: 'Query out of time' }), { status: 400 });
    await expect(isOvhTimeErrorResponse(response)).resolves.toBe(true);
    await expect(response.json()).resolves.toMatchObject({ errorCode: 'QUERY_TIME_OUT' });
    await expect(isOvhTimeErrorResponse(new Response('<html>', { status: 400 }))).resolves.toBe(false);
    await expect(isOvhTimeErrorResponse(new Response('{}', { status: 200 }))).resolves.toBe(false);
  });
});
