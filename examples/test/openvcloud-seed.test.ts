import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createItsYouOnlineAuth, createOpenvCloudClient, OpenvCloudAuthError, OpenvCloudResourceNotFoundError } from '@stratus/openvcloud';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { main } from '../openvcloud/seed-walkthrough.js';
import { IYO_CREDENTIALS, SEED_IMAGES, SEED_SIZES, startFakeG8, startFakeItsYouOnline } from './support/fake-g8.js';
import { transpileExamples } from './support/transpile-examples.js';

// The Jumpscale seed walkthrough against a loopback fake G8 portal and a fake ItsYou.online (real
// HTTP servers, no msw): what it prints, which size/image/disk it chose, how it authenticates.

type Iyo = Awaited<ReturnType<typeof startFakeItsYouOnline>>;
type G8 = Awaited<ReturnType<typeof startFakeG8>>;
let iyo: Iyo;
let g8: G8;
const LEGACY = { login: 'legacy-user', password: 'legacy-pa55word' };

beforeEach(async () => {
  iyo = await startFakeItsYouOnline();
  g8 = await startFakeG8({ trustedJwts: () => iyo.issued, users: { [LEGACY.login]: LEGACY.password } });
});
afterEach(async () => {
  await Promise.all([iyo.close(), g8.close()]);
});

function captureIo() {
  const lines: string[] = [];
  return { lines, log: (line: string) => void lines.push(line) };
}

const iyoClient = () => createOpenvCloudClient({ url: g8.url, iyoUrl: iyo.url, ...IYO_CREDENTIALS });

