import { describe, expect, it } from 'vitest';
import { ConnectionError, InvalidResponseError } from '../src/errors/transport-errors.js';
import type { StreamingHttpRequest, StreamingHttpResponse } from '../src/pipeline/http-message.js';
import { isJsonContentType, jsonBodyPolicy } from '../src/pipeline/json-body-policy.js';

const json = { 'content-type': 'application/json; charset=utf-8', 'x-openstack-request-id': 'req-1' };
const request: StreamingHttpRequest = { method: 'GET', url: 'https://h/servers?token=abc', headers: {} };
// What the fetch sender answers: the body still a stream.
const answer = (response: Response): StreamingHttpResponse => ({ status: response.status, statusText: response.statusText, headers: response.headers, body: response.body });
const respondWith = (response: Response | StreamingHttpResponse) => async () => (response instanceof Response ? answer(response) : response);
const send = (policyRequest: StreamingHttpRequest, response: Response | StreamingHttpResponse) => jsonBodyPolicy().send(policyRequest, respondWith(response));

describe('jsonBodyPolicy', () => {
  it('is the named `json` step: reads the body as text, keeps status, status text and headers, and the parsed value', async () => {
    expect(jsonBodyPolicy().name).toBe('json');
    const response = await send(request, new Response('{"servers":[]}', { status: 200, statusText: 'Fine', headers: json }));
    expect(response.status).toBe(200);
    expect(response.statusText).toBe('Fine');
    expect(response.headers.get('x-openstack-request-id')).toBe('req-1');
    expect(response.body).toBe('{"servers":[]}');
    expect(response.json).toEqual({ value: { servers: [] } });
  });

  it('throws InvalidResponseError (redacted) for an invalid JSON success body', async () => {
    const error = await send(request, new Response('{"access_token":"tok-1", "x":', { headers: json })).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InvalidResponseError);
    const invalid = error as InvalidResponseError;
    expect(invalid.status).toBe(200);
    expect(invalid.contentType).toBe('application/json; charset=utf-8');
    expect(invalid.url).toBe('https://h/servers?token=[REDACTED]');
    expect(invalid.bodyExcerpt).not.toContain('tok-1');
    expect(invalid.cause).toBeInstanceOf(SyntaxError);
  });

  it('does not validate error responses (a garbage 502 page stays a 502)', async () => {
    const response = await send(request, new Response('<html>bad gateway', { status: 502, headers: json }));
    expect(response.status).toBe(502);
    expect(response.body).toBe('<html>bad gateway');
    expect(response.json).toBeUndefined();
  });

  it('tolerates an empty JSON body', async () => {
    const response = await send(request, new Response('', { status: 202, headers: json }));
    expect(response.status).toBe(202);
    expect(response.body).toBe('');
    expect(response.json).toEqual({ value: undefined });
  });

  it('turns a body stream failure into ConnectionError', async () => {
    const broken = new ReadableStream({
      start(controller) {
        controller.enqueue(new TextEncoder().encode('{"a":'));
        controller.error(new TypeError('terminated'));
      },
    });
    const error = await send(request, new Response(broken, { headers: json })).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConnectionError);
    expect((error as ConnectionError).cause).toBeInstanceOf(TypeError);
  });

  it('leaves non-JSON and bodiless responses untouched', async () => {
    const text = answer(new Response('not json', { headers: { 'content-type': 'text/plain' } }));
    expect(await send(request, text)).toBe(text);
    const noContent = answer(new Response(null, { status: 204, headers: json }));
    expect(await send(request, noContent)).toBe(noContent);
    const head = answer(new Response('{', { headers: json }));
    expect(await send({ ...request, method: 'HEAD' }, head)).toBe(head);
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
