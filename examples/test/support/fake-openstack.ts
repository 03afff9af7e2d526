import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll } from 'vitest';

export const CLOUD = 'https://pouta.example.test';
export const AUTH_URL = `${CLOUD}:5001/v3`;
export const COMPUTE_URL = `${CLOUD}:8774/v2.1`;
export const PROJECT = { id: 'a1b2c3d4e5f60718293a4b5c6d7e8f90', name: 'project_2001234', domain: { id: 'default', name: 'Default' } };
export const USER = { id: 'u-42', name: 'ada', domain: { id: 'default', name: 'Default' } };
export const PASSWORD = 'correct horse battery staple';
/** The newest compute microversion the fake Nova supports. */
export const NOVA_MAX_VERSION = '2.96';

/** A CSC Pouta style project openrc, as `source project-openrc.sh` leaves it in the environment. */
export const OPENRC = {
  OS_AUTH_URL: AUTH_URL,
  OS_IDENTITY_API_VERSION: '3',
  OS_USERNAME: USER.name,
  OS_PASSWORD: PASSWORD,
  OS_USER_DOMAIN_NAME: 'Default',
  OS_PROJECT_ID: PROJECT.id,
  OS_PROJECT_NAME: PROJECT.name,
  OS_REGION_NAME: 'regionOne',
  OS_INTERFACE: 'public',
} as const;

/** A folder with no clouds.yaml in it, so that tests read the environment only. */
export function emptyConfigDir(): string {
  return mkdtempSync(join(tmpdir(), 'stratus-examples-'));
}

export interface SeenRequest {
  method: string;
  url: string;
  token: string | null;
  body: unknown;
}

/**
 * An msw Keystone (password method, project scope) whose catalog points compute at COMPUTE_URL;
 * services are added per test with the packages' own typed handlers (`@stratus/openstack-compute/msw`).
 */
export function useFakeOpenStack() {
  const server = setupServer();
  const seen: SeenRequest[] = [];
  let issued = 0;
  server.events.on('request:start', ({ request }) => {
    // Recorded in send order; the body is filled in once read.
    const entry: SeenRequest = { method: request.method, url: request.url, token: request.headers.get('x-auth-token'), body: undefined };
    seen.push(entry);
    void request.clone().text().then((text) => {
      entry.body = text ? (JSON.parse(text) as unknown) : undefined;
    });
  });

  const keystone = http.post(`${AUTH_URL}/auth/tokens`, async ({ request }) => {
    const body = (await request.json()) as { auth?: { identity?: { methods?: string[]; password?: { user?: { name?: string; password?: string; domain?: { name?: string } } } }; scope?: { project?: { id?: string } } } };
    const user = body.auth?.identity?.password?.user;
    if (user?.name !== USER.name || user.password !== PASSWORD || user.domain?.name !== 'Default' || body.auth?.scope?.project?.id !== PROJECT.id) {
      return HttpResponse.json({ error: { code: 401, title: 'Unauthorized', message: 'The request you have made requires authentication.' } }, { status: 401 });
    }
    issued += 1;
    const now = Date.now();
    return HttpResponse.json(
      {
        token: {
          methods: ['password'],
          issued_at: new Date(now).toISOString(),
          expires_at: new Date(now + 3_600_000).toISOString(),
          user: USER,
          project: PROJECT,
          roles: [{ id: 'r1', name: 'member' }],
          catalog: [
            { type: 'identity', id: 'k', endpoints: [{ id: 'k1', interface: 'public', region: 'regionOne', region_id: 'regionOne', url: AUTH_URL }] },
            { type: 'compute', id: 'n', endpoints: [{ id: 'n1', interface: 'public', region: 'regionOne', region_id: 'regionOne', url: COMPUTE_URL }] },
          ],
        },
      },
      { status: 201, headers: { 'X-Subject-Token': `gAAAAABtoken-${issued}` } },
    );
  });

  // Nova's version document, which an unpinned client reads once to negotiate its microversion: a cloud older than the package.
  const novaVersion = http.get(`${COMPUTE_URL}/`, () =>
    HttpResponse.json({ version: { id: 'v2.1', status: 'CURRENT', version: NOVA_MAX_VERSION, min_version: '2.1', updated: '2013-07-23T11:33:21Z', links: [{ rel: 'self', href: `${COMPUTE_URL}/` }] } }),
  );

  beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
  afterEach(() => {
    server.resetHandlers();
    seen.length = 0;
  });
  afterAll(() => server.close());
  return {
    use: (...handlers: Parameters<typeof server.use>) => server.use(keystone, novaVersion, ...handlers),
    /** Requests in the order they were sent (bodies parsed). */
    seen: async () => {
      await new Promise((resolve) => setTimeout(resolve, 0));
      return seen;
    },
  };
}

/** An `io` that keeps what the example prints. */
export function captureLines() {
  const lines: string[] = [];
  return { lines, log: (line: string) => void lines.push(line) };
}