describe('seed walkthrough (ItsYou.online JWT)', () => {
  it('lists, gets, creates a machine with the seed defaults, finds it again, lists its disks and opens SSH', async () => {
    const io = captureIo();
    const result = await main(iyoClient(), io, { account: 'seed-account', space: 'default', machine: 'seed-vm-1', sshKeyName: 'deploy' });

    expect(io.lines).toEqual([
      'images: Ubuntu 14.04 x64, Windows 2016 Standard, Ubuntu 16.04 x64, Ubuntu 18.04 x64',
      'account seed-account (#1)',
      'spaces: default (be-gen-1)',
      'space default (#10) at be-gen-1',
      'machines: existing-vm',
      'machine seed-vm-1 (#200): Ubuntu 16.04 x64, 2048 MB, 2 vCPU, RUNNING',
      'machineGet seed-vm-1: #200',
      'disk Boot disk: boot, 10 GB',
      'ssh -p 2201 root@192.0.2.10',
    ]);
    expect(result).toEqual({ machineId: 200, ssh: { host: '192.0.2.10', port: 2201 } });

    // Jumpscale's choices: the first image containing "Ubuntu 16.04 x64", the largest size under
    // 1.1 x 2 GB (2048 MB), a 10 GB boot disk; created once (machineGet found it).
    expect(SEED_IMAGES.find((image) => image.id === 3)?.name).toBe('Ubuntu 16.04 x64');
    expect(SEED_SIZES.find((size) => size.id === 3)?.memory).toBe(2048);
    expect(g8.calls('/cloudapi/machines/create')).toEqual([{ cloudspaceId: 10, name: 'seed-vm-1', imageId: 3, sizeId: 3, disksize: 10 }]);
    expect(g8.calls('/cloudapi/sizes/list')).toEqual([{ cloudspaceId: 10 }]);
    expect(g8.calls('/cloudapi/images/list').at(-1)).toEqual({ cloudspaceId: 10, accountId: 1 });
    // Port 2200 already forwards to existing-vm: the next free public port goes to port 22.
    expect(g8.calls('/cloudapi/portforwarding/create')).toEqual([{ cloudspaceId: 10, publicIp: '192.0.2.10', publicPort: 2201, machineId: 200, localPort: 22, protocol: 'tcp' }]);

    // One JWT from the API key, sent as `bearer` on every authenticated call; locations/list is @noauth.
    expect(iyo.requests).toEqual([{ method: 'POST', path: '/v1/oauth/access_token' }]);
    const authenticated = g8.requests.filter((r) => r.path !== '/cloudapi/locations/list');
    expect(new Set(authenticated.map((r) => r.authorization))).toEqual(new Set([`bearer ${iyo.issued[0]}`]));
  });

  it('creates the space when it does not exist, with the JWT user as owner', async () => {
    const io = captureIo();
    const result = await main(iyoClient(), io, { account: 'seed-account', space: 'seed-vdc', machine: 'seed-vm-2' });
    expect(g8.calls('/cloudapi/cloudspaces/create')).toEqual([{ accountId: 1, location: 'be-gen-1', name: 'seed-vdc', access: 'seeduser@itsyouonline' }]);
    expect(io.lines[3]).toBe('space seed-vdc (#200) at be-gen-1');
    expect(io.lines[4]).toBe('machines: none');
    expect(result.ssh).toEqual({ host: '192.0.2.200', port: 2200 });
  });

  it('fails with the names that exist when the account is not there', async () => {
    const error = await main(iyoClient(), captureIo(), { account: 'nope', space: 'default', machine: 'vm' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(OpenvCloudResourceNotFoundError);
    expect((error as Error).message).toBe('[@stratus/openvcloud] account "nope" not found; accounts: "seed-account", "someone-else". Pass { create: true } to create it (G8 admins only)');
  });

  it('runs machines/create as a portal task with { async: true }', async () => {
    const vdc = await (await iyoClient().accountGet('seed-account')).spaceGet('default');
    const machine = await vdc.machineCreate({ name: 'async-vm' }, { async: { intervalMs: 5 } });
    expect(machine.id).toBe(200);
    expect(g8.calls('/cloudapi/machines/create')).toEqual([{ cloudspaceId: 10, name: 'async-vm', imageId: 3, sizeId: 3, disksize: 10, _async: true }]);
    expect(g8.calls('/system/task/get')).toEqual([{ taskguid: 'task-1' }]);
  });
});

describe('ItsYou.online JWT lifetime', () => {
  it('refreshes the JWT through /v1/oauth/jwt/refresh ahead of its expiry, and the G8 gets the new one', async () => {
    let clock = Date.now();
    const client = createOpenvCloudClient({ url: g8.url, auth: createItsYouOnlineAuth({ ...IYO_CREDENTIALS, iyoUrl: iyo.url, now: () => clock }) });
    await client.accounts();
    clock += 3_400_000; // 200 s left: inside the 5-minute refresh window
    await client.accounts();
    expect(iyo.requests.map((r) => `${r.method} ${r.path}`)).toEqual(['POST /v1/oauth/access_token', 'GET /v1/oauth/jwt/refresh']);
    expect(g8.requests.map((r) => r.authorization)).toEqual([`bearer ${iyo.issued[0]}`, `bearer ${iyo.issued[1]}`]);
  });

  it('fails clearly when a JWT without refresh_token has expired (and never sends it)', async () => {
    iyo.state.refreshable = false;
    const jwt = await (await fetch(`${iyo.url}/v1/oauth/access_token`, { method: 'POST', body: new URLSearchParams({ grant_type: 'client_credentials', client_id: IYO_CREDENTIALS.applicationId, client_secret: IYO_CREDENTIALS.secret }) })).text();
    let clock = Date.now();
    const client = createOpenvCloudClient({ url: g8.url, auth: createItsYouOnlineAuth({ jwt, now: () => clock }) });
    await expect(client.accounts()).resolves.toHaveLength(2);
    clock += 3_700_000;
    const error = await client.accounts().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(OpenvCloudAuthError);
    expect((error as Error).message).toMatch(/^\[@stratus\/openvcloud\] the ItsYou.online JWT expired at .* and cannot be refreshed \(it has no refresh_token claim: request it with scope offline_access\); pass applicationId and secret, or a new JWT$/);
    expect(JSON.stringify(error)).not.toContain(jwt);
    expect(g8.requests).toHaveLength(1);
  });

  it('names the ItsYou.online failure for a wrong secret, without the secret', async () => {
    const client = createOpenvCloudClient({ url: g8.url, iyoUrl: iyo.url, applicationId: IYO_CREDENTIALS.applicationId, secret: 'wrong-secret-value' });
    const error = await client.accounts().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(OpenvCloudAuthError);
    expect((error as Error).message).toBe('[@stratus/openvcloud] fetching an ItsYou.online JWT with the client credentials failed: 401');
    expect(JSON.stringify(error)).not.toContain('wrong-secret-value');
  });
});

describe('legacy login', () => {
  it('walks the seed with a session key and logs in again once when the portal answers 419', async () => {
    const client = createOpenvCloudClient({ url: g8.url, ...LEGACY });
    const io = captureIo();
    // The session times out in the middle of the walkthrough (right after the machines are listed).
    const expiring = { log: (line: string) => (io.log(line), line.startsWith('machines:') ? g8.expireSessions() : undefined) };
    const result = await main(client, expiring, { account: 'seed-account', space: 'default', machine: 'legacy-vm' });
    expect(result.ssh).toEqual({ host: '192.0.2.10', port: 2201 });
    expect(g8.calls('/cloudapi/users/authenticate')).toEqual([
      { username: LEGACY.login, password: LEGACY.password },
      { username: LEGACY.login, password: LEGACY.password },
    ]);
    const statuses = g8.requests.filter((r) => r.path === '/cloudapi/images/list').map((r) => r.authorization);
    expect(statuses).toEqual(['authkey legacy-user:session-1', 'authkey legacy-user:session-1', 'authkey legacy-user:session-2']);
    expect(iyo.requests).toEqual([]);
  });
});

// The example as a real process (transpiled: Node 20 cannot run TypeScript), configured through
// the environment as the seed's config.yaml would.
describe('seed walkthrough as a script', () => {
  let buildDir = '';
  let home = '';

  beforeAll(() => {
    buildDir = transpileExamples('openvcloud-cli-test', ['openvcloud/seed-walkthrough.ts', 'support/run-as-script.ts']);
    home = mkdtempSync(join(tmpdir(), 'stratus-openvcloud-'));
  });
  afterAll(() => rmSync(home, { recursive: true, force: true }));

  function run(args: string[], env: Record<string, string>) {
    return new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => {
      const child = execFile(process.execPath, [join(buildDir, 'openvcloud', 'seed-walkthrough.mjs'), ...args], { cwd: home, env: { PATH: process.env['PATH'] ?? '', HOME: home, ...env } }, (_error, stdout, stderr) =>
        resolve({ code: child.exitCode, stdout, stderr }),
      );
    });
  }

  it('reads OPENVCLOUD_URL, IYO_APPID, IYO_SECRET, IYO_URL and prints the SSH command', async () => {
    const result = await run(['seed-account', 'default', 'cli-vm'], { OPENVCLOUD_URL: g8.url, IYO_APPID: IYO_CREDENTIALS.applicationId, IYO_SECRET: IYO_CREDENTIALS.secret, IYO_URL: iyo.url });
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(result.stdout.trim().split('\n').at(-1)).toBe('ssh -p 2201 root@192.0.2.10');
  });

  it('names the missing configuration keys (and no secret) when the config is incomplete', async () => {
    const result = await run(['seed-account', 'default', 'cli-vm'], { OPENVCLOUD_URL: g8.url, IYO_APPID: IYO_CREDENTIALS.applicationId });
    expect(result.code).toBe(1);
    expect(result.stderr).toBe(`[@stratus/openvcloud] missing config: iyo.secret (or IYO_SECRET) — no config file at ${join(home, 'config.yaml')}\n`);
  });

  it('reads config.yaml and says which line is broken', async () => {
    writeFileSync(join(home, 'config.yaml'), 'iyo:\n  appid: x\n  secret: [unclosed\n');
    const result = await run(['seed-account', 'default', 'cli-vm'], {});
    rmSync(join(home, 'config.yaml'));
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^\[@stratus\/openvcloud\] .*config\.yaml:\d+ is not valid YAML\n$/);
    expect(result.stderr).not.toContain('unclosed');
  });

  it('prints usage without the required arguments', async () => {
    await expect(run(['seed-account'], {})).resolves.toEqual({ code: 2, stdout: '', stderr: 'Usage: seed-walkthrough.ts <account> <space> <machine> [location] [sshKeyName]\n' });
  });
});
