import { describe, expect, expectTypeOf, it } from 'vitest';
import { unwrap } from '../src/client/unwrap.js';
import { ApiError } from '../src/errors/api-error.js';
import { NotFoundError, ServerError } from '../src/errors/http-status-errors.js';
import { recordResponseOrigin } from '../src/transport/response-origin.js';

type Result = { data: { id: string }; error?: never; response: Response } | { data?: never; error: { message: string }; response: Response };

describe('unwrap', () => {
  it('returns data from a result or a promise of one, typed without undefined', async () => {
    const ok: Result = { data: { id: 'a' }, response: new Response(null, { status: 200 }) };
    const fromValue = await unwrap(ok);
    const fromPromise = await unwrap(Promise.resolve(ok));
    expect(fromValue).toEqual({ id: 'a' });
    expect(fromPromise).toEqual({ id: 'a' });
    expectTypeOf(fromValue).toEqualTypeOf<{ id: string }>();
    expectTypeOf(fromPromise).toEqualTypeOf<{ id: string }>();
  });

  it('throws the ApiError subclass built from the response and error body', async () => {
    const response = new Response(null, { status: 404, headers: { 'x-openstack-request-id': 'req-9' } });
    recordResponseOrigin(response, { method: 'GET', url: 'https://h/servers/x', provider: 'openstack-compute' });
    const result: Result = { error: { message: 'Server x not found' }, response };
    const error = await unwrap(result).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NotFoundError);
    expect((error as NotFoundError).message).toBe('404 Not Found: GET https://h/servers/x — Server x not found (request id req-9)');
    expect((error as NotFoundError).provider).toBe('openstack-compute');
  });

  it('throws for an error status even without a body (openapi-fetch gives error: undefined)', async () => {
    const result = { error: undefined, response: new Response(null, { status: 503 }) };
    const error = await unwrap(result, { provider: 'ovhcloud' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ServerError);
    expect((error as ApiError).provider).toBe('ovhcloud');
    expect((error as ApiError).message).toBe('503 Service Unavailable: unknown request');
  });

  it('returns undefined for bodiless successes', async () => {
    expect(await unwrap({ data: undefined, response: new Response(null, { status: 204 }) })).toBeUndefined();
  });

  it('propagates rejections of the result promise unchanged', async () => {
    const failure = new Error('network');
    await expect(unwrap(Promise.reject<Result>(failure))).rejects.toBe(failure);
  });
});
