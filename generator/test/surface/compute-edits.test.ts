/**
 * Hand edits of the real compute spec (an operation removed, a required request property added, a
 * response property retyped, a new microversion): exactly those changes, classified, and a major bump.
 * Skipped when the specs have not been pulled.
 */
import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import YAML from 'yaml';
import { readSpecLock } from '../../src/specs/spec-lock.js';
import { buildSurfaces } from '../../src/surface/build-surfaces.js';
import { diffSurfaces } from '../../src/surface/diff-surfaces.js';
import { realPackage, removeTempDirs, tempDir } from '../helpers/repo.js';

afterAll(removeTempDirs);

const REPO = fileURLToPath(new URL('../../../', import.meta.url));
const COMPUTE = realPackage('openstack-compute');
type Node = Record<string, any>;

describe.skipIf(!existsSync(join(REPO, 'specs/upstream/openstack/compute')))('hand edits of the real compute spec', () => {
  it('an operation removed, a required request property, a retyped response property, a new microversion', async () => {
    const lock = await readSpecLock(join(REPO, 'specs/specs.lock.json'));
    const path = join(REPO, 'specs/upstream', lock.specs['openstack/compute']!.file);
    const spec = YAML.parse(await readFile(path, 'utf8')) as Node;
    const schemas = spec['components'].schemas as Node;
    delete spec['paths']['/v2.1/os-keypairs/{id}'].delete;
    const server = schemas['ServersCreate_294'].properties.server;
    server.properties.shiny = { type: 'string' };
    server.required = [...(server.required ?? []), 'shiny'];
    schemas['Os_KeypairShowResponse_22'].properties.keypair.properties.fingerprint = { type: 'integer', description: 'The fingerprint for the keypair.' };
    const next = structuredClone(schemas['ServerShowResponse_2100']);
    next['x-openstack'] = { 'min-ver': '2.105' };
    for (const variant of next.properties.server.oneOf) variant.properties.sparkle = { type: 'boolean' };
    schemas['ServerShowResponse_2105'] = next;
    schemas['ServerShowResponse_2100']['x-openstack'] = { 'min-ver': '2.100', 'max-ver': '2.104' };
    spec['paths']['/v2.1/servers/{id}'].get.responses['200'].content['application/json'].schema.oneOf.push({ $ref: '#/components/schemas/ServerShowResponse_2105' });
    spec['info'].version = '2.105';
    const edited = join(await tempDir(), 'compute.json');
    await writeFile(edited, JSON.stringify(spec));

    const replaced = new Map([['openstack/compute', { id: 'openstack/compute', path: edited, displayPath: 'compute.json' }]]);
    const [before, after] = await Promise.all([buildSurfaces({ root: REPO, configs: [COMPUTE], lock }), buildSurfaces({ root: REPO, configs: [COMPUTE], lock, replaced })]);
    const [diff] = diffSurfaces([COMPUTE.name], new Map(before.map(({ surface }) => [surface.entryPoint, surface])), new Map(after.map(({ surface }) => [surface.entryPoint, surface])));
    expect(diff!.bump).toBe('major');
    expect(diff!.changes.map((change) => [change.operation, change.rule, change.level, change.detail])).toEqual([
      ['DELETE /os-keypairs/{id}', 'operation-removed', 'major', 'operation removed'],
      ['GET /os-keypairs/{id}', 'type-changed', 'major', 'response 200 › model Os_KeypairShowResponse_22 › keypair.fingerprint: type string → integer'],
      ['POST /servers', 'property-added-required', 'major', 'request body › model ServersCreate_294 › server: property "shiny" added (required)'],
      // A new microversion is opt-in: clients pinned to 2.104 or older keep their types.
      ['GET /servers/{id}', 'microversion-range-capped', 'minor', 'response 200 › model ServerShowResponse_2100: microversions 2.100–* → 2.100–2.104'],
      ['GET /servers/{id}', 'microversion-variant-added', 'minor', 'response 200: variant microversion 2.105 added'],
    ]);
    expect(diff!.changes[0]!.managers).toEqual(['keypairs.delete']);
  }, 60_000);
});
