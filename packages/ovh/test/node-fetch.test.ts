import { createServer, type IncomingMessage } from 'node:http';
import { connect, createServer as createNetServer, type AddressInfo, type Socket } from 'node:net';
import { AbortError, StratusError, TimeoutError } from '@stratus/core';
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
    // The body python-ovh sends: ASCII, non-ASCII escaped.
    expect(apiCalls[1]?.body).toBe('{"target":"\\u00fcn\\u00efcode"}');
    expect(apiCalls[1]?.headers['content-length']).toBe(String('{"target":"\\u00fcn\\u00efcode"}'.length));
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
      // Both calls settle (the test's own timeout would fail a hang) with the error of what ended them.
      await expect(ownFetch(url, { method: 'GET', headers: {}, timeoutMs: 100 })).rejects.toBeInstanceOf(TimeoutError);
      const controller = new AbortController();
      setTimeout(() => controller.abort(new Error('caller gave up')), 50);
      await expect(ownFetch(url, { method: 'GET', headers: {}, signal: controller.signal })).rejects.toThrow('caller gave up');
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

  it('goes through a proxy given by URL, with its credentials as Proxy-Authorization', async () => {
    const proxy = await startConnectProxy();
    const viaProxy = createNodeFetch({ proxy: proxy.url.replace('//', '//ops:p%40ss@') });
    try {
      const client = createOvhClient({ endpoint: emulator.baseUrl, ...MOCK_CREDENTIALS, apis: [meApi], fetch: viaProxy });
      await expect(client.get('/me')).resolves.toMatchObject({ nichandle: 'xx1234-ovh' });
      expect(proxy.tunnels).toContain(new URL(emulator.baseUrl).host);
      expect(proxy.authorizations).toContain(`Basic ${Buffer.from('ops:p@ss').toString('base64')}`);
      expect(emulator.requests.at(-1)?.verdict).toBe('ok');
    } finally {
      await viaProxy.destroy();
      await proxy.close();
    }
  });

  it("follows HTTP_PROXY and NO_PROXY with proxy: 'env'", async () => {
    const proxy = await startConnectProxy();
    const saved = { HTTP_PROXY: process.env['HTTP_PROXY'], NO_PROXY: process.env['NO_PROXY'] };
    const url = `${emulator.baseUrl}/me`;
    try {
      process.env['HTTP_PROXY'] = proxy.url;
      delete process.env['NO_PROXY'];
      const proxied = createNodeFetch({ proxy: 'env' });
      expect((await proxied(url, { method: 'GET', headers: {}, timeoutMs: 5000 })).status).toBeGreaterThan(0);
      await proxied.destroy();
      expect(proxy.tunnels).toHaveLength(1);

      process.env['NO_PROXY'] = '127.0.0.1';
      const direct = createNodeFetch({ proxy: 'env' });
      expect((await direct(url, { method: 'GET', headers: {}, timeoutMs: 5000 })).status).toBeGreaterThan(0);
      await direct.destroy();
      expect(proxy.tunnels).toHaveLength(1);
    } finally {
      for (const [name, value] of Object.entries(saved)) {
        if (value === undefined) delete process.env[name];
        else process.env[name] = value;
      }
      await proxy.close();
    }
  });

  it('rejects a proxy that is not a URL it can use, without showing its credentials', () => {
    const attempt = () => createNodeFetch({ proxy: 'ftp://ops:hunter2@proxy.example:21' });
    expect(attempt).toThrow(StratusError);
    expect(attempt).toThrow(/proxy must be 'env' or an http:, https: or socks5: URL, got "ftp:\/\/\[REDACTED\]@proxy\.example:21"/);
    expect(attempt).not.toThrow(/hunter2/);
  });

  it('refuses URLs that are not http or https', async () => {
    await expect(nodeFetch('file:///etc/passwd', { method: 'GET', headers: {} })).rejects.toThrow(/unsupported protocol in file:/);
  });
});

// A CONNECT proxy on loopback that records the tunnels it opened and the credentials it was sent.
async function startConnectProxy() {
  const tunnels: string[] = [];
  const authorizations: Array<string | undefined> = [];
  const sockets = new Set<Socket>();
  const proxy = createServer((_request, response) => response.writeHead(405).end());
  proxy.on('connect', (request: IncomingMessage, clientSocket: Socket, head: Buffer) => {
    tunnels.push(request.url ?? '');
    authorizations.push(request.headers['proxy-authorization']);
    const [host, port] = (request.url ?? '').split(':');
    const upstream = connect(Number(port), host!, () => {
      clientSocket.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      upstream.write(head);
      upstream.pipe(clientSocket);
      clientSocket.pipe(upstream);
    });
    for (const socket of [clientSocket, upstream]) {
      sockets.add(socket);
      socket.on('error', () => {});
      socket.on('close', () => {
        clientSocket.destroy();
        upstream.destroy();
      });
    }
  });
  await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(proxy.address() as AddressInfo).port}`,
    tunnels,
    authorizations,
    close: async () => {
      for (const socket of sockets) socket.destroy();
      await new Promise((resolve) => proxy.close(resolve));
    },
  };
}
