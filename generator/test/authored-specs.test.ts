/**
 * The OpenAPI documents Stratus authors itself (no upstream spec exists): IoTronic and Ironic.
 * Each must pass the generator's own reader/validation, keep its key routes after the `/v1` prefix
 * is stripped, and convert with openapi-typescript into types that pass `tsc --strict`.
 */
import { writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import openapiTS, { astToString } from 'openapi-typescript';
import { afterAll, describe, expect, it } from 'vitest';
import { HTTP_METHODS, type OpenApiDocument, type Operation } from '../src/readers/openapi-document.js';
import { openApiReader } from '../src/readers/openapi/openapi-reader.js';
import { validateOpenApi } from '../src/readers/openapi/validate-openapi.js';
import { stripPathPrefix } from '../src/transforms/strip-path-prefix.js';
import { removeTempDirs, tempDir } from './helpers/repo.js';
import { typecheckFiles } from './helpers/typecheck.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

interface AuthoredSpec {
  slug: string;
  file: string;
  version: string;
  /** Paths that must exist once `/v1` is stripped. */
  keyPaths: string[];
  /** A consumer's view of the generated types; must type-check next to them. */
  usage: string[];
}

const SPECS: AuthoredSpec[] = [
  {
    slug: 'iot',
    file: 'specs/authored/openstack/iot.yaml',
    version: '1.0',
    keyPaths: ['/boards', '/boards/detail', '/boards/{board}', '/boards/{board}/plugins/{plugin}', '/boards/{board}/services/{service}/action', '/boards/{board}/webservices/enable', '/plugins', '/services', '/fleets/{fleet}/boards', '/ports/{port}', '/webservices', '/enabledwebservices', '/requests/{request}/results', '/'],
    usage: [
      "import type { paths, components } from './iot.js';",
      "type Create = paths['/v1/boards']['post']['requestBody']['content']['application/json'];",
      "export const board: Create = { name: 'b1', code: 'ABC', location: [{ latitude: '1', longitude: '2', altitude: '0' }] };",
      "type Created = paths['/v1/boards']['post']['responses'][201]['content']['application/json'];",
      'export function uuidOf(b: Created): string | undefined { return b.uuid; }',
      "type Enabled = paths['/v1/enabledwebservices']['get']['responses'][200]['content']['application/json'];",
      'export function firstDns(list: Enabled): string | null | undefined { return list.EnabledWebservices[0]?.dns; }',
      "export type Deleted = paths['/v1/boards/{board}']['delete']['responses'][204];",
      "export const patch: paths['/v1/boards/{board}']['patch']['requestBody']['content']['application/json'] = { name: 'renamed' };",
      "export const err: components['schemas']['ErrorResponse'] = { error_message: '{\"faultstring\": \"x\", \"faultcode\": \"Client\", \"debuginfo\": null}' };",
      "export const fields: NonNullable<paths['/v1/boards']['get']['parameters']['query']>['fields'] = ['uuid', 'name'];",
      '// @ts-expect-error location is required to create a board',
      "export const noLocation: Create = { name: 'b1', code: 'ABC' };",
      "// @ts-expect-error the list key is EnabledWebservices, not enabledwebservices",
      'export function wrongKey(list: Enabled): unknown { return list.enabledwebservices; }',
      '',
    ],
  },
  {
    slug: 'baremetal',
    file: 'specs/authored/openstack/baremetal.yaml',
    version: '1.115',
    keyPaths: ['/nodes', '/nodes/detail', '/nodes/{node_ident}', '/nodes/{node_ident}/states', '/nodes/{node_ident}/states/power', '/nodes/{node_ident}/states/provision', '/nodes/{node_ident}/maintenance', '/nodes/{node_ident}/management/boot_device', '/nodes/{node_ident}/validate', '/drivers', '/drivers/{driver_name}', '/drivers/{driver_name}/properties', '/ports', '/ports/detail', '/ports/{port_id}', '/chassis', '/chassis/{chassis_id}', '/allocations', '/allocations/{allocation_id}', '/'],
    usage: [
      "import type { paths } from './baremetal.js';",
      "type Power = paths['/v1/nodes/{node_ident}/states/power']['put']['requestBody']['content']['application/json'];",
      "export const soft: Power = { target: 'soft power off', timeout: 30 };",
      "export const on: Power = { target: 'power on' };",
      "type Provision = paths['/v1/nodes/{node_ident}/states/provision']['put']['requestBody']['content']['application/json'];",
      "export const clean: Provision = { target: 'clean', clean_steps: [{ interface: 'deploy', step: 'erase_devices' }] };",
      "export const deploy: Provision = { target: 'active', configdrive: { meta_data: { hostname: 'n1' }, user_data: '#cloud-config' } };",
      "type Patch = paths['/v1/nodes/{node_ident}']['patch']['requestBody']['content']['application/json-patch+json'];",
      "export const patch: Patch = [{ op: 'replace', path: '/driver_info/ipmi_address', value: '10.0.0.5' }, { op: 'remove', path: '/extra/foo' }];",
      "type Nodes = paths['/v1/nodes']['get']['responses'][200]['content']['application/json'];",
      'export function names(list: Nodes): (string | null | undefined)[] { return list.nodes.map((n) => n.name); }',
      "export const create: paths['/v1/nodes']['post']['requestBody']['content']['application/json'] = { driver: 'ipmi', name: 'n1', owner: 'p' };",
      "export type Accepted = paths['/v1/nodes/{node_ident}/states/power']['put']['responses'][202];",
      '// @ts-expect-error not a power target',
      "export const badPower: Power = { target: 'explode' };",
      '// @ts-expect-error ironic only accepts add, replace and remove',
      "export const move: Patch = [{ op: 'move', path: '/name' }];",
      '// @ts-expect-error driver is required to create a node',
      "export const noDriver: paths['/v1/nodes']['post']['requestBody']['content']['application/json'] = { name: 'n1' };",
      '',
    ],
  },
];

type Node = Record<string, unknown>;

function operations(document: OpenApiDocument): { path: string; method: string; operation: Operation }[] {
  return Object.entries(document.paths).flatMap(([path, item]) => HTTP_METHODS.flatMap((method) => (item[method] ? [{ path, method, operation: item[method] }] : [])));
}

async function read(spec: AuthoredSpec): Promise<OpenApiDocument> {
  const path = join(ROOT, spec.file);
  return openApiReader.read([{ id: spec.file.replace(/^specs\//, ''), path, displayPath: relative(ROOT, path) }]);
}

afterAll(removeTempDirs);

describe.each(SPECS)('authored spec $file', (spec) => {
  it('is read by the generator reader and validates cleanly', async () => {
    const document = await read(spec);
    expect(validateOpenApi(document, spec.file)).toEqual([]);
    expect(document.openapi).toBe('3.1.0');
    expect(document.info.version).toBe(spec.version);
    expect(document.components?.securitySchemes?.['ApiKeyAuth']).toEqual({ type: 'apiKey', in: 'header', name: 'X-Auth-Token' });
    expect(document.security).toEqual([{ ApiKeyAuth: [] }]);
    // Paths are authored with the version prefix, as served; discovery is unauthenticated.
    expect(Object.keys(document.paths).filter((path) => path !== '/' && path !== '/v1' && !path.startsWith('/v1/'))).toEqual([]);
    expect(document.paths['/']?.get?.security).toEqual([]);
    expect(document.paths['/v1']?.get?.security).toEqual([]);
  });

  it('every operation has a unique operationId, a summary and a description', async () => {
    const document = await read(spec);
    const ops = operations(document);
    const undocumented = ops.filter(({ operation }) => !operation.operationId || !operation.summary || !operation.description);
    expect(undocumented.map(({ method, path }) => `${method} ${path}`)).toEqual([]);
    const ids = ops.map(({ operation }) => operation.operationId);
    expect(new Set(ids).size).toBe(ids.length);
    // Codegenerator style: `<path without version, params by name>:<method>`.
    for (const { operation, method } of ops) expect(operation.operationId, String(operation.operationId)).toMatch(new RegExp(`^[A-Za-z0-9_/-]*:${method}$`));
  });

  it('keeps the key paths after stripping /v1', async () => {
    const document = await read(spec);
    const dropped = stripPathPrefix(document, '/v1', spec.file);
    expect(dropped).toEqual(['/']);
    for (const path of spec.keyPaths) expect(Object.keys(document.paths), path).toContain(path);
    expect(Object.keys(document.paths).filter((path) => path.startsWith('/v1'))).toEqual([]);
    expect(validateOpenApi(document, `${spec.file} (stripped)`)).toEqual([]);
  });

  it('converts with openapi-typescript into types that pass tsc --strict', async () => {
    const document = await read(spec);
    const output = astToString(await openapiTS(structuredClone(document) as never, { silent: true }));
    const dir = await tempDir();
    const typesFile = join(dir, `${spec.slug}.ts`);
    const usageFile = join(dir, 'usage.ts');
    await writeFile(typesFile, output);
    await writeFile(usageFile, spec.usage.join('\n'));
    const diagnostics = typecheckFiles([typesFile, usageFile]);
    expect(diagnostics).toEqual([]);
  }, 60_000);
});

describe('IoTronic specifics', () => {
  it('board create answers 201, deletes 204, PATCH takes a plain partial object', async () => {
    const document = await read(SPECS[0]!);
    expect(Object.keys(document.paths['/v1/boards']!.post!.responses!)).toContain('201');
    expect(Object.keys(document.paths['/v1/boards']!.post!.responses!)).not.toContain('200');
    for (const path of ['/v1/boards/{board}', '/v1/boards/{board}/plugins/{plugin}', '/v1/plugins/{plugin}', '/v1/services/{service}', '/v1/fleets/{fleet}', '/v1/ports/{port}', '/v1/webservices/{webservice}']) {
      expect(Object.keys(document.paths[path]!.delete!.responses!), path).toContain('204');
    }
    for (const path of ['/v1/plugins', '/v1/services', '/v1/fleets']) expect(Object.keys(document.paths[path]!.post!.responses!), path).toContain('201');
    const patch = document.paths['/v1/boards/{board}']!.patch!.requestBody as Node;
    expect(Object.keys(patch['content'] as Node)).toEqual(['application/json']);
    const schemas = document.components!.schemas as Record<string, Node>;
    expect(schemas['BoardCreate']!['required']).toEqual(['name', 'code', 'location']);
    expect(Object.keys(schemas['EnabledWebserviceCollection']!['properties'] as Node)).toContain('EnabledWebservices');
    expect(Object.keys(schemas['ErrorResponse']!['properties'] as Node)).toEqual(['error_message']);
  });
});

describe('Ironic specifics', () => {
  it('node PATCH takes JSON Patch; power/provision targets; microversions are marked', async () => {
    const document = await read(SPECS[1]!);
    const patch = document.paths['/v1/nodes/{node_ident}']!.patch!.requestBody as Node;
    expect(Object.keys(patch['content'] as Node)).toContain('application/json-patch+json');
    const schemas = document.components!.schemas as Record<string, Node>;
    expect(schemas['JsonPatch']).toMatchObject({ type: 'array', items: { $ref: '#/components/schemas/JsonPatchOperation' } });
    expect(schemas['NodeSetPowerStateRequest']!['x-openstack']).toEqual({ discriminator: 'microversion' });
    const provisionTargets = ((schemas['NodeSetProvisionStateRequest']!['properties'] as Record<string, Node>)['target']!['enum']) as string[];
    for (const verb of ['active', 'deleted', 'rebuild', 'inspect', 'provide', 'manage', 'clean', 'rescue', 'unrescue', 'abort', 'adopt', 'service', 'unhold']) expect(provisionTargets).toContain(verb);
    // Node = NodeFields with what every microversion sends required (checked against a real Ironic).
    expect(schemas['Node']).toMatchObject({ allOf: [{ $ref: '#/components/schemas/NodeFields' }] });
    expect(schemas['Node']!['required']).toEqual(expect.arrayContaining(['uuid', 'driver', 'provision_state', 'links']));
    const nodeProps = schemas['NodeFields']!['properties'] as Record<string, Node>;
    expect({ owner: nodeProps['owner']!['x-openstack'], lessee: nodeProps['lessee']!['x-openstack'], retired: nodeProps['retired']!['x-openstack'], description: nodeProps['description']!['x-openstack'], conductor: nodeProps['conductor']!['x-openstack'] }).toEqual({
      owner: { 'min-ver': '1.50' },
      lessee: { 'min-ver': '1.65' },
      retired: { 'min-ver': '1.61' },
      description: { 'min-ver': '1.51' },
      conductor: { 'min-ver': '1.49' },
    });
    for (const { path, operation } of operations(document).filter(({ path }) => path.startsWith('/v1/allocations'))) {
      expect((operation['x-openstack'] as Node | undefined)?.['min-ver'], path).toMatch(/^1\.5[27]$/);
    }
    expect(Object.keys(document.paths['/v1/nodes']!.post!.responses!)).toContain('201');
    expect(Object.keys(document.paths['/v1/nodes/{node_ident}/states/power']!.put!.responses!)).toContain('202');
  });
});
