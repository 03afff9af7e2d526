import { createServer } from 'node:http';
import { createServer as createNetServer, type AddressInfo, type Socket } from 'node:net';
import { AbortError, TimeoutError } from '@stratus/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOvhClient } from '../src/client/create-ovh-client.js';
import { ResourceNotFoundError } from '../src/errors/ovh-errors.js';
import { createNodeFetch } from '../src/node/create-node-fetch.js';
import { MOCK_CREDENTIALS, startOvhEmulator, type OvhEmulator } from './support/ovh-emulator.js';
import { meApi } from './support/test-apis.js';

// The Node-only fetch under the real client, against the signature-checking loopback emulator.
let emulator: OvhEmulator;
const nodeFetch = createNodeFetch();

beforeAll(async () => {
  emulator = await startOvhEmulator({ ...MOCK_CREDENTIALS, clockOffsetSeconds: 120 });
  emulator.route('GET', '/1.0/me', () => ({ body: { nichandle: 'xx1234-ovh', note: 'é✓' } }));
  emulator.route('POST', '/1.0/domain/zone/{zoneName}/record', (request) => ({ body: { echo: JSON.parse(request.body) as unknown } }));
  emulator.route('PUT', '/1.0/domain/zone/{zoneName}/record/{id}', () => ({}));
  emulator.route('DELETE', '/1.0/domain/zone/{zoneName}/record/{id}', () => ({ body: null }));
  emulator.route('GET', '/1.0/domain/zone/{zoneName}/record/{id}', () => ({ status: 404, body: { class: 'Client::NotFound', message: 'The requested object (id = 9) does not exist' } }));
  emulator.route('GET', '/1.0/slow', async () => {
    await new Promise((resolve) => setTimeout(resolve, 500));
    return { body: 'late' };
  });
});
afterAll(async () => {
  await nodeFetch.close();
  await emulator.close();
});

const newClient = (options: { timeoutMs?: number } = {}) =>
  createOvhClient({ endpoint: emulator.baseUrl, ...MOCK_CREDENTIALS, apis: [meApi], fetch: nodeFetch, maxRetries: 0, ...options });

describe('createNodeFetch (@stratus/ovh/node)', () => {
  it('carries signed GET/POST/PUT/DELETE that the emulator verifies, with UTF-8 bodies both ways', async () => {
    const client = newClient();
    await expect(client.get('/me')).resolves.toEqual({ nichandle: 'xx1234-ovh', note: 'é✓' });
    await expect(client.request('POST', '/domain/zone/{zoneName}/record', { zoneName: 'example.com', target: 'ünïcode' })).resolves.toEqual({ echo: { target: 'ünïcode' } });
    await expect(client.request('PUT', '/domain/zone/{zoneName}/record/{id}', { zoneName: 'example.com', id: 1, ttl: 60 })).resolves.toBeUndefined();
    await expect(client.request('DELETE', '/domain/zone/{zoneName}/record/{id}', { zoneName: 'example.com', id: 1 })).resolves.toBeNull();
    const apiCalls = emulator.requests.filter((request) => request.path !== '/1.0/auth/time');
    expect(apiCalls.map((request) => [request.method, request.verdict])).toEqual([
      ['GET', 'ok'],
      ['POST', 'ok'],
      ['PUT', 'ok'],
      ['DELETE', 'ok'],
    ]);
    expect(apiCalls[1]?.headers['content-length']).toBe(String(Buffer.byteLength('{"target":"ünïcode"}')));
  });

  it('returns error responses with their status and headers, so the client throws the OVH error class', async () => {
    const error = await newClient()
      .request('GET', '/domain/zone/{zoneName}/record/{id}', { zoneName: 'example.com', id: 9 })
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ResourceNotFoundError);
    expect(error).toMatchObject({ status: 404, queryId: expect.stringMatching(/^EU\.ext-emulator\./) as unknown });
  });

  it('is aborted by the per-attempt timeout and by the caller signal', async () => {
    await expect(newClient({ timeoutMs: 50 }).request('GET', '/slow')).rejects.toBeInstanceOf(TimeoutError);
    const controller = new AbortController();
    const pending = newClient().request('GET', '/slow', undefined, { signal: controller.signal });
    setTimeout(() => controller.abort(), 20);
    await expect(pending).rejects.toBeInstanceOf(AbortError);
  });

  it('times out and aborts even while the connection is still being set up', async () => {
    // Accepts TCP but never answers the TLS handshake: the request never reaches the wire.
    const held: Socket[] = [];
    const silent = createNetServer((socket) => held.push(socket));
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    const url = `https://127.0.0.1:${(silent.address() as AddressInfo).port}/1.0/me`;
    const ownFetch = createNodeFetch();
    try {
      const started = Date.now();
      await expect(ownFetch(url, { method: 'GET', headers: {}, timeoutMs: 100 })).rejects.toBeInstanceOf(TimeoutError);
      const controller = new AbortController();
      setTimeout(() => controller.abort(new Error('caller gave up')), 50);
      await expect(ownFetch(url, { method: 'GET', headers: {}, signal: controller.signal })).rejects.toThrow('caller gave up');
      expect(Date.now() - started).toBeLessThan(2000);
    } finally {
      await ownFetch.destroy();
      for (const socket of held) socket.destroy();
      await new Promise((resolve) => silent.close(resolve));
    }
  });

  it('keeps one connection alive across sequential calls and closes it on close()', async () => {
    const sockets: Socket[] = [];
    const server = createServer((_req, res) => res.writeHead(200, { 'Content-Type': 'application/json' }).end('1'));
    server.on('connection', (socket: Socket) => sockets.push(socket));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const ownFetch = createNodeFetch();
    try {
      const client = createOvhClient({ endpoint: `http://127.0.0.1:${(server.address() as AddressInfo).port}/1.0`, accessToken: 'token', fetch: ownFetch });
      for (let index = 0; index < 5; index++) expect(await client.get('/x')).toBe(1);
      expect(sockets).toHaveLength(1);
      const closed = new Promise((resolve) => sockets[0]!.once('close', resolve));
      await ownFetch.close();
      await closed;
    } finally {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    }
  });

  it('refuses URLs that are not http or https', async () => {
    await expect(nodeFetch('file:///etc/passwd', { method: 'GET', headers: {} })).rejects.toThrow(/unsupported protocol in file:/);
  });
});
