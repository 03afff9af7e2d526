import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createFakeKeystone, KEYSTONE_NO_ROUTE, PROJECT_ID, type Reply } from './fake-keystone.js';

export { ADMIN, ADMIN_PASSWORD, APPLICATION_CREDENTIAL, DOMAIN, PASSWORD, PROJECT, PROJECT_ID, TOTP_PASSCODE, USER } from './fake-keystone.js';

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
  /** Tokens still accepted by Keystone and the services; `clear()` is a revocation of every token. */
  valid: Set<string>;
  /** Lifetime of issued tokens in ms (null = `expires_at: null`). */
  tokenLifetimeMs: number | null;
  /** Services answer 401 to every call, whatever the token (a service whose token check always fails). */
  alwaysUnauthorized: boolean;
  now: () => number;
  /** Microversion ranges the fake Nova and Placement announce (version documents) and enforce (406). */
  microversions: { compute: { min: string; max: string }; placement: { min: string; max: string } };
  close: () => Promise<void>;
}

export const FLAVORS = [{ id: '1', name: 'standard.tiny', ram: 1024, vcpus: 1, disk: 10 }];
export const BOARDS = [{ uuid: 'b1', name: 'board-1', code: 'code-b1', status: 'online' }];
export const SERVER = { id: 's1', name: 'web-1', status: 'ACTIVE' };

function catalog(base: string) {
  const entry = (type: string, name: string, url: string, iface = 'public', region = 'RegionOne') => ({
    endpoints: [{ id: `${type}-${iface}`, interface: iface, region_id: region, url, region }],
    id: `${type}-id`,
    type,
    name,
  });
  return [
    entry('identity', 'keystone', `${base}/identity/v3`),
    entry('compute', 'nova', `${base}/compute/v2.1`),
    entry('network', 'neutron', `${base}/network`),
    entry('volumev3', 'cinderv3', `${base}/volume/v3/${PROJECT_ID}`),
    entry('object-store', 'swift', `${base}/swift/v1/AUTH_${PROJECT_ID}`),
    entry('iot', 'iotronic', `${base}/iot`),
    entry('image', 'glance', `${base}/image`, 'internal'),
    entry('placement', 'placement', `${base}/placement`),
  ];
}

// Bodies below were recorded from Debian bookworm's Keystone 22, Glance 25 and Placement 8; the Nova,
// Neutron and IoTronic ones follow their sources (webob renders the pages of unknown routes).
const WEBOB_NOT_FOUND_HTML = '<html>\n <head>\n  <title>404 Not Found</title>\n </head>\n <body>\n  <h1>404 Not Found</h1>\n  The resource could not be found.<br /><br />\n\n\n\n </body>\n</html>';
const WEBOB_UNAUTHORIZED_HTML =
  '<html>\n <head>\n  <title>401 Unauthorized</title>\n </head>\n <body>\n  <h1>401 Unauthorized</h1>\n  This server could not verify that you are authorized to access the document you requested. Either you supplied the wrong credentials (e.g., bad password), or your browser does not understand how to supply the credentials required.<br /><br />\n\n\n\n </body>\n</html>';

/** webob's page for an unknown route: JSON when the client accepts it, else HTML. */
function webobNotFound(accept: string | undefined): Reply {
  if (accept?.includes('application/json')) return { status: 404, body: { message: 'The resource could not be found.<br /><br />\n\n\n', code: '404 Not Found', title: 'Not Found' } };
  return { status: 404, headers: { 'Content-Type': 'text/html; charset=UTF-8' }, body: WEBOB_NOT_FOUND_HTML };
}

const minor = (version: string) => Number(version.split('.')[1]);
const outside = (version: string, range: { min: string; max: string }) => minor(version) < minor(range.min) || minor(version) > minor(range.max);

