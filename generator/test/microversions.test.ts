import { readFile, mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { buildPackage } from '../src/pipeline/build-package.js';
import { readSpecLock } from '../src/specs/spec-lock.js';
import { MICROVERSIONS } from '../src/microversions/microversion-config.js';
import { fillVersionGaps } from '../src/microversions/microversioned-union.js';
import { fixture, removeTempDirs, tempDir, testPackage, testRepo } from './helpers/repo.js';
import { typecheckFiles, writeCoreTypes } from './helpers/typecheck.js';

afterAll(removeTempDirs);

async function buildThings() {
  const root = await testRepo({ things: await fixture('microversions/things.yaml') });
  const config = testPackage('things', {
    transforms: { stripPathPrefix: '/v1' },
    readmeExample: { method: 'get', path: '/things/{id}', resultNote: 'data' },
    service: { displayName: 'Things', serviceType: 'things', microversion: { service: 'things', headers: [{ name: 'OpenStack-API-Version', serviceName: 'things' }] } },
  });
  const lock = await readSpecLock(join(root, 'specs/specs.lock.json'));
  return (await buildPackage(root, config, lock, '1.2.3')).output.files;
}

describe('microversions in generated packages', () => {
  it('emits the version ladder and the operations limited to some versions', async () => {
    const module = (await buildThings()).get('src/generated/microversions.ts')!;
    expect(module).toContain("export type Microversion = '1.0' | '1.1' | '1.2' | '1.3';");
    expect(module).toContain("export type LatestMicroversion = '1.3';");
    expect(module).toContain("export type From_1_1 = '1.1' | From_1_2;");
    expect(module).toContain("export type UpTo_1_1 = '1.1' | UpTo_1_0;");
    expect(module).toContain(`  "/legacy": { get: MicroversionLimited<Microversion, UpTo_1_1> };`);
  });

  it('emits the request bodies and responses limited to some versions (through $refs; a range covering every version is left out)', async () => {
    const module = (await buildThings()).get('src/generated/microversions.ts')!;
    expect(module).toContain(
      `  "/providers": { post: { requestBody: MicroversionLimited<Microversion, UpTo_1_2>; responses: { 200: MicroversionLimited<From_1_2, Microversion>; 201: MicroversionLimited<Microversion, UpTo_1_1> } } };`,
    );
    expect(module).not.toContain('409:');
    const index = (await buildThings()).get('src/generated/index.ts')!;
    expect(index).toContain('export type PathsAt<V extends Microversion> = PathsAtMicroversion<specPaths, OperationMicroversions, V, OperationPartMicroversions>;');
  });

  it('rewrites versioned oneOfs (inline response and component request body) as Microversioned entries', async () => {
    const schema = (await buildThings()).get('src/generated/schema.ts')!;
    expect(schema).toContain(`Microversioned<MicroversionLimited<From_1_0, UpTo_1_1, Schema<"ThingShow_10">> | MicroversionLimited<From_1_2, Microversion, Schema<"ThingShow_12">>>`);
    expect(schema).toContain(`ThingCreateRequest: Microversioned<MicroversionLimited<From_1_0, UpTo_1_2, Schema<"ThingCreate_10">> | MicroversionLimited<From_1_3, Microversion, Schema<"ThingCreate_13">>>;`);
  });

  it('widens variants over the versions no variant declares: the newest earlier variant holds', async () => {
    const schema = (await buildThings()).get('src/generated/schema.ts')!;
    // Declared 1.0–1.0 and 1.2–1.2 in a 1.0–1.3 API: 1.1 keeps the first, 1.3 the second.
    expect(schema).toContain(`Microversioned<MicroversionLimited<From_1_0, UpTo_1_1, {`);
    expect(schema).toMatch(/\}> \| MicroversionLimited<From_1_2, Microversion, \{\s+size: number;\s+unit: string;/);
  });

  it('fillVersionGaps: gaps go to the variant with the greatest max-ver below them', () => {
    const ladder = ['2.0', '2.1', '2.2', '2.3', '2.4', '2.5'];
    // Capped below the newest (Nova's keypair show ends at 2.9 of 2.104): the last one opens up.
    expect(fillVersionGaps([{ min: '2.0', max: '2.1' }, { min: '2.2', max: '2.3' }], ladder)).toEqual([{ min: '2.0', max: '2.1' }, { min: '2.2' }]);
    // A gap between two variants belongs to the earlier one.
    expect(fillVersionGaps([{ min: '2.0', max: '2.1' }, { min: '2.4' }], ladder)).toEqual([{ min: '2.0', max: '2.3' }, { min: '2.4' }]);
    // Listed out of order, overlapping: the greatest max wins, whatever its position.
    expect(fillVersionGaps([{ min: '2.1', max: '2.3' }, { min: '2.0', max: '2.2' }], ladder)).toEqual([{ min: '2.1' }, { min: '2.0', max: '2.2' }]);
    // Nothing declared below the first variant: those versions stay uncovered; full covers are left alone.
    expect(fillVersionGaps([{ min: '2.2', max: '2.3' }, { min: '2.4' }], ladder)).toEqual([{ min: '2.2', max: '2.3' }, { min: '2.4' }]);
    expect(fillVersionGaps([{ max: '2.2' }, { min: '2.3' }], ladder)).toEqual([{ max: '2.2' }, { min: '2.3' }]);
  });

  it('emits one operation map per method, operations limited to some versions apart, and types the client from them', async () => {
    const files = await buildThings();
    const maps = files.get('src/generated/operation-maps.ts')!;
    expect(maps).toContain(`export interface OperationsByMethod {\n  get: {\n`);
    // Compact operation types (no `?: never` padding), the versioned body a synthetic component.
    // `/things/{id}` and `/widgets/{id}` take the same `parameters`, declared once.
    expect(maps).toMatch(/^ {4}"\/things\/\{id\}": \{ parameters: (Parameters_path_[0-9a-f]{8}); responses: JsonResponse<Schema<"stratus\.inline\.get \/things\/\{id\} \/responses\/200">>; \};$/m);
    expect(maps).toMatch(/^type Parameters_path_[0-9a-f]{8} = \{ path: \{ id: string; \}; \};$/m);
    expect(maps).toContain(`    "/legacy": MicroversionLimited<Microversion, UpTo_1_1, { parameters: {}; responses: JsonResponse<{ old?: string; }>; }>;`);
    expect(files.get('src/generated/schema.ts')).not.toMatch(/export (interface|type) (paths|operations)\b(?! = Record<string, never>)/);
    expect(maps).not.toMatch(/OperationsByMethod \{[^}]*"\/legacy"/);
    const index = files.get('src/generated/index.ts')!;
    expect(index).toContain('export type OperationsAt<V extends Microversion> = OperationsAtMicroversion<OperationsByMethod, VersionLimitedOperations, V, OperationPartMicroversions>;');
    expect(index).toContain('export type ThingsClient<V extends Microversion = LatestMicroversion> = ServiceClient<OperationsAt<V>> & ThingsManagers<OperationsAt<V>>;');
  });

  it('puts the header facts and the spec range in `service`, and a version-generic create<Service>Client', async () => {
    const index = (await buildThings()).get('src/generated/index.ts')!;
    expect(index).toContain(`  microversion: {\n    service: 'things',\n    headers: [{\n      name: 'OpenStack-API-Version',\n      serviceName: 'things',\n    }],\n    min: '1.0',\n    max: '1.3',\n  },`);
    expect(index).toContain('export type paths = PathsAt<LatestMicroversion>;');
    expect(index).toContain('export function createThingsClient<V extends Microversion = LatestMicroversion>(options: ThingsClientOptions<V>): ThingsClient<V> {');
  });

  it('the generated types narrow by version under tsc --strict', async () => {
    const files = await buildThings();
    const dir = await tempDir();
    // @stratus/core's resolver types (types only), as the generated schema imports them.
    await writeCoreTypes(dir);
    await writeFile(join(dir, 'package.json'), JSON.stringify({ type: 'module' }));
    await writeFile(join(dir, 'schema.ts'), files.get('src/generated/schema.ts')!);
    await writeFile(join(dir, 'microversions.ts'), files.get('src/generated/microversions.ts')!);
    await writeFile(join(dir, 'operation-maps.ts'), files.get('src/generated/operation-maps.ts')!);
    const usage = [
      "import type { PathsAtMicroversion } from '@stratus/core';",
      "import type { components } from './schema.js';",
      "import type { SpecPaths as paths } from './operation-maps.js';",
      "import type { OperationMicroversions, OperationPartMicroversions } from './microversions.js';",
      'type At<V> = PathsAtMicroversion<paths, OperationMicroversions, V, OperationPartMicroversions>;',
      "type Show<V> = At<V>['/things/{id}']['get']['responses'][200]['content']['application/json'];",
      "type Create<V> = NonNullable<At<V>['/things']['post']['requestBody']>['content']['application/json'];",
      "export const old: components['schemas']['ThingShow_10'] = {} as Show<'1.1'>;",
      "export const tags: string[] = ({} as Show<'1.2'>).tags;",
      "// @ts-expect-error -- no tags before 1.2",
      "export const none = ({} as Show<'1.1'>).tags;",
      "export const color: string = ({} as Create<'1.3'>).color;",
      "// @ts-expect-error -- no color before 1.3",
      "export const noColor = ({} as Create<'1.2'>).color;",
      "export const legacy: At<'1.1'>['/legacy']['get'] = {} as never;",
      "// Inline variants (Placement's style) narrow as well.",
      "type Gadget<V> = NonNullable<At<V>['/gadgets']['put']['requestBody']>['content']['application/json'];",
      "export const unit: string = ({} as Gadget<'1.2'>).unit;",
      "// @ts-expect-error -- no unit before 1.2",
      "export const noUnit = ({} as Gadget<'1.1'>).unit;",
      "// Past the last declared variant, and in a gap between two, the newest earlier variant holds.",
      "type Widget<V> = At<V>['/widgets/{id}']['get']['responses'][200]['content']['application/json'];",
      "export const latestUnit: string = ({} as Widget<'1.3'>).unit;",
      "export const gapSize: number = ({} as Widget<'1.1'>).size;",
      "// @ts-expect-error -- 1.1 is still the 1.0 variant, without unit",
      "export const gapUnit = ({} as Widget<'1.1'>).unit;",
      "type HasGet<T> = 'get' extends keyof T ? true : false;",
      "export const gone: HasGet<At<'1.2'>['/legacy']> = false;",
      "// A response out of its range is gone: 201 up to 1.1, 200 from 1.2; 409 in every version.",
      "type CreateStatuses<V> = keyof At<V>['/providers']['post']['responses'];",
      "export const oldStatuses: [CreateStatuses<'1.1'>] extends [201 | 409] ? ([201 | 409] extends [CreateStatuses<'1.1'>] ? true : false) : false = true;",
      "export const newStatuses: [CreateStatuses<'1.2'>] extends [200 | 409] ? ([200 | 409] extends [CreateStatuses<'1.2'>] ? true : false) : false = true;",
      "export const uuid: string = ({} as At<'1.2'>['/providers']['post']['responses'][200]['content']['application/json']).uuid;",
      "// A request body out of its range is never, as openapi-typescript's `requestBody?: never` (openapi-fetch: no body).",
      "export const named: string = ({} as NonNullable<At<'1.2'>['/providers']['post']['requestBody']>['content']['application/json']).name;",
      "export const noBody: [NonNullable<At<'1.3'>['/providers']['post']['requestBody']>] extends [never] ? true : false = true;",
      "// The client's operation maps resolve every operation as PathsAt does, and keep a limited one only in its range.",
      "import type { OperationsAtMicroversion } from '@stratus/core';",
      "import type { OperationsByMethod, VersionLimitedOperations } from './operation-maps.js';",
      'type Ops<V> = OperationsAtMicroversion<OperationsByMethod, VersionLimitedOperations, V, OperationPartMicroversions>;',
      "export const sameShow: Ops<'1.2'>['get']['/things/{id}'] = {} as At<'1.2'>['/things/{id}']['get'];",
      "export const sameShowBack: At<'1.2'>['/things/{id}']['get'] = {} as Ops<'1.2'>['get']['/things/{id}'];",
      "export const sameCreate: Ops<'1.1'>['post']['/providers'] = {} as At<'1.1'>['/providers']['post'];",
      "export const legacyOps: Ops<'1.1'>['get']['/legacy'] = {} as At<'1.1'>['/legacy']['get'];",
      "export const legacyGone: '/legacy' extends keyof Ops<'1.2'>['get'] ? false : true = true;",
      "// @ts-expect-error -- no tags before 1.2",
      "export const opsNone = ({} as Ops<'1.1'>['get']['/things/{id}']['responses'][200]['content']['application/json']).tags;",
      "// Unresolved, a versioned oneOf is still the union of its variants.",
      "export const raw: components['schemas']['ThingCreateRequest'] = { name: 'x' };",
    ];
    await writeFile(join(dir, 'usage.ts'), usage.join('\n'));
    expect(typecheckFiles([join(dir, 'usage.ts')])).toEqual([]);
  }, 60_000);

  it('configures the header of every service with microversions', () => {
    expect(MICROVERSIONS.compute.headers).toEqual([{ name: 'X-OpenStack-Nova-API-Version' }, { name: 'OpenStack-API-Version', serviceName: 'compute', since: '2.27' }]);
    expect(Object.fromEntries(Object.entries(MICROVERSIONS).map(([key, value]) => [key, value.service]))).toEqual({
      compute: 'compute',
      blockStorage: 'volume',
      placement: 'placement',
      containerInfra: 'container-infra',
      sharedFileSystem: 'shared-file-system',
      baremetal: 'baremetal',
      iot: 'iot',
    });
  });
});
