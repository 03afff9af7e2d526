/**
 * `specs update`: new upstream content → validated, regenerated, diffed, locked with provenance,
 * one changeset per changed package, surface refreshed; idempotent; a broken spec changes nothing.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { main } from '../src/cli.js';
import { commitFiles } from '../src/output/commit-files.js';
import { generate } from '../src/pipeline/generate.js';
import { readSpecLock } from '../src/specs/spec-lock.js';
import { updateSpecs } from '../src/specs/update-specs.js';
import { buildSurfaces } from '../src/surface/build-surfaces.js';
import { planSurfaceFiles, readCommittedSurfaces } from '../src/surface/surface-files.js';
import { captureIo, fakeOpenStackRepo, lockJson, realPackage, removeTempDirs, sha256, snapshotTree, specProblems, STACK_FRAME, tempDir, testPackage, writeFiles } from './helpers/repo.js';

afterAll(removeTempDirs);

const CONFIG = testPackage('things', { readmeExample: { method: 'get', path: '/things', resultNote: 'data.things' } });
const FILE = 'test/things.yaml';

const V1 = `openapi: 3.1.0
info: {title: things, version: '1.0'}
paths:
  /things:
    get:
      operationId: things_list
      summary: List things
      responses:
        '200': {description: OK, content: {application/json: {schema: {type: object, properties: {things: {type: array, items: {$ref: '#/components/schemas/Thing'}}}}}}}
  /things/{id}:
    parameters: [{name: id, in: path, required: true, schema: {type: string}}]
    get:
      operationId: things_get
      responses:
        '200': {description: OK, content: {application/json: {schema: {$ref: '#/components/schemas/Thing'}}}}
    delete:
      operationId: things_delete
      responses: {'204': {description: Deleted}}
components:
  schemas:
    Thing: {type: object, properties: {id: {type: string}, name: {type: string}}, required: [id]}
`;

// The upstream change: DELETE is gone, things gained a size, a new search operation appeared.
const V2 = V1.replace(`    delete:
      operationId: things_delete
      responses: {'204': {description: Deleted}}
`, '')
  .replace('name: {type: string}}', 'name: {type: string}, size: {type: integer}}')
  .replace('components:', `  /things/search:
    get:
      operationId: things_search
      parameters: [{name: q, in: query, required: true, schema: {type: string}}]
      responses:
        '200': {description: OK}
components:`);

/** A repository with the V1 spec locked, generated and its surface committed, and a mirror holding `mirrored`. */
async function setup(mirrored: string, lockExtra: { latestUrl?: string } = {}): Promise<{ root: string; mirror: string }> {
  const base = await tempDir();
  const root = join(base, 'repo');
  const mirror = join(base, 'mirror');
  await writeFiles(root, {
    'specs/specs.lock.json': lockJson({ 'test/things': { file: FILE, url: 'https://example.invalid/pinned/things.yaml', latestUrl: lockExtra.latestUrl ?? 'https://example.invalid/main/things.yaml', sha256: sha256(V1) } }),
    [`specs/upstream/${FILE}`]: V1,
    'generator/package-versions.json': JSON.stringify({ [CONFIG.name]: '1.2.3' }),
  });
  await writeFiles(mirror, { [FILE]: mirrored });
  await generate({ root, packages: [CONFIG] });
  const surfaces = await buildSurfaces({ root, configs: [CONFIG], lock: await readSpecLock(join(root, 'specs/specs.lock.json')) });
  const { writes, deletes } = await planSurfaceFiles(root, [CONFIG], [CONFIG], surfaces);
  await commitFiles(root, writes, deletes);
  return { root, mirror };
}

const update = (root: string, mirror: string | undefined, extra: Partial<Parameters<typeof updateSpecs>[0]> = {}) => updateSpecs({ root, mirror, packages: [CONFIG], env: {}, date: '2026-12-04', ...extra });

async function changesetFiles(root: string): Promise<string[]> {
  return (await readdir(join(root, '.changeset')).catch(() => [])).sort();
}