/** A loopback Keystone + small Nova, Neutron, Placement, Glance and IoTronic: tokens are `tok-1`, `tok-2`…, checked by every service. */
export async function startFakeOpenStack(): Promise<FakeOpenStack> {
  const fake = {
    requests: [] as RecordedRequest[],
    valid: new Set<string>(),
    tokenLifetimeMs: 3_600_000 as number | null,
    alwaysUnauthorized: false,
    now: () => Date.now(),
    microversions: { compute: { min: '2.1', max: '2.104' }, placement: { min: '1.0', max: '1.39' } },
  } as FakeOpenStack;
  const keystone = createFakeKeystone(
    {
      get valid() {
        return fake.valid;
      },
      get tokenLifetimeMs() {
        return fake.tokenLifetimeMs;
      },
      now: () => fake.now(),
    },
    () => catalog(fake.baseUrl),
  );
  let requestIds = 0;

  const identityRoute = (method: string, path: string, token: string, subject: string, url: URL, body: unknown): Reply => {
    if (path === '/identity/v3/auth/tokens') {
      if (method === 'POST') return keystone.authenticate(body as Record<string, unknown> | undefined);
      if (method === 'GET') return keystone.validate(token, subject);
      if (method === 'DELETE') return keystone.revoke(token, subject);
    }
    if (path === '/identity/v3/users' && method === 'GET') return keystone.listUsers(token, url);
    return KEYSTONE_NO_ROUTE;
  };

  const route = (method: string, url: URL, headers: IncomingMessage['headers'], body: unknown): Reply => {
    const path = url.pathname;
    const token = String(headers['x-auth-token'] ?? '');
    const tokenOk = !fake.alwaysUnauthorized && fake.valid.has(token);
    // keystonemiddleware's answer in front of Placement, Nova, Neutron, IoTronic.
    const middleware401: Reply = {
      status: 401,
      headers: { 'WWW-Authenticate': `Keystone uri="${fake.baseUrl}/identity"` },
      body: { error: { code: 401, title: 'Unauthorized', message: 'The request you have made requires authentication.' } },
    };

    if (path.startsWith('/identity/')) {
      const reply = identityRoute(method, path, token, String(headers['x-subject-token'] ?? ''), url, body);
      // Keystone's 401s say where to authenticate.
      return reply.status === 401 ? { ...reply, headers: { 'WWW-Authenticate': `Keystone uri="${fake.authUrl}"`, Vary: 'X-Auth-Token', ...reply.headers } } : reply;
    }

    if (path.startsWith('/compute/')) {
      // Nova's version document is public.
      if (method === 'GET' && path === '/compute/v2.1/') {
        const { min, max } = fake.microversions.compute;
        return {
          status: 200,
          body: {
            version: {
              id: 'v2.1',
              status: 'CURRENT',
              version: max,
              min_version: min,
              updated: '2013-07-23T11:33:21Z',
              links: [{ rel: 'self', href: `${fake.baseUrl}/compute/v2.1/` }],
              'media-types': [{ base: 'application/json', type: 'application/vnd.openstack.compute+json;version=2.1' }],
            },
          },
        };
      }
      if (!tokenOk) return middleware401;
      const asked = headers['x-openstack-nova-api-version'];
      const version = typeof asked === 'string' && asked !== '' ? asked : '2.1';
      const { min, max } = fake.microversions.compute;
      // Nova's Fault for a 406 has no name of its own: "computeFault".
      if (outside(version, fake.microversions.compute)) return { status: 406, body: { computeFault: { code: 406, message: `Version ${version} is not supported by the API. Minimum is ${min} and maximum is ${max}.` } } };
      const versioned = (reply: Reply): Reply => ({
        ...reply,
        headers: { 'X-OpenStack-Nova-API-Version': version, 'OpenStack-API-Version': `compute ${version}`, Vary: 'OpenStack-API-Version, X-OpenStack-Nova-API-Version', ...reply.headers },
      });
      const rest = path.slice('/compute/v2.1'.length);
      if (method === 'GET' && rest === '/flavors') return versioned({ status: 200, body: { flavors: FLAVORS.map(({ id, name }) => ({ id, name, links: [] })) } });
      if (method === 'GET' && rest === '/flavors/detail') return versioned({ status: 200, body: { flavors: FLAVORS } });
      if (method === 'GET' && (rest === '/servers' || rest === '/servers/detail')) return versioned({ status: 200, body: { servers: [] } });
      const serverId = /^\/servers\/([^/]+)$/.exec(rest)?.[1];
      if (method === 'GET' && serverId) {
        return versioned(serverId === SERVER.id ? { status: 200, body: { server: SERVER } } : { status: 404, body: { itemNotFound: { code: 404, message: `Instance ${serverId} could not be found.` } } });
      }
      return versioned(webobNotFound(headers['accept']));
    }

    if (path.startsWith('/placement/')) {
      const range = fake.microversions.placement;
      if (method === 'GET' && path === '/placement/') {
        return { status: 200, headers: { 'openstack-api-version': 'placement 1.0', vary: 'openstack-api-version' }, body: { versions: [{ id: 'v1.0', max_version: range.max, min_version: range.min, status: 'CURRENT', links: [{ rel: 'self', href: '' }] }] } };
      }
      if (!tokenOk) return middleware401;
      const requestId = `req-${++requestIds}`;
      const asked = String(headers['openstack-api-version'] ?? '').split(' ')[1];
      const version = asked ? asked : range.min;
      if (outside(version, range)) {
        const detail = `The resource could not be generated that was acceptable to your browser (content of type application/json. \n\n Invalid microversion: Unacceptable version header: ${version}`;
        return { status: 406, body: { errors: [{ status: 406, title: 'Not Acceptable', detail, request_id: requestId, max_version: range.max, min_version: range.min }] } };
      }
      const versioned = { 'openstack-api-version': `placement ${version}`, vary: 'openstack-api-version', 'x-openstack-request-id': requestId };
      if (method === 'GET' && path === '/placement/resource_providers') return { status: 200, headers: versioned, body: { resource_providers: [] } };
      return { status: 404, headers: versioned, body: { errors: [{ status: 404, title: 'Not Found', detail: 'The resource could not be found.\n\n   ', request_id: requestId }] } };
    }

    if (path.startsWith('/network/')) {
      if (!tokenOk) return middleware401;
      if (path === '/network/v2.0/networks' && method === 'GET') return { status: 200, body: { networks: [] } };
      if (path === '/network/v2.0/networks' && method === 'POST') {
        const given = (body as { network?: { name?: string } } | undefined)?.network ?? {};
        // As Neutron 21 (ML2) answers a member's create.
        const network = {
          id: 'n-0001', name: given.name ?? '', tenant_id: PROJECT_ID, admin_state_up: true, mtu: 1450, status: 'ACTIVE', subnets: [], shared: false,
          availability_zone_hints: [], availability_zones: [], ipv4_address_scope: null, ipv6_address_scope: null, 'router:external': false, description: '',
          port_security_enabled: true, is_default: false, tags: [], created_at: '2026-01-05T10:00:00Z', updated_at: '2026-01-05T10:00:00Z', revision_number: 1, project_id: PROJECT_ID,
        };
        return { status: 201, body: { network } };
      }
      return webobNotFound(headers['accept']);
    }

    if (path.startsWith('/iot/')) {
      const range = { 'X-OpenStack-Iotronic-API-Minimum-Version': '1.0', 'X-OpenStack-Iotronic-API-Maximum-Version': '1.0' };
      // IoTronic's `/` and `/v1` are public routes.
      if (method === 'GET' && (path === '/iot/v1' || path === '/iot/v1/')) return { status: 200, headers: range, body: { id: 'v1', links: [{ href: `${fake.baseUrl}/iot/v1/`, rel: 'self' }] } };
      if (!tokenOk) return middleware401;
      if (method === 'GET' && (path === '/iot/v1/boards' || path === '/iot/v1/boards/detail')) return { status: 200, headers: range, body: { boards: BOARDS } };
      return webobNotFound(headers['accept']);
    }

    if (path.startsWith('/image/')) {
      // Glance's own 401 is webob's HTML page.
      if (!tokenOk) return { status: 401, headers: { 'Content-Type': 'text/html; charset=UTF-8', 'WWW-Authenticate': `Keystone uri="${fake.baseUrl}/identity"` }, body: WEBOB_UNAUTHORIZED_HTML };
      if (method === 'GET' && path === '/image/v2/images') return { status: 200, body: { images: [], first: '/v2/images', schema: '/v2/schemas/images' } };
      return webobNotFound(headers['accept']);
    }

    return webobNotFound(headers['accept']);
  };

  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const text = Buffer.concat(chunks).toString('utf8');
      let body: unknown = text === '' ? undefined : text;
      if (text !== '' && String(req.headers['content-type'] ?? '').includes('json')) {
        try {
          body = JSON.parse(text);
        } catch {
          // kept as text: Keystone answers 400 to a body it cannot parse
        }
      }
      const url = new URL(req.url ?? '/', fake.baseUrl);
      fake.requests.push({ method: req.method ?? '', path: url.pathname + url.search, headers: req.headers, body });
      const reply = route(req.method ?? 'GET', url, req.headers, body);
      const isText = typeof reply.body === 'string';
      const payload = reply.body === undefined ? '' : isText ? (reply.body as string) : JSON.stringify(reply.body);
      res.writeHead(reply.status, {
        ...(reply.body === undefined ? {} : { 'Content-Type': isText ? 'text/plain; charset=utf-8' : 'application/json' }),
        ...reply.headers,
      });
      res.end(payload);
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
