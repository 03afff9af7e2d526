import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import type { TLSSocket } from 'node:tls';
import { createFakeKeystone, KEYSTONE_NO_ROUTE, type Reply } from '../support/fake-keystone.js';
import type { TestPki } from './test-pki.js';

export const FLAVORS = [{ id: '1', name: 'standard.tiny', ram: 1024, vcpus: 1, disk: 10 }];

export interface HttpsKeystone {
  authUrl: string;
  /** Every request, with the client certificate's subject CN when one was presented and verified. */
  requests: { method: string; path: string; clientCn: string | undefined }[];
  close(): Promise<void>;
}

/**
 * Keystone (the unit tests' fake) and a compute flavor list on a loopback HTTPS server whose certificate
 * the test CA signed. `clientCertificate: 'required'`: the handshake fails without a client
 * certificate the CA signed.
 */
export async function startHttpsKeystone(pki: TestPki, options: { clientCertificate?: 'requested' | 'required' } = {}): Promise<HttpsKeystone> {
  const valid = new Set<string>();
  let baseUrl = '';
  const catalog = () => [
    { id: 'identity-id', type: 'identity', name: 'keystone', endpoints: [{ id: 'i', interface: 'public', region_id: 'RegionOne', region: 'RegionOne', url: `${baseUrl}/identity/v3` }] },
    { id: 'compute-id', type: 'compute', name: 'nova', endpoints: [{ id: 'c', interface: 'public', region_id: 'RegionOne', region: 'RegionOne', url: `${baseUrl}/compute/v2.1` }] },
  ];
  const keystone = createFakeKeystone({ valid, tokenLifetimeMs: 3_600_000, now: () => Date.now() }, catalog);
  const requests: HttpsKeystone['requests'] = [];

  const route = (method: string, path: string, token: string, body: unknown): Reply => {
    if (path === '/identity/v3/auth/tokens' && method === 'POST') return keystone.authenticate(body as Record<string, unknown> | undefined);
    if (path === '/compute/v2.1/flavors/detail' && method === 'GET') {
      return valid.has(token) ? { status: 200, body: { flavors: FLAVORS } } : { status: 401, body: { error: { code: 401, message: 'The request you have made requires authentication.' } } };
    }
    return KEYSTONE_NO_ROUTE;
  };

  const server: Server = createServer(
    {
      key: readFileSync(pki.serverKey),
      cert: readFileSync(pki.serverCert),
      ca: readFileSync(pki.caCert),
      requestCert: options.clientCertificate !== undefined,
      rejectUnauthorized: options.clientCertificate === 'required',
    },
    (req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (chunk: Buffer) => chunks.push(chunk));
      req.on('end', () => {
        const socket = req.socket as TLSSocket;
        const peer = socket.authorized ? socket.getPeerCertificate() : undefined;
        const text = Buffer.concat(chunks).toString('utf8');
        const path = new URL(req.url ?? '/', baseUrl).pathname;
        requests.push({ method: req.method ?? '', path, clientCn: typeof peer?.subject?.CN === 'string' ? peer.subject.CN : undefined });
        const reply = route(req.method ?? 'GET', path, String(req.headers['x-auth-token'] ?? ''), text === '' ? undefined : JSON.parse(text));
        res.writeHead(reply.status, { ...(reply.body === undefined ? {} : { 'Content-Type': 'application/json' }), ...reply.headers });
        res.end(reply.body === undefined ? '' : JSON.stringify(reply.body));
      });
    },
  );
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  baseUrl = `https://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    authUrl: `${baseUrl}/identity/v3`,
    requests,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
