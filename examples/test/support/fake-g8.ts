import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

// A loopback fake G8 portal and a fake ItsYou.online, as real HTTP servers (the example runs against
// them exactly as against the real services). The G8 trusts exactly the JWTs the fake IYO issued
// (and checks their `exp`) and the session keys of its own legacy login; expired sessions get 419.

export interface Recorded {
  method: string;
  path: string;
  params: Record<string, unknown>;
  authorization: string | undefined;
}

async function listen(handler: (req: IncomingMessage, body: string) => Promise<{ status: number; body: unknown; text?: boolean }>): Promise<{ server: Server; url: string }> {
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      handler(req, Buffer.concat(chunks).toString('utf8')).then(
        ({ status, body, text }) => {
          res.writeHead(status, { 'content-type': text ? 'text/plain' : 'application/json' }).end(text ? String(body) : JSON.stringify(body));
        },
        (error: unknown) => res.writeHead(500, { 'content-type': 'application/json' }).end(JSON.stringify(String(error))),
      );
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}

const close = (server: Server) => new Promise<void>((resolve) => server.close(() => resolve()));

function base64url(value: unknown): string {
  return Buffer.from(JSON.stringify(value)).toString('base64url');
}

function claimsOf(jwt: string): Record<string, unknown> | undefined {
  try {
    return JSON.parse(Buffer.from(jwt.split('.')[1] ?? '', 'base64url').toString('utf8')) as Record<string, unknown>;
  } catch {
    return undefined;
  }
}

export const IYO_CREDENTIALS = { applicationId: 'seed-app-id', secret: 'seed-iyo-secret-0123456789' } as const;

/** ItsYou.online: client credentials → JWT (`validity` seconds), refresh with a refreshable JWT. */
export async function startFakeItsYouOnline(options: { validity?: number; refreshable?: boolean } = {}) {
  const issued: string[] = [];
  const requests: { method: string; path: string }[] = [];
  const state = { validity: options.validity ?? 3600, refreshable: options.refreshable ?? true };
  const issue = () => {
    const n = issued.length + 1;
    const claims = { iss: 'itsyouonline', username: 'seeduser', azp: IYO_CREDENTIALS.applicationId, exp: Math.floor(Date.now() / 1000) + state.validity, ...(state.refreshable ? { refresh_token: `rt-${n}` } : {}) };
    const jwt = `${base64url({ alg: 'ES384', typ: 'JWT' })}.${base64url(claims)}.${Buffer.from(`sig-${n}`).toString('base64url')}`;
    issued.push(jwt);
    return jwt;
  };
  const { server, url } = await listen(async (req, body) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    requests.push({ method: req.method ?? '', path });
    if (req.method === 'POST' && path === '/v1/oauth/access_token') {
      const form = new URLSearchParams(body);
      if (form.get('client_id') !== IYO_CREDENTIALS.applicationId || form.get('client_secret') !== IYO_CREDENTIALS.secret) return { status: 401, body: 'invalid client', text: true };
      return { status: 200, body: issue(), text: true };
    }
    if (req.method === 'GET' && path === '/v1/oauth/jwt/refresh') {
      const old = (req.headers.authorization ?? '').replace(/^bearer /i, '');
      if (!issued.includes(old) || !claimsOf(old)?.['refresh_token']) return { status: 401, body: 'cannot refresh', text: true };
      return { status: 200, body: issue(), text: true };
    }
    return { status: 404, body: 'not found', text: true };
  });
  return { url, issued, requests, state, close: () => close(server) };
}

interface Machine {
  id: number;
  cloudspaceId: number;
  name: string;
  sizeId: number;
  imageId: number;
  disksize: number;
  status: string;
}

