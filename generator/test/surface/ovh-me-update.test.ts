/**
 * The real OVH `/me` update: the 2024 set (ovh-eu/me.json, 2024-06-07) → the 2026 set (v1/me.json),
 * both in the spec mirror. Skipped when the mirror (or, for the whole catalogue, the pulled specs)
 * is not there.
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import type { PackageConfig } from '../../src/config/package-config.js';
import { commitFiles } from '../../src/output/commit-files.js';
import { readSpecLock } from '../../src/specs/spec-lock.js';
import { updateSpecs } from '../../src/specs/update-specs.js';
import { buildSurfaces } from '../../src/surface/build-surfaces.js';
import { diffSurfaces, type SurfaceChange } from '../../src/surface/diff-surfaces.js';
import { planSurfaceFiles } from '../../src/surface/surface-files.js';
import { lockJson, realPackage, removeTempDirs, sha256, snapshotTree, tempDir, writeFiles } from '../helpers/repo.js';

afterAll(removeTempDirs);

const REPO = fileURLToPath(new URL('../../../', import.meta.url));
// The spec mirror, as `specs pull` finds it: SPECS_MIRROR, else ../shared/specs.
const MIRROR_OVH = join(process.env['SPECS_MIRROR'] ?? join(REPO, '..', 'shared', 'specs'), 'ovh');
const SET_2024 = join(MIRROR_OVH, 'ovh-eu', 'me.json');
const SET_2026 = join(MIRROR_OVH, 'v1', 'me.json');
const EU = realPackage('ovh');
const ME = '@stratus/ovh/me';

/** What the issue counts: operations added and removed, model properties added, enums whose values changed. */
function counts(changes: readonly SurfaceChange[]) {
  const me = changes.filter((change) => change.entryPoint === ME);
  return {
    added: me.filter((change) => change.rule === 'operation-added').length,
    removed: me.filter((change) => change.rule === 'operation-removed').length,
    modelProperties: [...new Set(changes.filter((change) => change.model && change.rule.startsWith('property-added')).map((change) => `${change.model}.${change.property}`))].sort(),
    enums: [...new Set(changes.filter((change) => change.model && change.rule.startsWith('enum-value')).map((change) => change.model!))].sort(),
  };
}

const AUDIT_DETAILS = ['group', 'policy', 'provider', 'resourceGroup', 'token', 'user'].flatMap((what) => ['Created', 'Deleted', 'Modified'].map((event) => `audit.Log.${what}${event}Details`));

const MIRRORED = existsSync(SET_2024) && existsSync(SET_2026);

// CI always has the mirror: there a missing set fails instead of skipping the update test.
it.runIf(!MIRRORED && process.env['CI'])('the OVH /me 2024 and 2026 sets are in the spec mirror', () => {
  expect([SET_2024, SET_2026].filter((file) => !existsSync(file))).toEqual([]);
});

