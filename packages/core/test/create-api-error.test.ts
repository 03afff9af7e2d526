import { inspect } from 'node:util';
import { describe, expect, it } from 'vitest';
import { ApiError } from '../src/errors/api-error.js';
import { createApiError } from '../src/errors/create-api-error.js';
import {
  BadRequestError,
  ConflictError,
  ForbiddenError,
  NotFoundError,
  RateLimitedError,
  ServerError,
  UnauthorizedError,
} from '../src/errors/http-status-errors.js';

const url = 'https://compute.example.com/v2.1/servers/x';

function respond(status: number, headers: Record<string, string> = {}, statusText = ''): Response {
  return new Response(null, { status, headers, statusText });
}

describe('createApiError', () => {
  it.each([
    [400, BadRequestError],
    [401, UnauthorizedError],
    [403, ForbiddenError],
    [404, NotFoundError],
    [409, ConflictError],
    [429, RateLimitedError],
    [500, ServerError],
    [502, ServerError],
    [503, ServerError],
    [422, ApiError],
    [418, ApiError],
  ])('maps %i to %s', (status, Class) => {
    const error = createApiError({ response: respond(status), body: undefined, method: 'GET', url });
    expect(error).toBeInstanceOf(Class);
    expect(error.constructor).toBe(Class);
    expect(error.status).toBe(status);
  });

  it('formats the message with reason phrase, target, provider message and request id', () => {
    const error = createApiError({
      response: respond(404, { 'x-openstack-request-id': 'req-123' }),
      body: { itemNotFound: { message: 'Instance x could not be found.', code: 404 } },
      method: 'GET',
      url,
      provider: 'openstack-compute',
    });
    expect(error.message).toBe(`404 Not Found: GET ${url} — Instance x could not be found. (request id req-123)`);
    expect(error.code).toBe('itemNotFound');
    expect(error.requestId).toBe('req-123');
    expect(error.provider).toBe('openstack-compute');
    expect(error.bodyExcerpt).toBe('{"itemNotFound":{"message":"Instance x could not be found.","code":404}}');
  });

  it('uses the response status text when present and omits missing parts', () => {
    const error = createApiError({ response: respond(500, {}, 'Kaboom'), body: '', method: 'POST', url });
    expect(error.message).toBe(`500 Kaboom: POST ${url}`);
    expect(error.bodyExcerpt).toBeUndefined();
  });

  it('reads Retry-After into RateLimitedError.retryAfterMs', () => {
    const error = createApiError({ response: respond(429, { 'retry-after': '7' }), body: { message: 'slow down' }, method: 'GET', url });
    expect(error).toBeInstanceOf(RateLimitedError);
    expect((error as RateLimitedError).retryAfterMs).toBe(7000);
  });

  it('never leaks secrets from the URL, headers or body', () => {
    const jwt = 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ4In0.c2lnbmF0dXJl';
    const error = createApiError({
      response: respond(401, { 'x-subject-token': jwt, 'www-authenticate': 'Keystone uri="https://k"' }),
      body: { error: { message: `Token ${jwt} is invalid; "password": "hunter2"`, code: 401, title: 'Unauthorized' }, password: 'hunter2' },
      method: 'POST',
      url: 'https://u:p4ss@keystone/v3/auth/tokens?token=t0k',
    });
    for (const output of [error.message, JSON.stringify(error), String(error), inspect(error, { depth: 10 })]) {
      expect(output).not.toContain(jwt);
      expect(output).not.toContain('hunter2');
      expect(output).not.toContain('p4ss');
      expect(output).not.toContain('t0k');
    }
  });

  it('falls back to response.url and copes with an unknown method', () => {
    const error = createApiError({ response: respond(404), body: 'nope', method: '' });
    expect(error.message).toBe('404 Not Found: unknown request — nope');
  });
});