export const SEED_IMAGES = [
  { id: 1, name: 'Ubuntu 14.04 x64', status: 'CREATED', type: 'Linux' },
  { id: 2, name: 'Windows 2016 Standard', status: 'CREATED', type: 'Windows' },
  { id: 3, name: 'Ubuntu 16.04 x64', status: 'CREATED', type: 'Linux' },
  { id: 4, name: 'Ubuntu 18.04 x64', status: 'CREATED', type: 'Linux' },
];
export const SEED_SIZES = [
  { id: 1, name: '512 MiB', memory: 512, vcpus: 1, disks: [10, 20] },
  { id: 2, name: '1 GiB', memory: 1024, vcpus: 1, disks: [10, 20] },
  { id: 3, name: '2 GiB', memory: 2048, vcpus: 2, disks: [10, 20, 50] },
  { id: 4, name: '4 GiB', memory: 4096, vcpus: 2, disks: [10, 20, 50] },
  { id: 5, name: '8 GiB', memory: 8192, vcpus: 4, disks: [10, 20, 50] },
];

/** The G8 portal (`/restmachine/...`), with the seed's world: one location, two accounts, one space. */
export async function startFakeG8(options: { trustedJwts: () => readonly string[]; users?: Record<string, string> }) {
  const requests: Recorded[] = [];
  const sessions = new Set<string>();
  let sessionCounter = 0;
  const tasks = new Map<string, unknown>();
  const state = {
    accounts: [{ id: 1, name: 'seed-account' }, { id: 2, name: 'someone-else' }],
    spaces: [{ id: 10, accountId: 1, name: 'default', location: 'be-gen-1', status: 'DEPLOYED', publicipaddress: '192.0.2.10', externalnetworkip: '192.0.2.10' }] as Record<string, unknown>[],
    machines: [{ id: 100, cloudspaceId: 10, name: 'existing-vm', sizeId: 2, imageId: 1, disksize: 20, status: 'RUNNING' }] as Machine[],
    forwards: [{ id: 1, cloudspaceId: 10, publicIp: '192.0.2.10', publicPort: '2200', machineId: 100, localIp: '192.168.103.10', localPort: '22', protocol: 'tcp' }] as Record<string, unknown>[],
  };
  let nextId = 200;

  type Params = Record<string, any>;
  const routes: Record<string, (p: Params, login: string) => unknown> = {
    '/cloudapi/locations/list': () => [{ id: 1, gid: 1, guid: '1', name: 'be-gen-1', locationCode: 'be-gen-1', flag: 'be' }],
    '/cloudapi/images/list': () => SEED_IMAGES,
    '/cloudapi/sizes/list': () => SEED_SIZES,
    '/cloudapi/accounts/list': () => state.accounts,
    '/cloudapi/cloudspaces/list': () => state.spaces,
    '/cloudapi/cloudspaces/get': (p) => state.spaces.find((s) => s.id === p.cloudspaceId) ?? notFound(`cloudspace ${p.cloudspaceId}`),
    '/cloudapi/cloudspaces/create': (p) => {
      const id = nextId++;
      state.spaces.push({ id, accountId: p.accountId, name: p.name, location: p.location, status: 'DEPLOYED', publicipaddress: `192.0.2.${id % 250}`, acl: [{ userGroupId: p.access, right: 'ACDRUX' }] });
      return id;
    },
    '/cloudapi/machines/list': (p) => state.machines.filter((m) => m.cloudspaceId === p.cloudspaceId).map(({ id, name, status, sizeId, imageId }) => ({ id, name, status, sizeId, imageId })),
    '/cloudapi/machines/create': (p) => {
      if (state.machines.some((m) => m.cloudspaceId === p.cloudspaceId && m.name === p.name)) throw { status: 409, message: `Machine with name ${p.name} already exists` };
      const machine: Machine = { id: nextId++, cloudspaceId: p.cloudspaceId, name: p.name, sizeId: p.sizeId, imageId: p.imageId, disksize: p.disksize, status: 'RUNNING' };
      state.machines.push(machine);
      return machine.id;
    },
    '/cloudapi/machines/get': (p) => {
      const m = state.machines.find((machine) => machine.id === p.machineId) ?? notFound(`machine ${p.machineId}`);
      const size = SEED_SIZES.find((s) => s.id === m.sizeId);
      return {
        id: m.id, cloudspaceid: m.cloudspaceId, name: m.name, status: m.status, sizeid: m.sizeId, imageid: m.imageId,
        osImage: SEED_IMAGES.find((i) => i.id === m.imageId)?.name, memory: size?.memory, vcpus: size?.vcpus,
        disks: [{ id: m.id * 10, name: 'Boot disk', type: 'B', sizeMax: m.disksize, status: 'ASSIGNED' }],
        accounts: [{ login: 'root', password: 'not-a-real-password' }],
      };
    },
    '/cloudapi/portforwarding/list': (p) => state.forwards.filter((f) => f.cloudspaceId === p.cloudspaceId && (p.machineId === undefined || f.machineId === p.machineId)),
    '/cloudapi/portforwarding/create': (p) => {
      if (state.forwards.some((f) => f.publicIp === p.publicIp && Number(f.publicPort) === p.publicPort)) throw { status: 409, message: 'port in use' };
      state.forwards.push({ id: nextId++, cloudspaceId: p.cloudspaceId, publicIp: p.publicIp, publicPort: String(p.publicPort), machineId: p.machineId, localPort: String(p.localPort), protocol: p.protocol });
      return true;
    },
    '/system/task/get': (p) => (tasks.has(p.taskguid) ? tasks.get(p.taskguid) : notFound(`task ${p.taskguid}`)),
  };
  const noauth = new Set(['/cloudapi/locations/list', '/cloudapi/users/authenticate']);

  function notFound(what: string): never {
    throw { status: 404, message: `${what} not found` };
  }

  function authenticate(header: string | undefined, params: Params): { login: string } | { status: number; message: string } {
    const [scheme, value = ''] = (header ?? '').split(' ');
    const authkey = params['authkey'] ?? (scheme?.toLowerCase() === 'authkey' ? value : undefined);
    if (authkey !== undefined) return sessions.has(authkey) ? { login: authkey.split(':')[0]! } : { status: 419, message: 'Authentication Timeout' };
    if (scheme?.toLowerCase() === 'bearer') {
      const claims = claimsOf(value);
      if (!options.trustedJwts().includes(value) || !claims) return { status: 401, message: 'Invalid JWT' };
      if (typeof claims['exp'] === 'number' && claims['exp'] * 1000 <= Date.now()) return { status: 401, message: 'JWT expired' };
      return { login: `${claims['username']}@${claims['iss']}` };
    }
    return { status: 401, message: 'Not authenticated' };
  }

  const { server, url } = await listen(async (req, body) => {
    const target = new URL(req.url ?? '/', 'http://x');
    const path = target.pathname.replace(/^\/restmachine/, '');
    let params: Params = Object.fromEntries(target.searchParams);
    if (body.trim() !== '') params = { ...params, ...(JSON.parse(body) as Params) };
    requests.push({ method: req.method ?? '', path, params, authorization: req.headers.authorization });
    if (path === '/cloudapi/users/authenticate') {
      if (options.users?.[params['username']] === undefined || options.users[params['username']] !== params['password']) return { status: 401, body: 'Unauthorized' };
      const key = `${params['username']}:session-${++sessionCounter}`;
      sessions.add(key);
      return { status: 200, body: key };
    }
    const route = routes[path];
    if (!route) return { status: 404, body: `Method ${path} not found` };
    let login = '';
    if (!noauth.has(path)) {
      const who = authenticate(req.headers.authorization, params);
      if ('status' in who) return { status: who.status, body: who.message };
      login = who.login;
    }
    const { _async, authkey: _key, ...rest } = params;
    try {
      const result = route(rest, login);
      if (_async !== true) return { status: 200, body: result };
      const guid = `task-${tasks.size + 1}`;
      tasks.set(guid, [true, result]);
      return { status: 200, body: guid };
    } catch (error) {
      const { status, message } = error as { status: number; message: string };
      if (_async === true) {
        const guid = `task-${tasks.size + 1}`;
        tasks.set(guid, [false, message]);
        return { status: 200, body: guid };
      }
      return { status, body: message };
    }
  });

  return {
    url,
    state,
    requests,
    /** Calls of one method, their params. */
    calls: (path: string) => requests.filter((r) => r.path === path).map((r) => r.params),
    /** Forgets every legacy session: the next call with an old key gets 419. */
    expireSessions: () => sessions.clear(),
    close: () => close(server),
  };
}
