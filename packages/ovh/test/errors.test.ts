import { inspect } from 'node:util';
import {
  ApiError,
  BadRequestError,
  ConflictError,
  ConnectionError,
  ForbiddenError as CoreForbiddenError,
  NotFoundError,
  RateLimitedError,
  ServerError,
  TimeoutError,
  AbortError,
  UnauthorizedError,
} from '@stratus/core';
import { describe, expect, it } from 'vitest';
import { createOvhApiError } from '../src/errors/create-ovh-api-error.js';
import { NetworkError } from '../src/errors/network-error.js';
import { OvhApiError } from '../src/errors/ovh-api-error.js';
import {
  BadParametersError,
  InvalidCredentialError,
  InvalidKeyError,
  NotCredentialError,
  NotGrantedCallError,
  ResourceConflictError,
  ResourceExpiredError,
  ResourceNotFoundError,
} from '../src/errors/ovh-errors.js';

const url = 'https://eu.api.ovh.com/1.0/domain/zone/example.com';

function errorFor(status: number, body: unknown, headers: Record<string, string> = {}) {
  const response = new Response(null, { status, headers: { 'X-Ovh-QueryID': 'EU.ext-4.6630.12345', ...headers } });
  return createOvhApiError({ response, body, method: 'GET', url });
}

describe('createOvhApiError', () => {
  // python-ovh Client.call mapping, plus the core class each one also belongs to.
  it.each([
    [403, 'NOT_GRANTED_CALL', NotGrantedCallError, CoreForbiddenError],
    [403, 'NOT_CREDENTIAL', NotCredentialError, CoreForbiddenError],
    [403, 'INVALID_KEY', InvalidKeyError, CoreForbiddenError],
    [403, 'INVALID_CREDENTIAL', InvalidCredentialError, CoreForbiddenError],
    [403, 'FORBIDDEN', CoreForbiddenError, OvhApiError],
    [403, 'SOMETHING_ELSE', CoreForbiddenError, OvhApiError],
    [404, undefined, ResourceNotFoundError, NotFoundError],
    [400, undefined, BadParametersError, BadRequestError],
    [409, undefined, ResourceConflictError, ConflictError],
    [460, undefined, ResourceExpiredError, OvhApiError],
    [401, undefined, UnauthorizedError, OvhApiError],
    [429, undefined, RateLimitedError, OvhApiError],
    [500, undefined, ServerError, OvhApiError],
    [503, undefined, ServerError, OvhApiError],
    [418, undefined, OvhApiError, ApiError],
  ])('%i %s → %o', (status, errorCode, ErrorClass, AlsoClass) => {
    const error = errorFor(status, { errorCode, httpCode: `${status}`, message: 'Something went wrong' });
    expect(error).toBeInstanceOf(ErrorClass);
    expect(error).toBeInstanceOf(AlsoClass);
    expect(error).toBeInstanceOf(OvhApiError);
    expect(error).toBeInstanceOf(ApiError);
    expect(error.status).toBe(status);
    expect(error.errorCode).toBe(errorCode);
    expect(error.queryId).toBe('EU.ext-4.6630.12345');
    expect(error.provider).toBe('ovhcloud');
    expect(error.name).toBe(ErrorClass.name);
  });

  it('keeps OVH classes apart: a 404 is not a NotGrantedCallError nor a 403 class', () => {
    const notFound = errorFor(404, { class: 'Client::NotFound', message: 'x' });
    expect(notFound).not.toBeInstanceOf(NotGrantedCallError);
    expect(notFound).not.toBeInstanceOf(CoreForbiddenError);
    expect(notFound).not.toBeInstanceOf(ResourceExpiredError);
    expect(errorFor(403, { errorCode: 'SOMETHING_ELSE', message: 'x' })).not.toBeInstanceOf(NotGrantedCallError);
    expect(new Error('plain')).not.toBeInstanceOf(OvhApiError);
    expect(null).not.toBeInstanceOf(OvhApiError);
  });

  it('builds a message with status, request, OVH message and query id; exposes class and code', () => {
    const error = errorFor(404, { class: 'Client::NotFound', message: 'This service does not exist' });
    expect(error.message).toBe(`404 Not Found: GET ${url} — This service does not exist (request id EU.ext-4.6630.12345)`);
    expect(error.class).toBe('Client::NotFound');
    expect(error.code).toBe('Client::NotFound');
    expect(error.requestId).toBe('EU.ext-4.6630.12345');
  });

  it('carries IAM details (arrays or comma-separated strings) and names the missing actions', () => {
    const error = errorFor(403, {
      class: 'Client::Forbidden',
      errorCode: 'FORBIDDEN',
      message: 'This call has not been granted',
      details: {
        unauthorizedActionsByAuthentication: 'dnsZone:apiovh:record/create, dnsZone:apiovh:record/delete',
        unauthorizedActionsByIAM: ['dnsZone:apiovh:record/create'],
      },
    });
    expect(error).toBeInstanceOf(CoreForbiddenError);
    expect(error.unauthorizedActionsByAuthentication).toEqual(['dnsZone:apiovh:record/create', 'dnsZone:apiovh:record/delete']);
    expect(error.unauthorizedActionsByIAM).toEqual(['dnsZone:apiovh:record/create']);
    expect(error.message).toContain('[missing IAM actions — not allowed by the credential: dnsZone:apiovh:record/create, dnsZone:apiovh:record/delete; denied by IAM policies: dnsZone:apiovh:record/create]');
    expect(error.toJSON()).toMatchObject({
      name: 'ForbiddenError',
      status: 403,
      queryId: 'EU.ext-4.6630.12345',
      errorCode: 'FORBIDDEN',
      class: 'Client::Forbidden',
      unauthorizedActionsByIAM: ['dnsZone:apiovh:record/create'],
    });
  });

  it('handles non-JSON and empty bodies', () => {
    const html = errorFor(502, '<html><title>502 Bad Gateway</title></html>');
    expect(html).toBeInstanceOf(ServerError);
    expect(html.message).toContain('502 Bad Gateway');
    expect(errorFor(404, undefined).errorCode).toBeUndefined();
    expect(errorFor(404, undefined, { 'X-Ovh-QueryID': '' }).queryId).toBeUndefined();
  });

  it('keeps Retry-After on 429', () => {
    const error = errorFor(429, { message: 'slow down' }, { 'Retry-After': '3' });
    expect(error).toBeInstanceOf(RateLimitedError);
    expect(error).toMatchObject({ retryAfterMs: 3000 });
  });

  it('serialises OVH fields in util.inspect', () => {
    const rendered = inspect(errorFor(460, { class: 'Client::Expired', message: 'Service expired' }));
    expect(rendered).toContain('ResourceExpiredError');
    expect(rendered).toContain("queryId: 'EU.ext-4.6630.12345'");
  });
});

describe('NetworkError', () => {
  it('is the category of core transport failures, not of aborts or API errors', () => {
    const target = { method: 'GET', url };
    expect(new ConnectionError({ ...target, cause: new Error('ECONNRESET') })).toBeInstanceOf(NetworkError);
    expect(new TimeoutError({ ...target, timeoutMs: 10 })).toBeInstanceOf(NetworkError);
    expect(new AbortError(target)).not.toBeInstanceOf(NetworkError);
    expect(errorFor(500, {})).not.toBeInstanceOf(NetworkError);
  });
});
