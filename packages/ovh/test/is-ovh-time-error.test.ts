import { describe, expect, it } from 'vitest';
import { isOvhTimeError } from '../src/auth/is-ovh-time-error.js';

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
    [400, '"Query out of time"', false],
  ])('%i %j → %s', (status, body, expected) => {
    expect(isOvhTimeError(status, body)).toBe(expected);
  });

  it('reads the raw body text too', () => {
    expect(isOvhTimeError(400, JSON.stringify({ errorCode: 'QUERY_TIME_OUT', message: 'Query out of time' }))).toBe(true);
    expect(isOvhTimeError(400, '<html>')).toBe(false);
    expect(isOvhTimeError(200, '{"errorCode":"QUERY_TIME_OUT"}')).toBe(false);
  });
});
