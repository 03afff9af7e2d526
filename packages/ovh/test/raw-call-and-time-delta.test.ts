import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { ConnectionError } from '@stratus/core';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { createOvhClient } from '../src/client/create-ovh-client.js';
import { MOCK_CREDENTIALS } from './support/ovh-emulator.js';

const base = 'https://eu.api.ovh.com/1.0';
let serverTime = 0;
let timeCalls = 0;
const seen: Request[] = [];
const server = setupServer(
  http.get(`${base}/auth/time`, () => {
    timeCalls++;
    return HttpResponse.json(serverTime);
  }),
  http.get(`${base}/missing`, ({ request }) => {
    seen.push(request.clone());
    return HttpResponse.json({ class: 'Client::NotFound', message: 'This service does not exist' }, { status: 404, headers: { 'X-Ovh-QueryID': 'EU.ext-1.raw' } });
  }),
  http.post(`${base}/things`, async ({ request }) => {
    seen.push(request.clone());
    return new HttpResponse('<html>not json</html>', { status: 200, headers: { 'Content-Type': 'text/html' } });
  }),
  http.get(`${base}/down`, () => HttpResponse.error()),
);
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  server.resetHandlers();
  seen.length = 0;
  timeCalls = 0;
  vi.useRealTimers();
});
afterAll(() => server.close());

describe('client.rawCall (python-ovh raw_call)', () => {
  it('answers an error status as received: status, headers and body text, nothing thrown', async () => {
    const client = createOvhClient({ ...MOCK_CREDENTIALS });
    serverTime = Math.floor(Date.now() / 1000);
    const raw = await client.rawCall('GET', '/missing', { q: "it's" });
    expect(raw).toMatchObject({ status: 404, body: '{"class":"Client::NotFound","message":"This service does not exist"}', queryId: 'EU.ext-1.raw' });
    expect(raw.headers.get('content-type')).toContain('application/json');
    // The same request as client.get would send: signed, python-ovh's query string.
    expect(seen[0]?.url).toBe(`${base}/missing?q=it%27s`);
    expect(seen[0]?.headers.get('x-ovh-signature')).toMatch(/^\$1\$[0-9a-f]{40}$/);
  });

  it('does not parse the body: a non-JSON 200 comes back as text', async () => {
    const client = createOvhClient({ accessToken: 'token' });
    await expect(client.rawCall('POST', '/things', { name: 'café' })).resolves.toMatchObject({ status: 200, body: '<html>not json</html>' });
    await expect(seen[0]?.text()).resolves.toBe('{"name":"caf\\u00e9"}');
  });

  it('still throws when there is no response at all', async () => {
    const client = createOvhClient({ accessToken: 'token', maxRetries: 0 });
    await expect(client.rawCall('GET', '/down')).rejects.toBeInstanceOf(ConnectionError);
  });
});

describe('client.timeDelta (python-ovh time_delta)', () => {
  it('is server time minus local time, fetched once and kept', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(1457018875467); // python-ovh's test: local 1457018875.467238, server 1457018881 → 6
    serverTime = 1457018881;
    const client = createOvhClient({ ...MOCK_CREDENTIALS });
    const [first, second] = await Promise.all([client.timeDelta(), client.timeDelta()]);
    expect([first, second]).toEqual([6, 6]);
    await expect(client.timeDelta()).resolves.toBe(6);
    expect(timeCalls).toBe(1);
  });

  it('is the delta signed requests use', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(1_700_000_000_000);
    serverTime = 1_700_000_000 - 42;
    const client = createOvhClient({ ...MOCK_CREDENTIALS });
    await client.rawCall('GET', '/missing');
    expect(seen[0]?.headers.get('x-ovh-timestamp')).toBe(String(1_700_000_000 - 42));
    await expect(client.timeDelta()).resolves.toBe(-42);
    expect(timeCalls).toBe(1);
  });
});
