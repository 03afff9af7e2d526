import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface RecordedRequest {
  method: string;
  path: string;
  headers: IncomingMessage['headers'];
  body: unknown;
}

export interface FakeOpenStack {
  baseUrl: string;
  authUrl: string;
  requests: RecordedRequest[];
  authRequests: () => RecordedRequest[];
  /** Tokens still accepted by the fake services. */
  valid: Set<string>;
  /** Lifetime of issued tokens in ms (null = never expires). */
  tokenLifetimeMs: number | null;
  /** Keystone answers 401 to the next authentications. */
  rejectAuth: number;
  /** Services answer 401 to every call, whatever the token. */
  alwaysUnauthorized: boolean;
  now: () => number;
  /** Microversion ranges the fake Nova and Placement announce (version documents) and enforce (406). */
  microversions: { compute: { min: string; max: string }; placement: { min: string; max: string } };
  close: () => Promise<void>;
}

export const PROJECT_ID = 'p0123456789abcdef';

function catalog(base: string) {
  const entry = (type: string, url: string, iface = 'public', region = 'RegionOne') => ({
    type,
    id: `${type}-id`,
    endpoints: [{ id: `${type}-${iface}`, interface: iface, region, region_id: region, url }],
  });
  return [
    entry('identity', `${base}/identity/v3`),
    entry('compute', `${base}/compute/v2.1`),
    entry('network', `${base}/network`),
    entry('volumev3', `${base}/volume/v3/${PROJECT_ID}`),
    entry('object-store', `${base}/swift/v1/AUTH_${PROJECT_ID}`),
    entry('iot', `${base}/iot`),
    entry('image', `${base}/image`, 'internal'),
    entry('placement', `${base}/placement`),
  ];
}

/** A loopback Keystone + fake services: tokens are `tok-1`, `tok-2`… and services check X-Auth-Token. */
export async function startFakeOpenStack(): Promise<FakeOpenStack> {
  let issued = 0;
  const fake = {
    requests: [] as RecordedRequest[],
    valid: new Set<string>(),
    tokenLifetimeMs: 3_600_000 as number | null,
    rejectAuth: 0,
    alwaysUnauthorized: false,
    now: () => Date.now(),
    microversions: { compute: { min: '2.1', max: '2.104' }, placement: { min: '1.0', max: '1.39' } },
  } as FakeOpenStack;

  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const text = Buffer.concat(chunks).toString('utf8');
      const body = text ? JSON.parse(text) : undefined;
      const path = req.url ?? '/';
      fake.requests.push({ method: req.method ?? '', path, headers: req.headers, body });
      const json = (status: number, payload: unknown, headers: Record<string, string> = {}) => {
        res.writeHead(status, { 'Content-Type': 'application/json', ...headers });
        res.end(JSON.stringify(payload));
      };

      if (path.startsWith('/identity/v3/auth/tokens')) {
        if (req.method === 'DELETE') {
          fake.valid.delete(String(req.headers['x-subject-token']));
          res.writeHead(204).end();
          return;
        }
        if (fake.rejectAuth > 0) {
          fake.rejectAuth -= 1;
          json(401, { error: { code: 401, title: 'Unauthorized', message: 'The request you have made requires authentication.' } });
          return;
        }
        issued += 1;
        const token = `tok-${issued}`;
        fake.valid.add(token);
        const now = fake.now();
        json(
          201,
          {
            token: {
              methods: body.auth.identity.methods,
              issued_at: new Date(now).toISOString(),
              expires_at: fake.tokenLifetimeMs === null ? null : new Date(now + fake.tokenLifetimeMs).toISOString(),
              project: { id: PROJECT_ID, name: 'demo', domain: { id: 'default', name: 'Default' } },
              user: { id: 'u1', name: 'demo', domain: { id: 'default', name: 'Default' } },
              roles: [{ id: 'r1', name: 'member' }],
              catalog: catalog(fake.baseUrl),
            },
          },
          { 'X-Subject-Token': token },
        );
        return;
      }

      // Version documents, public as in Nova and Placement.
      if (req.method === 'GET' && path === '/compute/v2.1/') {
        const { min, max } = fake.microversions.compute;
        json(200, { version: { id: 'v2.1', status: 'CURRENT', version: max, min_version: min, links: [{ href: `${fake.baseUrl}/compute/v2.1/`, rel: 'self' }] } });
        return;
      }
      if (req.method === 'GET' && path === '/placement/') {
        const { min, max } = fake.microversions.placement;
        json(200, { versions: [{ id: 'v1.0', status: 'CURRENT', max_version: max, min_version: min, links: [] }] });
        return;
      }

      const token = String(req.headers['x-auth-token'] ?? '');
      if (fake.alwaysUnauthorized || !fake.valid.has(token)) {
        json(401, { error: { code: 401, title: 'Unauthorized', message: 'The request you have made requires authentication.' } });
        return;
      }
      // Nova / Placement microversion checks: a version outside the range is 406, as the real services answer.
      const service = path.startsWith('/compute/') ? 'compute' : path.startsWith('/placement/') ? 'placement' : undefined;
      const header = service === 'compute' ? req.headers['x-openstack-nova-api-version'] : String(req.headers['openstack-api-version'] ?? '').split(' ')[1];
      if (service && typeof header === 'string' && header !== '') {
        const { min, max } = fake.microversions[service];
        const minor = (version: string) => Number(version.split('.')[1]);
        if (minor(header) < minor(min) || minor(header) > minor(max)) {
          json(406, { computeFault: { code: 406, message: `Version ${header} is not supported by the API. Minimum is ${min} and maximum is ${max}.` } });
          return;
        }
      }
      json(200, { path, method: req.method, echo: body ?? null, flavors: [{ id: '1', name: 'standard.tiny' }], boards: [{ uuid: 'b1', name: 'board-1' }] });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  fake.baseUrl = `http://127.0.0.1:${port}`;
  fake.authUrl = `${fake.baseUrl}/identity/v3`;
  fake.authRequests = () => fake.requests.filter((r) => r.path.startsWith('/identity/v3/auth/tokens') && r.method === 'POST');
  fake.close = () =>
    new Promise<void>((resolve, reject) => {
      server.closeAllConnections();
      server.close((error) => (error ? reject(error) : resolve()));
    });
  return fake;
}