describe('specs update', () => {
  it('accepts new content: lock with provenance, specs, output, surface and a changeset with the bump, in one go', async () => {
    const { root, mirror } = await setup(V2);
    const result = await update(root, mirror);

    expect(result.updated).toEqual([{ id: 'test/things', from: sha256(V1), to: sha256(V2), source: 'mirror' }]);
    const entry = (await readSpecLock(join(root, 'specs/specs.lock.json'))).specs['test/things']!;
    expect(entry).toMatchObject({
      sha256: sha256(V2),
      // The new content is upstream's latest: the pinned URL no longer holds it.
      url: 'https://example.invalid/main/things.yaml',
      update: { source: 'mirror', date: '2026-12-04', previousSha256: sha256(V1) },
    });
    expect(await readFile(join(root, 'specs/upstream', FILE), 'utf8')).toBe(V2);

    const [diff] = result.diff;
    expect(diff!.bump).toBe('major');
    expect(diff!.changes.map((change) => [change.operation, change.rule, change.breaking])).toEqual([
      ['DELETE /things/{id}', 'operation-removed', true],
      ['GET /things', 'property-added-optional', false],
      ['GET /things/search', 'operation-added', false],
      ['GET /things/{id}', 'property-added-optional', false],
    ]);

    const [changeset, ...others] = await changesetFiles(root);
    expect(others).toEqual([]);
    expect(result.changesets).toEqual([`.changeset/${changeset}`]);
    const text = await readFile(join(root, '.changeset', changeset!), 'utf8');
    expect(text).toBe(`---
'@stratus/test-things': major
---

Spec update (test/things ${sha256(V1).slice(0, 12)} → ${sha256(V2).slice(0, 12)}): 1 operations added, 1 removed, 2 changed.

Breaking:

- \`DELETE /things/{id}\` (\`things.delete()\`): operation removed

Added:

- \`GET /things/search\`: operation added

Changed:

- response model Thing: property "size" added (optional) — 2 operations: \`GET /things\` (\`things.find()\`, \`things.list()\`), \`GET /things/{id}\` (\`things.get()\`)
`);

    // Output and surface now match the new specs.
    expect(await readFile(join(root, 'packages/test-things/src/generated/operation-maps.ts'), 'utf8')).toContain('"/things/search"');
    const manifest = JSON.parse(await readFile(join(root, 'packages/test-things/src/generated/spec-manifest.json'), 'utf8'));
    expect(manifest.specs).toEqual({ 'test/things': sha256(V2) });
    const check = await generate({ root, packages: [CONFIG], check: true });
    expect(check.changes).toEqual([]);
    expect(check.surfaceDiff).toEqual([{ name: CONFIG.name, bump: 'none', changes: [] }]);
    const committed = await readCommittedSurfaces(root, [CONFIG], [CONFIG]);
    expect(Object.keys(committed.get(CONFIG.name)!.operations)).toEqual(['GET /things', 'GET /things/search', 'GET /things/{id}']);
  });

  it('warns when the committed surface was already behind the specs (its changes would land in the changeset)', async () => {
    const { root, mirror } = await setup(V2);
    const file = join(root, 'generator/surface/test-things.json');
    const committed = JSON.parse(await readFile(file, 'utf8'));
    delete committed.operations['GET /things'];
    await writeFiles(root, { 'generator/surface/test-things.json': JSON.stringify(committed) });
    const log: string[] = [];
    const result = await update(root, mirror, { log: (line) => void log.push(line) });
    expect(log).toContain('warning: generator/surface/ was already out of date for @stratus/test-things before this update; the diff and changesets include those changes');
    expect(result.diff[0]!.changes.find((change) => change.operation === 'GET /things')).toMatchObject({ rule: 'operation-added' });
  });

  it('running it again with nothing new changes nothing', async () => {
    const { root, mirror } = await setup(V2);
    await update(root, mirror);
    const before = await snapshotTree(root);
    const again = await update(root, mirror);
    expect(again).toEqual({ updated: [], diff: [], changesets: [], outputFiles: 0 });
    expect(await snapshotTree(root)).toEqual(before);
  });

  it('a spec that cannot be read (bad YAML) stops everything, naming file and line; lock, specs, surface and output stay as they were', async () => {
    const broken = V2.replace('  /things/search:', '  /things/search: [unclosed');
    const { root, mirror } = await setup(broken);
    const before = await snapshotTree(root);
    const [problem, ...rest] = await specProblems(() => update(root, mirror));
    expect(rest).toEqual([]);
    expect(problem!.file).toBe(join(mirror, FILE));
    expect(problem!.message).toMatch(/YAML/);
    expect(problem!.line).toBeGreaterThan(0);
    expect(await snapshotTree(root)).toEqual(before);
    expect(await changesetFiles(root)).toEqual([]);
  });

  it('a dangling $ref stops everything, naming file, pointer and line', async () => {
    const broken = V2.replace("{$ref: '#/components/schemas/Thing'}}}}}}}", "{$ref: '#/components/schemas/Thingy'}}}}}}}");
    const { root, mirror } = await setup(broken);
    const before = await snapshotTree(root);
    const problems = await specProblems(() => update(root, mirror));
    const dangling = problems.find((problem) => /Thingy/.test(problem.message));
    expect(dangling, problems.map((p) => p.format()).join('\n')).toBeDefined();
    expect(dangling!.file).toBe(join(mirror, FILE));
    expect(dangling!.pointer).toBe('/paths/~1things/get/responses/200/content/application~1json/schema/properties/things/items/$ref');
    expect(dangling!.line).toBe(9);
    expect(await snapshotTree(root)).toEqual(before);
  });

  describe('without a mirror', () => {
    let server: Server | undefined;
    afterEach(async () => {
      await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
      server = undefined;
    });

    it('downloads latestUrl and records it as the source and the new url', async () => {
      server = createServer((request, response) => {
        if (request.url === '/main/things.yaml') response.end(V2);
        else response.writeHead(404).end();
      });
      await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
      const latestUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/main/things.yaml`;
      const { root } = await setup(V2, { latestUrl });
      const result = await update(root, undefined, { fetch });
      expect(result.updated).toEqual([{ id: 'test/things', from: sha256(V1), to: sha256(V2), source: latestUrl }]);
      expect((await readSpecLock(join(root, 'specs/specs.lock.json'))).specs['test/things']).toMatchObject({ url: latestUrl, update: { source: latestUrl, previousSha256: sha256(V1) } });
    });
  });

  it('through the CLI (`specs update`, also `specs pull --update`): prints the diff and the changeset written; exit 1 without a stack on a broken spec', async () => {
    const compute = realPackage('openstack-compute');
    const root = await fakeOpenStackRepo();
    expect(await main(['generate', '--root', root], captureIo().io)).toBe(0);
    expect(await main(['surface', 'write', '--root', root], captureIo().io)).toBe(0);
    const lock = await readSpecLock(join(root, 'specs/specs.lock.json'));
    const spec = await readFile(join(root, 'specs/upstream', lock.specs['openstack/compute']!.file), 'utf8');
    const mirror = join(await tempDir(), 'mirror');
    // Every locked spec in the mirror as it is, compute with one more operation.
    for (const entry of Object.values(lock.specs)) await writeFiles(mirror, { [entry.file]: await readFile(join(root, 'specs/upstream', entry.file)) });
    await writeFiles(mirror, { [lock.specs['openstack/compute']!.file]: spec.replace("paths:\n", "paths:\n  '/v2.1/flavors':\n    get:\n      operationId: flavors_list\n      responses:\n        '200':\n          description: OK\n") });

    const io = captureIo();
    expect(await main(['specs', 'pull', '--update', '--root', root, '--mirror', mirror], io.io), io.errText()).toBe(0);
    const out = io.outText();
    expect(out).toContain('runs `specs update`');
    expect(out).toContain(`${compute.name}: minor (1 operation; 0 breaking changes, 1 other)`);
    expect(out).toContain('    GET /flavors — operation added (minor)');
    const [changeset] = await changesetFiles(root);
    expect(out).toContain(`changeset: .changeset/${changeset}`);
    expect(await readFile(join(root, '.changeset', changeset!), 'utf8')).toMatch(/^---\n'@stratus\/openstack-compute': minor\n---\n/);

    // Nothing new: nothing changes.
    const before = await snapshotTree(root);
    const again = captureIo();
    expect(await main(['specs', 'update', '--root', root, '--mirror', mirror], again.io)).toBe(0);
    expect(again.outText()).toContain('nothing to do');
    expect(await snapshotTree(root)).toEqual(before);

    // A broken spec: exit 1, the problem named, no stack trace, nothing written.
    await writeFiles(mirror, { [lock.specs['openstack/compute']!.file]: 'openapi: 3.1.0\ninfo: [\n' });
    const broken = captureIo();
    expect(await main(['specs', 'update', '--root', root, '--mirror', mirror], broken.io)).toBe(1);
    expect(broken.errText()).toContain(join(mirror, lock.specs['openstack/compute']!.file));
    expect(broken.errText()).not.toMatch(STACK_FRAME);
    expect(await snapshotTree(root)).toEqual(before);
  });
});
