// Loopback fakes of the APIs the packed consumers call: Keystone (password auth, catalog), Nova and
// Neutron (a few paths), OVH (/auth/time, /me, with the request signature checked the way the API does)
// and an OpenvCloud portal (legacy login, images/list). Also serves the browser page and bundle, so the
// browser calls the fakes from the same origin. Plain Node, no dependencies.
import { createHash } from 'node:crypto';
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';

export const CREDENTIALS = {
  keystone: { username: 'demo', password: 'demo-password', projectName: 'demo', domain: 'Default' },
  ovh: { applicationKey: 'app-key', applicationSecret: 'app-secret', consumerKey: 'consumer-key' },
  openvcloud: { login: 'alice', password: 'alice-password' },
};
const TOKEN = 'fake-keystone-token';
const SESSION_KEY = 'fake-session-key';
const SERVERS = [{ id: 's-1', name: 'web-1', status: 'ACTIVE' }, { id: 's-2', name: 'web-2', status: 'SHUTOFF' }];

/** Starts the fakes on 127.0.0.1; `static` maps URL paths to files served as is (the browser page). */
export async function startFakes({ staticFiles = {} } = {}) {
  const calls = [];
  const server = createServer(async (request, response) => {
    const body = await readBody(request);
    const url = new URL(request.url, 'http://127.0.0.1');
    calls.push({ method: request.method, path: url.pathname, headers: request.headers });
    const send = (status, payload, headers = {}) => {
      const text = typeof payload === 'string' ? payload : JSON.stringify(payload);
      response.writeHead(status, { 'content-type': typeof payload === 'string' && headers['content-type'] ? headers['content-type'] : 'application/json', ...headers });
      response.end(text);
    };
    try {
      const file = staticFiles[url.pathname];
      if (file) return send(200, await readFile(file.path, 'utf8'), { 'content-type': file.type });
      if (url.pathname.startsWith('/keystone/')) return keystone(request, url, body, send, base(request));
      if (url.pathname.startsWith('/compute/')) return nova(request, url, send);
      if (url.pathname.startsWith('/network/')) return neutron(request, url, send);
      if (url.pathname.startsWith('/ovh/')) return ovh(request, url, body, send, base(request));
      if (url.pathname.startsWith('/g8/')) return openvcloud(request, url, body, send);
      send(404, { error: `no fake for ${request.method} ${url.pathname}` });
    } catch (error) {
      send(500, { error: String(error) });
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${server.address().port}`;
  return { url, calls, close: () => new Promise((resolve) => server.close(resolve)) };
}

const base = (request) => `http://${request.headers.host}`;

function readBody(request) {
  return new Promise((resolve, reject) => {
    const chunks = [];
    request.on('data', (chunk) => chunks.push(chunk));
    request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    request.on('error', reject);
  });
}

function keystone(request, url, body, send, origin) {
  if (request.method !== 'POST' || url.pathname !== '/keystone/v3/auth/tokens') return send(404, { error: { code: 404, title: 'Not Found', message: url.pathname } });
  const auth = JSON.parse(body).auth;
  const user = auth?.identity?.password?.user;
  if (user?.name !== CREDENTIALS.keystone.username || user?.password !== CREDENTIALS.keystone.password) {
    return send(401, { error: { code: 401, title: 'Unauthorized', message: 'The request you have made requires authentication.' } });
  }
  const endpoint = (type, path) => ({ type, name: type, id: type, endpoints: [{ id: `${type}-public`, interface: 'public', region: 'RegionOne', region_id: 'RegionOne', url: `${origin}${path}` }] });
  const now = Date.now();
  send(201, {
    token: {
      methods: ['password'],
      expires_at: new Date(now + 3600_000).toISOString(),
      issued_at: new Date(now).toISOString(),
      user: { id: 'u-1', name: user.name, domain: { id: 'default', name: 'Default' } },
      project: { id: 'p-1', name: CREDENTIALS.keystone.projectName, domain: { id: 'default', name: 'Default' } },
      roles: [{ id: 'r-1', name: 'member' }],
      catalog: [endpoint('identity', '/keystone/v3'), endpoint('compute', '/compute/v2.1'), endpoint('network', '/network')],
    },
  }, { 'x-subject-token': TOKEN });
}

function authorized(request, send) {
  if (request.headers['x-auth-token'] === TOKEN) return true;
  send(401, { error: { code: 401, title: 'Unauthorized', message: 'bad token' } });
  return false;
}

function nova(request, url, send) {
  if (!authorized(request, send)) return;
  const version = request.headers['x-openstack-nova-api-version'];
  const headers = version ? { 'x-openstack-nova-api-version': version, 'openstack-api-version': `compute ${version}`, vary: 'X-OpenStack-Nova-API-Version' } : {};
  if (url.pathname === '/compute/v2.1/servers/detail') return send(200, { servers: SERVERS, servers_links: [] }, headers);
  if (url.pathname === '/compute/v2.1/servers/s-1') return send(200, { server: SERVERS[0] }, headers);
  send(404, { itemNotFound: { code: 404, message: `${url.pathname} could not be found.` } }, headers);
}

function neutron(request, url, send) {
  if (!authorized(request, send)) return;
  if (url.pathname === '/network/v2.0/networks') return send(200, { networks: [{ id: 'n-1', name: 'private', status: 'ACTIVE' }] });
  send(404, { NeutronError: { type: 'NetworkNotFound', message: `Network ${url.pathname.split('/').pop()} could not be found.`, detail: '' } });
}

function ovh(request, url, body, send, origin) {
  const path = url.pathname.replace(/^\/ovh/, '');
  if (path === '/1.0/auth/time') return send(200, String(Math.floor(Date.now() / 1000)));
  const { applicationKey, applicationSecret, consumerKey } = CREDENTIALS.ovh;
  const timestamp = request.headers['x-ovh-timestamp'];
  // OVH's signature: "$1$" + SHA-1 hex of AS+CK+METHOD+FULL_URL+BODY+TIMESTAMP joined by "+".
  const expected = '$1$' + createHash('sha1').update([applicationSecret, consumerKey, request.method, `${origin}${url.pathname}${url.search}`, body, timestamp].join('+')).digest('hex');
  if (request.headers['x-ovh-application'] !== applicationKey || request.headers['x-ovh-consumer'] !== consumerKey || request.headers['x-ovh-signature'] !== expected) {
    return send(400, { message: 'Invalid signature', errorCode: 'INVALID_SIGNATURE' }, { 'x-ovh-queryid': 'EU.fake.sig' });
  }
  if (path === '/1.0/me' && request.method === 'GET') return send(200, { nichandle: 'xx1234-ovh', firstname: 'Ada', name: 'Lovelace', email: 'ada@example.com' });
  send(404, { message: `The requested object (${path}) does not exist`, errorCode: 'RESOURCE_NOT_FOUND' }, { 'x-ovh-queryid': 'EU.fake.404' });
}

function openvcloud(request, url, body, send) {
  const path = url.pathname.replace(/^\/g8\/restmachine/, '');
  if (path === '/cloudapi/users/authenticate') {
    const { username, password } = JSON.parse(body || '{}');
    if (username === CREDENTIALS.openvcloud.login && password === CREDENTIALS.openvcloud.password) return send(200, JSON.stringify(SESSION_KEY));
    return send(401, 'Unauthorized');
  }
  if (request.headers.authorization !== `authkey ${SESSION_KEY}`) return send(401, 'Unauthorized');
  if (path === '/cloudapi/images/list') return send(200, [{ id: 1, name: 'Ubuntu 24.04', type: 'Linux', status: 'CREATED', size: 10, accountId: 0, username: 'root' }]);
  send(404, `Method ${path} not found`);
}
