import { createComputeHttp } from '@stratus/openstack-compute/msw';
import { UnauthorizedError } from '@stratus/openstack-compute';
import { describe, expect, it } from 'vitest';
import { main } from '../openstack/pouta-flavors.js';
import { COMPUTE_URL, NOVA_MAX_VERSION, OPENRC, PASSWORD, captureLines, emptyConfigDir, useFakeOpenStack } from './support/fake-openstack.js';

const cloud = useFakeOpenStack();
const compute = createComputeHttp(COMPUTE_URL);
const dir = emptyConfigDir();
const flavor = (id: string, name: string, vcpus: number, ram: number, disk: number) =>
  ({ id, name, vcpus, ram, disk, links: [], 'OS-FLV-EXT-DATA:ephemeral': 0, 'OS-FLV-DISABLED:disabled': false, 'os-flavor-access:is_public': true, swap: '', rxtx_factor: 1, description: null, extra_specs: {} }) as const;

describe('pouta-flavors (openrc → token → compute flavors)', () => {
  it('authenticates with the openrc variables, sends the token to compute and prints the flavors by size', async () => {
    const versions: (string | null)[] = [];
    cloud.use(
      compute.get('/flavors/detail', ({ request, response }) => {
        versions.push(request.headers.get('openstack-api-version'));
        return response(200).json({ flavors: [flavor('3', 'standard.medium', 2, 4096, 80), flavor('1', 'standard.tiny', 1, 1024, 80), flavor('2', 'standard.small', 1, 2048, 80)] as never });
      }),
    );
    const io = captureLines();
    const rows = await main({ env: { ...OPENRC }, home: dir, cwd: dir }, io);

    expect(rows.map((row) => row.name)).toEqual(['standard.tiny', 'standard.small', 'standard.medium']);
    expect(io.lines[0]).toMatch(/^Authenticated as ada in project project_2001234; token valid until \d{4}-/);
    expect(io.lines[1]).toBe('standard.tiny      1 vCPU    1024 MB RAM    80 GB disk');

    const [auth, discovery, flavors] = await cloud.seen();
    expect(auth).toMatchObject({
      method: 'POST',
      url: `${OPENRC.OS_AUTH_URL}/auth/tokens`,
      body: { auth: { identity: { methods: ['password'], password: { user: { name: 'ada', domain: { name: 'Default' }, password: PASSWORD } } }, scope: { project: { id: OPENRC.OS_PROJECT_ID } } } },
    });
    // The X-Subject-Token of the answer, sent as X-Auth-Token to the catalog's compute endpoint: first to
    // its version document (unpinned, the client negotiates), then to the flavors at the version agreed.
    expect(discovery).toMatchObject({ method: 'GET', url: `${COMPUTE_URL}/`, token: 'gAAAAABtoken-1' });
    expect(flavors).toMatchObject({ method: 'GET', url: `${COMPUTE_URL}/flavors/detail`, token: 'gAAAAABtoken-1' });
    expect(versions).toEqual([`compute ${NOVA_MAX_VERSION}`]);
  });

  it('a wrong password fails with UnauthorizedError and never shows the password', async () => {
    cloud.use();
    const failure = await main({ env: { ...OPENRC, OS_PASSWORD: 'hunter2-wrong' }, home: dir, cwd: dir }, captureLines()).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(UnauthorizedError);
    expect(String((failure as Error).message)).not.toContain('hunter2-wrong');
    expect(JSON.stringify(failure)).not.toContain('hunter2-wrong');
  });

  it('without OS_AUTH_URL it says what is missing', async () => {
    const { OS_AUTH_URL: _unused, ...partial } = OPENRC;
    await expect(main({ env: partial, home: dir, cwd: dir }, captureLines())).rejects.toThrow(/no auth URL/);
  });
});
