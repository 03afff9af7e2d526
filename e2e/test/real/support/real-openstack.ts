import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, it } from 'vitest';

/** What test-support/real-openstack/start.sh bootstrapped, as it wrote it to `<state dir>/env.json`. */
export interface RealOpenStack {
  /** Keystone's v3 URL, e.g. `http://127.0.0.1:5000/v3`. */
  authUrl: string;
  /** The region of every real endpoint. */
  region: string;
  /** `admin`, admin on the `admin` project, on the system and on `domain`. */
  admin: {
    username: string;
    password: string;
    userDomainName: string;
    projectName: string;
    projectDomainName: string;
    userId: string;
    projectId: string;
  };
  /** A domain other than Default. */
  domain: { id: string; name: string };
  /** A project in `domain`. */
  project: { id: string; name: string; domainId: string };
  /** A user of `domain` with the `member` role on `project` and on `domain`. */
  member: RealUser;
  /** A user of Default with the `member` role on `project`. */
  defaultMember: RealUser;
  /** An application credential of `member`, scoped to `project`. */
  applicationCredential: { id: string; name: string; secret: string; userId: string };
  /** Default's `service` project, where the services' own users are admins. */
  serviceProject: { id: string; name: string };
  /** Role ids by name (`admin`, `member`, `reader`). */
  roles: Record<string, string>;
  /** The real public endpoint of each service in `region`, by catalog type, as `project`'s tokens see it. */
  endpoints: { identity: string; image: string; placement: string; baremetal: string; network: string; 'object-store': string; 'block-storage': string; compute: string };
  /** The catalog URL of each service as registered; `$(project_id)s` in one stands for the token's project. */
  catalog: Record<string, string>;
  /** Catalog endpoints that lead nowhere (nothing listens there): another interface, another region. */
  decoys: Array<{ service: string; interface: 'internal' | 'admin' | 'public'; region: string; url: string }>;
  files: {
    /** clouds.yaml with the clouds `stratus-admin`, `stratus-member` and `stratus-appcred`. */
    cloudsYaml: string;
    /** `export OS_…` lines for `member` on `project`. */
    openrcMember: string;
    /** `export OS_…` lines for `admin` on the `admin` project. */
    openrcAdmin: string;
    /** The services' log directory. */
    logs: string;
  };
}

export interface RealUser {
  id: string;
  name: string;
  password: string;
  domainId: string;
  domainName: string;
}

const START_COMMAND = 'bash test-support/real-openstack/start.sh';

/** The directory start.sh writes to: `STRATUS_REAL_OPENSTACK_DIR`, as in the script, or its default. */
export function realOpenStackDir(): string {
  return process.env.STRATUS_REAL_OPENSTACK_DIR || '/tmp/stratus-real-openstack';
}

/** `STRATUS_REAL_OPENSTACK=required` (CI): services that are not running fail the suite instead of skipping it. */
export function realOpenStackRequired(): boolean {
  return process.env.STRATUS_REAL_OPENSTACK === 'required';
}

/** The running services' env.json, or `undefined` when start.sh has not run (or stop.sh removed it). */
export function loadRealOpenStack(): RealOpenStack | undefined {
  const file = join(realOpenStackDir(), 'env.json');
  if (!existsSync(file)) return undefined;
  return JSON.parse(readFileSync(file, 'utf8')) as RealOpenStack;
}

const notRunningMessage = (): string =>
  `real OpenStack services are not running (no ${join(realOpenStackDir(), 'env.json')}): ` +
  `start them with \`${START_COMMAND}\` (root, installs Debian packages when missing), ` +
  'run the suite, then `bash test-support/real-openstack/stop.sh`';

let warned = false;

/**
 * A describe block against the real services. Without them it is skipped with a message saying how
 * to start them, or fails when `STRATUS_REAL_OPENSTACK=required`. With them, a first check that
 * Keystone answers turns a stale env.json into one clear error instead of a failure per test.
 */
export function describeReal(name: string, body: (openstack: RealOpenStack) => void): void {
  const openstack = loadRealOpenStack();
  if (openstack === undefined) {
    if (realOpenStackRequired()) {
      describe(name, () => {
        it('needs the real OpenStack services (STRATUS_REAL_OPENSTACK=required)', () => {
          throw new Error(notRunningMessage());
        });
      });
      return;
    }
    if (!warned) {
      warned = true;
      console.warn(`Skipping the real-services suite: ${notRunningMessage()}`);
    }
    describe.skip(name, () => {
      it.skip(notRunningMessage(), () => {});
    });
    return;
  }
  describe(name, { timeout: 60_000 }, () => {
    beforeAll(async () => {
      try {
        await fetch(openstack.authUrl);
      } catch (cause) {
        throw new Error(
          `${join(realOpenStackDir(), 'env.json')} exists but Keystone does not answer at ${openstack.authUrl}: ` +
            `restart the services with \`${START_COMMAND}\` (logs: ${openstack.files.logs})`,
          { cause },
        );
      }
    });
    body(openstack);
  });
}
