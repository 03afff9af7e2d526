// No configuration can send a credential to an auth URL other than its own cloud's: every secret the
// loader returns comes from the same cloud (clouds.yaml + secure.yaml + its profile + its region, or
// the OS_* variables) as the auth URL it is returned with, whatever else the environment holds.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOpenStackClientFromConfig, loadOpenStackConfig } from '../src/config/index.js';
import { PASSWORD, PROJECT_ID, startFakeOpenStack, USER, type FakeOpenStack } from './support/fake-openstack.js';

const CLOUDS = `
clouds:
  a:
    auth: { auth_url: "https://a.example/v3", user_id: ua, project_id: pa }
    regions:
      - R1
      - name: R2
        values:
          auth: { auth_url: "https://a-r2.example/v3" }
  b:
    auth: { auth_url: "https://b.example/v3", user_id: ub, password: secret-b, project_id: pb }
  c:
    profile: prof
    auth: { user_id: uc, password: secret-c, project_id: pc }
  t:
    auth_type: v3token
    auth: { auth_url: "https://t.example/v3", token: secret-t, project_id: pt }
  ac:
    auth_type: v3applicationcredential
    auth: { auth_url: "https://ac.example/v3", application_credential_id: id, application_credential_secret: secret-ac }
`;
const SECURE = 'clouds:\n  a:\n    auth:\n      password: secret-a\n';
const PUBLIC = 'public-clouds:\n  prof:\n    auth:\n      auth_url: https://p.example/v3\n';

/** Who each auth URL and each secret belongs to. */
const URL_OWNER: Record<string, string> = {
  'https://a.example/v3': 'a',
  'https://a-r2.example/v3': 'a',
  'https://b.example/v3': 'b',
  'https://p.example/v3': 'c',
  'https://t.example/v3': 't',
  'https://ac.example/v3': 'ac',
  'https://e.example/v3': 'env',
};
const SECRET_OWNER: Record<string, string> = {
  'secret-a': 'a',
  'secret-b': 'b',
  'secret-c': 'c',
  'secret-t': 't',
  'secret-ac': 'ac',
  'secret-e': 'env',
  'secret-e-token': 'env',
  'secret-e-ac': 'env',
};

const ENVIRONMENTS: Record<string, Record<string, string>> = {
  none: {},
  openrc: { OS_AUTH_URL: 'https://e.example/v3', OS_USER_ID: 'ue', OS_PASSWORD: 'secret-e', OS_PROJECT_ID: 'pe' },
  'stray password': { OS_PASSWORD: 'secret-e' },
  'stray auth URL': { OS_AUTH_URL: 'https://e.example/v3' },
  'stray token': { OS_AUTH_URL: 'https://e.example/v3', OS_TOKEN: 'secret-e-token', OS_AUTH_TOKEN: 'secret-e-token' },
  'stray application credential': { OS_APPLICATION_CREDENTIAL_ID: 'eid', OS_APPLICATION_CREDENTIAL_SECRET: 'secret-e-ac', OS_AUTH_TYPE: 'v3applicationcredential' },
  'stray region': { OS_REGION_NAME: 'R2' },
};
const OS_CLOUD = [undefined, 'a', 'b', 'c', 't', 'ac', 'envvars'];
const CLOUD_OPTION = [undefined, 'a', 'b', 'c', 't', 'ac'];
const REGIONS = [undefined, 'R2'];

describe('credential isolation', () => {
  let root: string;
  beforeAll(() => {
    root = mkdtempSync(join(tmpdir(), 'stratus-isolation-'));
    mkdirSync(join(root, 'cwd'));
    mkdirSync(join(root, 'home', '.config', 'openstack'), { recursive: true });
    writeFileSync(join(root, 'cwd', 'clouds.yaml'), CLOUDS);
    writeFileSync(join(root, 'home', '.config', 'openstack', 'secure.yaml'), SECURE);
    writeFileSync(join(root, 'home', '.config', 'openstack', 'clouds-public.yaml'), PUBLIC);
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('every secret resolved goes with its own cloud’s auth URL, for every selection and environment', () => {
    let resolved = 0;
    let refused = 0;
    for (const [environment, variables] of Object.entries(ENVIRONMENTS)) {
      for (const osCloud of OS_CLOUD) {
        for (const cloud of CLOUD_OPTION) {
          for (const regionName of REGIONS) {
            const env = { HOME: join(root, 'home'), ...variables, ...(osCloud ? { OS_CLOUD: osCloud } : {}) };
            const label = `${environment}, OS_CLOUD=${osCloud}, cloud=${cloud}, region=${regionName}`;
            let options: ReturnType<typeof loadOpenStackConfig>['options'];
            try {
              options = loadOpenStackConfig({ cwd: join(root, 'cwd'), env, ...(cloud ? { cloud } : {}), ...(regionName ? { regionName } : {}) }).options;
            } catch {
              refused++; // refused before any request: nothing is sent anywhere
              continue;
            }
            resolved++;
            const urlOwner = URL_OWNER[options.authUrl ?? ''];
            expect(urlOwner, `${label}: unexpected auth URL ${options.authUrl}`).toBeDefined();
            for (const secret of [options.password, options.token, options.applicationCredentialSecret, options.passcode]) {
              if (secret === undefined) continue;
              expect(SECRET_OWNER[String(secret)], `${label}: a secret of another cloud goes to ${options.authUrl}`).toBe(urlOwner);
            }
            // The cloud chosen by name is the one used.
            const chosen = cloud ?? osCloud;
            if (chosen && chosen !== 'envvars') expect(urlOwner, label).toBe(chosen);
          }
        }
      }
    }
    expect(resolved).toBeGreaterThan(300);
    expect(refused).toBeGreaterThan(0);
  });

  describe('end to end, two Keystones', () => {
    let own: FakeOpenStack;
    let other: FakeOpenStack;
    beforeAll(async () => {
      own = await startFakeOpenStack();
      other = await startFakeOpenStack();
    });
    afterAll(async () => {
      await own.close();
      await other.close();
    });

    it('a leftover openrc in the shell sends nothing to its Keystone when OS_CLOUD names a cloud', async () => {
      const cwd = mkdtempSync(join(root, 'e2e-'));
      writeFileSync(join(cwd, 'clouds.yaml'), `clouds:\n  mine:\n    auth:\n      auth_url: ${own.authUrl}\n      user_id: ${USER.id}\n      project_id: ${PROJECT_ID}\n`);
      writeFileSync(join(cwd, 'secure.yaml'), `clouds:\n  mine:\n    auth:\n      password: ${PASSWORD}\n`);
      const leftover = { OS_AUTH_URL: other.authUrl, OS_USER_ID: 'someone-else', OS_PASSWORD: 'their-password', OS_PROJECT_ID: 'theirs', OS_REGION_NAME: 'Elsewhere' };
      await using cloud = await createOpenStackClientFromConfig({ cwd, home: join(root, 'home'), env: { ...leftover, OS_CLOUD: 'mine', HOME: join(root, 'nowhere') }, maxRetries: 0 });
      expect(cloud.authentication?.project?.id).toBe(PROJECT_ID);
      expect(own.authRequests().map((request) => JSON.stringify(request.body))).toEqual([
        JSON.stringify({ auth: { identity: { methods: ['password'], password: { user: { id: USER.id, password: PASSWORD } } }, scope: { project: { id: PROJECT_ID } } } }),
      ]);
      expect(other.requests).toEqual([]);
    });
  });
});
