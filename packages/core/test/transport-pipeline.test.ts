/**
 * createTransportPipeline: core's pipeline called with plain-object messages (Keystone, OpenvCloud),
 * without the fetch adapter; readBodyText; the adapter's `textBodies` option (the OVH fetch client).
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createTokenAuth } from '../src/auth/create-token-auth.js';
import { toFetch } from '../src/pipeline/fetch-adapter.js';
import type { StreamingHttpRequest } from '../src/pipeline/http-message.js';
import { readBodyText } from '../src/pipeline/read-body-text.js';
import { createTransportPipeline } from '../src/transport/create-transport.js';
import { getResponseOrigin } from '../src/transport/response-origin.js';

afterEach(() => vi.unstubAllGlobals());

describe('createTransportPipeline', () => {
  it('calls the global fetch with (url, init), signed, and answers with the parsed JSON', async () => {
    const calls: unknown[][] = [];
    vi.stubGlobal('fetch', async (...args: unknown[]) => {
      calls.push(args);
      return Response.json({ ok: 1 }, { headers: { 'x-request-id': 'r1' } });
    });
    const send = createTransportPipeline({ auth: createTokenAuth({ token: 't0k', scheme: 'Bearer' }) });
    const response = await send({ method: 'POST', url: 'https://api.test/x', headers: { 'content-type': 'application/json' }, body: '{"a":1}' });

    expect(calls).toHaveLength(1);
    const [url, init] = calls[0] as [unknown, RequestInit & { headers: Record<string, string> }];
    expect(url).toBe('https://api.test/x');
    expect(init.body).toBe('{"a":1}');
    expect(init.headers).toMatchObject({ 'content-type': 'application/json', authorization: 'Bearer t0k' });
    expect(init.headers['user-agent']).toMatch(/^stratus\//);
    expect(response.status).toBe(200);
    expect(response.json).toEqual({ value: { ok: 1 } });
    expect(response.headers.get('x-request-id')).toBe('r1');
  });

  it('retries an idempotent message after a 503, and validates its options like createTransport', async () => {
    let attempts = 0;
    const send = createTransportPipeline({ retryDelay: { baseMs: 0, maxMs: 0 }, fetch: async () => (++attempts === 1 ? new Response('down', { status: 503 }) : new Response('up')) });
    const response = await send({ method: 'GET', url: 'https://api.test/y', headers: {} });
    expect(attempts).toBe(2);
    expect(await readBodyText(response)).toBe('up');
    expect(() => createTransportPipeline({ maxRetries: -1 })).toThrow(/maxRetries must be a non-negative integer/);
  });
});

describe('readBodyText', () => {
  it('returns a body read as text, reads a stream, and gives "" for no body', async () => {
    expect(await readBodyText({ body: 'already' })).toBe('already');
    expect(await readBodyText({ body: new Response('streamed').body })).toBe('streamed');
    expect(await readBodyText({ body: null })).toBe('');
  });
});

describe('toFetch textBodies', () => {
  const seenBy = (options: Parameters<typeof toFetch>[1]) => {
    const seen: StreamingHttpRequest[] = [];
    const fetch = toFetch(async (request) => {
      seen.push(request);
      request.url = request.url.replace('/z', '/v2/z');
      return { status: 200, statusText: 'OK', headers: new Headers(), body: 'done' };
    }, options);
    return { seen, fetch };
  };

  it('reads a body of any content type as its exact text when set, as bytes otherwise', async () => {
    const request = () => new Request('https://api.test/z', { method: 'PUT', headers: { 'content-type': 'application/octet-stream' }, body: 'é raw' });
    const text = seenBy({ textBodies: true });
    await text.fetch(request());
    expect(text.seen[0]?.body).toBe('é raw');
    const bytes = seenBy({});
    await bytes.fetch(request());
    expect(bytes.seen[0]?.body).toBeInstanceOf(Uint8Array);
  });

  it('records the origin with the URL as send left it', async () => {
    const { fetch } = seenBy({ provider: 'p' });
    const response = await fetch('https://api.test/z?token=s3cret');
    expect(await response.text()).toBe('done');
    expect(getResponseOrigin(response)).toEqual({ method: 'GET', url: 'https://api.test/v2/z?token=[REDACTED]', provider: 'p' });
  });
});
