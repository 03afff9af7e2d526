import { describe, expect, it } from 'vitest';
import { ConnectionError, InvalidResponseError } from '../src/errors/transport-errors.js';
import { isJsonContentType, jsonBodyPolicy } from '../src/transport/json-body-policy.js';

const json = { 'content-type': 'application/json; charset=utf-8', 'x-openstack-request-id': 'req-1' };
const request = new Request('https://h/servers?token=abc');
const respondWith = (response: Response) => async () => response;

describe('jsonBodyPolicy', () => {
  it('returns a readable copy with the same status, status text and headers', async () => {
    const response = await jsonBodyPolicy()(request, respondWith(new Response('{"servers":[]}', { status: 200, statusText: 'Fine', headers: json })));
    expect(response.status).toBe(200);
    expect(response.statusText).toBe('Fine');
    expect(response.headers.get('x-openstack-request-id')).toBe('req-1');
    expect(await response.json()).toEqual({ servers: [] });
  });

  it('throws InvalidResponseError (redacted) for an invalid JSON success body', async () => {
    const error = await jsonBodyPolicy()(request, respondWith(new Response('{"access_token":"tok-1", "x":', { headers: json }))).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InvalidResponseError);
    const invalid = error as InvalidResponseError;
    expect(invalid.status).toBe(200);
    expect(invalid.contentType).toBe('application/json; charset=utf-8');
    expect(invalid.url).toBe('https://h/servers?token=[REDACTED]');
    expect(invalid.bodyExcerpt).not.toContain('tok-1');
    expect(invalid.cause).toBeInstanceOf(SyntaxError);
  });

  it('does not validate error responses (a garbage 502 page stays a 502)', async () => {
    const response = await jsonBodyPolicy()(request, respondWith(new Response('<html>bad gateway', { status: 502, headers: json })));
    expect(response.status).toBe(502);
    expect(await response.text()).toBe('<html>bad gateway');
  });

  it('tolerates an empty JSON body', async () => {
    const response = await jsonBodyPolicy()(request, respondWith(new Response('', { status: 202, headers: json })));
    expect(response.status).toBe(202);
    expect(await response.text()).toBe('');
  });

  it('turns a body stream failure into ConnectionError', async () => {
    const broken = new ReadableStream({
      start(controller) {
        controller.enqueue(new TextEncoder().encode('{"a":'));
        controller.error(new TypeError('terminated'));
      },
    });
    const error = await jsonBodyPolicy()(request, respondWith(new Response(broken, { headers: json }))).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConnectionError);
    expect((error as ConnectionError).cause).toBeInstanceOf(TypeError);
  });

  it('leaves non-JSON and bodiless responses untouched', async () => {
    const text = new Response('not json', { headers: { 'content-type': 'text/plain' } });
    expect(await jsonBodyPolicy()(request, respondWith(text))).toBe(text);
    const noContent = new Response(null, { status: 204, headers: json });
    expect(await jsonBodyPolicy()(request, respondWith(noContent))).toBe(noContent);
    const head = new Response('{', { headers: json });
    expect(await jsonBodyPolicy()(new Request('https://h/', { method: 'HEAD' }), respondWith(head))).toBe(head);
  });
});

describe('isJsonContentType', () => {
  it.each(['application/json', 'Application/JSON; charset=utf-8', 'application/problem+json', 'application/vnd.api+json'])('accepts %s', (type) => {
    expect(isJsonContentType(type)).toBe(true);
  });
  it.each(['', 'text/plain', 'text/html', 'application/jsonp', 'application/octet-stream'])('rejects %s', (type) => {
    expect(isJsonContentType(type)).toBe(false);
  });
});