describe.skipIf(!MIRRORED)('the real OVH /me update, 2024 → 2026', () => {
  it('as its own catalogue: 33 operations added, 26 removed, 27 model properties added, 3 enums changed; a major changeset; idempotent', async () => {
    const config: PackageConfig = { ...EU, inputs: ['ovh/v1/me'] };
    const old = await readFile(SET_2024);
    const base = await tempDir();
    const root = join(base, 'repo');
    const mirror = join(base, 'mirror');
    await writeFiles(root, {
      'specs/specs.lock.json': lockJson({ 'ovh/v1/me': { file: 'ovh/v1/me.json', url: 'https://eu.api.ovh.com/v1/me.json', sha256: sha256(old) } }),
      'specs/upstream/ovh/v1/me.json': old,
      'generator/package-versions.json': '{}\n',
    });
    await writeFiles(mirror, { 'ovh/v1/me.json': await readFile(SET_2026) });
    const surfaces = await buildSurfaces({ root, configs: [config], lock: await readSpecLock(join(root, 'specs/specs.lock.json')) });
    const plan = await planSurfaceFiles(root, [config], [config], surfaces);
    await commitFiles(root, plan.writes, plan.deletes);

    const result = await updateSpecs({ root, mirror, packages: [config], env: {}, date: '2026-12-04' });
    const [diff] = result.diff;
    expect(diff!.bump).toBe('major');
    const { added, removed, modelProperties, enums } = counts(diff!.changes);
    expect({ added, removed, modelProperties: modelProperties.length, enums: enums.length }).toEqual({ added: 33, removed: 26, modelProperties: 27, enums: 3 });
    expect(modelProperties).toEqual(
      [
        ...AUDIT_DETAILS,
        'audit.LogUserPasswordChangedDetails.userCreatedAt',
        'auth.User.groups',
        'auth.User.type',
        'auth.UserRequest.type',
        'billing.Bill.eInvoicingId',
        'billing.Bill.eInvoicingStatus',
        'billing.Order.metadatas',
        'domain.Task.type',
        'xdsl.Setting.ispPartnerOrderCollectChoice',
      ].sort(),
    );
    expect(enums).toEqual(['audit.LogTypeEnum', 'auth.HTTPMethodEnum', 'ip.CampusEnum']);
    // The 18 new audit log types are values readers never had to handle: breaking (oasdiff's rule).
    expect(diff!.changes.find((change) => change.model === 'audit.LogTypeEnum')).toMatchObject({ operation: 'GET /me/logs/audit', rule: 'enum-value-added', breaking: true });

    expect(result.changesets).toHaveLength(1);
    const changeset = await readFile(join(root, result.changesets[0]!), 'utf8');
    expect(changeset).toMatch(/^---\n'@stratus\/ovh': major\n---\n\nSpec update \(ovh\/v1\/me [0-9a-f]{12} → [0-9a-f]{12}\): 33 operations added, 26 removed, \d+ changed\./);
    expect(changeset).toContain('- `me: DELETE /me/ipxeScript/{name}`: operation removed');

    const before = await snapshotTree(root);
    expect((await updateSpecs({ root, mirror, packages: [config], env: {} })).updated).toEqual([]);
    expect(await snapshotTree(root)).toEqual(before);
  }, 120_000);

  const pulled = existsSync(join(REPO, 'specs/upstream/ovh/v1/me.json')) && existsSync(join(REPO, 'specs/upstream/ovh/v2/iam.json'));
  it.skipIf(!pulled)('in the whole EU catalogue: through shared models it also changes /dedicated/installationTemplate and /domain, and says so', async () => {
    const lock = await readSpecLock(join(REPO, 'specs/specs.lock.json'));
    const file = (path: string) => new Map([['ovh/v1/me', { id: 'ovh/v1/me', path, displayPath: path }]]);
    const before = await buildSurfaces({ root: REPO, configs: [EU], lock, replaced: file(SET_2024) });
    const after = await buildSurfaces({ root: REPO, configs: [EU], lock, replaced: file(SET_2026) });
    const [diff] = diffSurfaces([EU.name], new Map(before.map(({ surface }) => [surface.entryPoint, surface])), new Map(after.map(({ surface }) => [surface.entryPoint, surface])));
    const { added, removed, modelProperties, enums } = counts(diff!.changes);
    expect({ added, removed }).toEqual({ added: 33, removed: 26 });
    // Other v1/v2 files define auth.User, auth.UserRequest, domain.Task, auth.HTTPMethodEnum and
    // ip.CampusEnum too; the merge rule already gave those models the 2026 properties and values.
    expect(modelProperties.filter((name) => /^(auth\.User|auth\.UserRequest|domain\.Task)\./.test(name))).toEqual([]);
    expect(modelProperties).toHaveLength(23);
    expect(enums).toEqual(['audit.LogTypeEnum']);

    const elsewhere = diff!.changes.filter((change) => change.entryPoint !== ME);
    expect([...new Set(elsewhere.map((change) => change.entryPoint))].sort()).toEqual(['@stratus/ovh/dedicated/installationTemplate', '@stratus/ovh/domain']);
    // The 2024 /me file defined installation templates with two more properties; without it they are gone.
    expect(elsewhere.filter((change) => change.breaking).map((change) => change.detail)).toEqual([
      'response 200 › model dedicated.installationTemplate.Templates: property "customization" removed',
      'response 200 › model dedicated.installationTemplate.Templates: property "hardRaidConfiguration" removed',
    ]);
    const task = elsewhere.find((change) => change.entryPoint === '@stratus/ovh/domain' && change.model === 'domain.Task')!;
    expect(task).toMatchObject({ rule: 'property-became-required', breaking: false, alsoIn: [ME] });
    expect(task.detail).toMatch(/property "type" now required \(also changes @stratus\/ovh\/me\)$/);
  }, 120_000);
});
