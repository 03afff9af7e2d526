import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CREDENTIALS } from './support/mock-ovh.js';
import { transpileExamples } from './support/transpile-examples.js';

// The examples' CLI guard, for real: each example runs as its own Node process (transpiled, since
// Node 20 cannot run TypeScript; Node >= 22.18 runs the .ts file as is), with credentials from OVH_*
// variables, against a loopback OVH API.

let buildDir = '';
const requests: string[] = [];
let server: Server;
let endpoint = '';
let home = '';

const routes: Record<string, () => unknown> = {
  'GET /1.0/auth/time': () => Math.floor(Date.now() / 1000),
  'GET /1.0/me': () => ({ nichandle: 'la12345-ovh', firstname: 'Ada' }),
  'POST /1.0/dedicated/server/ns1.example.eu/features/ipmi/access': () => ({ taskId: 1, function: 'requestAccessIPMI', status: 'init' }),
  'GET /1.0/dedicated/server/ns1.example.eu/features/ipmi/access?type=kvmipJnlp': () => ({ value: '<jnlp spec="1.0+"/>', expiration: null }),
};

beforeAll(async () => {
  buildDir = transpileExamples('cli-test', ['ovh/welcome.ts', 'ovh/kvm-access.ts', 'ovh/mail-redirection.ts', 'support/run-as-script.ts']);
  home = mkdtempSync(join(tmpdir(), 'stratus-examples-'));
  server = createServer((req, res) => {
    const key = `${req.method} ${req.url}`;
    requests.push(key);
    const route = routes[key];
    res.writeHead(route ? 200 : 404, { 'Content-Type': 'application/json' }).end(JSON.stringify(route ? route() : { message: `no route ${key}` }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}/1.0`;
});

afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  rmSync(home, { recursive: true, force: true });
});

function run(name: string, args: string[] = []) {
  return new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => {
    const child = execFile(
      process.execPath,
      [join(buildDir, 'ovh', `${name}.mjs`), ...args],
      {
        cwd: home,
        env: {
          PATH: process.env['PATH'] ?? '',
          HOME: home,
          OVH_ENDPOINT: endpoint,
          OVH_APPLICATION_KEY: CREDENTIALS.applicationKey,
          OVH_APPLICATION_SECRET: CREDENTIALS.applicationSecret,
          OVH_CONSUMER_KEY: CREDENTIALS.consumerKey,
        },
      },
      (_error, stdout, stderr) => resolve({ code: child.exitCode, stdout, stderr }),
    );
  });
}

describe('examples as scripts', () => {
  it('welcome: builds a client from OVH_* variables and prints the greeting', async () => {
    await expect(run('welcome')).resolves.toEqual({ code: 0, stdout: 'Welcome Ada\n', stderr: '' });
    expect(requests).toContain('GET /1.0/me');
  });

  it('kvm-access: saves the JNLP file', async () => {
    const result = await run('kvm-access', ['ns1.example.eu', '203.0.113.7']);
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(result.stdout).toContain('Saved ns1.example.eu.jnlp; open it with: javaws ns1.example.eu.jnlp');
    expect(readFileSync(join(home, 'ns1.example.eu.jnlp'), 'utf8')).toBe('<jnlp spec="1.0+"/>');
  });

  it('prints usage without the required arguments', async () => {
    await expect(run('mail-redirection', ['example.com'])).resolves.toEqual({
      code: 2,
      stdout: '',
      stderr: 'Usage: mail-redirection.ts <domain> <from> <to> [--local-copy]\n',
    });
  });

  it('reports API errors in one line and exits with 1', async () => {
    const result = await run('mail-redirection', ['example.com', 'a@example.com', 'b@example.org']);
    expect(result.code).toBe(1);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toMatch(/^404 .*POST .*\/email\/domain\/example\.com\/redirection/);
  });
});
