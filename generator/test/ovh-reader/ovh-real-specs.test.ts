/**
 * The OVH reader on the REAL pulled schemas (read-only): every v1 and v2 API document in one IR.
 * Skipped when the specs have not been pulled (`pnpm specs:pull`).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import openapiTS, { astToString } from 'openapi-typescript';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HTTP_METHODS, type OpenApiDocument } from '../../src/readers/openapi-document.js';
import { validateOpenApi } from '../../src/readers/openapi/validate-openapi.js';
import { ovhReader } from '../../src/readers/ovh/ovh-reader.js';
import type { ReaderInputFile } from '../../src/readers/reader.js';
import { removeTempDirs, tempDir } from '../helpers/repo.js';
import { typecheckFiles } from '../helpers/typecheck.js';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const UPSTREAM = join(ROOT, 'specs/upstream/ovh');
const PULLED = existsSync(join(UPSTREAM, 'v1/me.json')) && existsSync(join(UPSTREAM, 'v2/iam.json'));

type Node = Record<string, any>;

function inputs(): ReaderInputFile[] {
  const lock = JSON.parse(readFileSync(join(ROOT, 'specs/specs.lock.json'), 'utf8')) as { specs: Record<string, { file: string }> };
  return Object.entries(lock.specs)
    .filter(([id]) => id.startsWith('ovh/v1/') || id.startsWith('ovh/v2/'))
    .map(([id, entry]) => {
      const path = join(ROOT, 'specs/upstream', entry.file);
      return { id, path, displayPath: relative(ROOT, path) };
    });
}

function operationsOf(document: OpenApiDocument): { path: string; method: string; operation: Node }[] {
  return Object.entries(document.paths).flatMap(([path, item]) => HTTP_METHODS.flatMap((method) => (item[method] ? [{ path, method, operation: item[method] as Node }] : [])));
}

/** What the emitter will do per entry point: the operations of one API and the components they reach. */
function pruneToApi(document: OpenApiDocument, api: string): OpenApiDocument {
  const paths: Node = {};
  for (const { path, method, operation } of operationsOf(document)) {
    if (operation['x-stratus-api'] === api) (paths[path] ??= {})[method] = operation;
  }
  const all = document.components!.schemas as Node;
  const kept: Node = {};
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(visit);
    if (node === null || typeof node !== 'object') return;
    for (const [key, child] of Object.entries(node)) {
      if (key === '$ref' && typeof child === 'string') {
        const name = child.slice('#/components/schemas/'.length);
        if (!(name in kept)) {
          kept[name] = all[name];
          visit(all[name]);
        }
      } else visit(child);
    }
  };
  visit(paths);
  const schemas: Node = {};
  for (const name of Object.keys(kept).sort()) schemas[name] = kept[name];
  return structuredClone({ ...document, paths, components: { ...document.components, schemas } });
}

afterAll(removeTempDirs);

describe.skipIf(!PULLED)('OVH reader on the real v1 + v2 schemas', () => {
  let files: ReaderInputFile[];
  let ir: OpenApiDocument;
  let readMs = 0;

  beforeAll(async () => {
    files = inputs();
    const started = performance.now();
    ir = await ovhReader.read(files);
    readMs = performance.now() - started;
    console.log(`[ovh] read ${files.length} files (v1 + v2) in ${Math.round(readMs)} ms: ${operationsOf(ir).length} operations, ${Object.keys(ir.components!.schemas!).length} component schemas`);
  }, 60_000);

  it('reads every file of the lock (70 + 14 APIs and the two indexes)', () => {
    expect(files.filter((f) => f.id.startsWith('ovh/v1/') && !f.id.endsWith('/_index'))).toHaveLength(70);
    expect(files.filter((f) => f.id.startsWith('ovh/v2/') && !f.id.endsWith('/_index'))).toHaveLength(14);
  });

  it('drops no operation: 6,398 v1 + 226 v2, and per file the sum of apis[].operations', () => {
    const operations = operationsOf(ir);
    expect(operations.filter((o) => !o.path.startsWith('/v2/'))).toHaveLength(6398);
    expect(operations.filter((o) => o.path.startsWith('/v2/'))).toHaveLength(226);
    const perApi = new Map<string, number>();
    for (const { operation } of operations) perApi.set(operation['x-stratus-api'], (perApi.get(operation['x-stratus-api']) ?? 0) + 1);
    let checked = 0;
    for (const file of files) {
      if (file.id.endsWith('/_index')) continue;
      const native = JSON.parse(readFileSync(file.path, 'utf8')) as { resourcePath: string; apis?: { operations: unknown[] }[] };
      const expected = (native.apis ?? []).reduce((sum, api) => sum + api.operations.length, 0);
      const api = (file.id.startsWith('ovh/v2/') ? 'v2/' : '') + native.resourcePath.slice(1);
      expect(perApi.get(api) ?? 0, `${file.id} (${api})`).toBe(expected);
      checked++;
    }
    expect(checked).toBe(84);
  });

  it('passes validateOpenApi', () => {
    expect(validateOpenApi(ir, 'ovh IR').map((p) => p.format())).toEqual([]);
  });

  it('every operation has docs, an API tag, a status and IAM actions', () => {
    for (const { path, method, operation } of operationsOf(ir)) {
      expect(Boolean(operation['summary'] || operation['description']), `${method} ${path}`).toBe(true);
      expect(typeof operation['x-stratus-api']).toBe('string');
      expect(['PRODUCTION', 'BETA', 'ALPHA', 'DEPRECATED']).toContain(operation['x-ovh-api-status']);
      expect(Array.isArray(operation['x-ovh-iam-actions'])).toBe(true);
    }
  });

  it('known operations', () => {
    const get = (path: string, method: string): Node => {
      const operation = (ir.paths[path] as Node | undefined)?.[method] as Node | undefined;
      if (!operation) throw new Error(`missing ${method} ${path}`);
      return operation;
    };
    expect(get('/me', 'get')['x-stratus-api']).toBe('me');
    expect(get('/v2/iam/policy', 'get')['x-stratus-api']).toBe('v2/iam');
    expect(get('/auth/time', 'get')['security']).toEqual([]);
    expect(get('/email/domain/{domain}/redirection', 'post')['requestBody']).toBeDefined();
    expect(get('/me/bill', 'get')['parameters'].map((p: Node) => p['name'])).toEqual(expect.arrayContaining(['date.from', 'date.to']));
    expect(get('/cloud/project/{serviceName}', 'put')['requestBody'].content['application/json'].schema).toEqual({ $ref: '#/components/schemas/cloud.Project_input' });
    expect(get('/cloud/project/{serviceName}', 'get')['responses']['200'].content['application/json'].schema).toEqual({ $ref: '#/components/schemas/cloud.ProjectWithIAM' });
    // Two telephony routes take {queueId} as a body parameter only; the path parameter is added.
    const agent = get('/telephony/{billingAccount}/ovhPabx/{serviceName}/hunting/queue/{queueId}/agent', 'post');
    expect(agent['parameters'].find((p: Node) => p['name'] === 'queueId' && p['in'] === 'path')).toMatchObject({ required: true, schema: { type: 'integer' } });
    const schemas = ir.components!.schemas as Node;
    expect(schemas['cloud.AlertingDelayEnum'].enum).toEqual([3600, 10800, 21600, 43200, 86400, 172800, 259200, 604800]);
    expect(schemas['complexType.UnitAndValue_double']).toBeDefined();
    expect(schemas['nichandle.OvhSubsidiaryEnum'].enum).toContain('QC');
    // Input variants never end up empty (all-read-only legacy body models are kept whole).
    const variants = Object.entries(schemas).filter(([, schema]) => schema['x-stratus-input-of']);
    expect(variants.length).toBeGreaterThan(200);
    expect(variants.filter(([, schema]) => Object.keys(schema.properties ?? {}).length === 0).map(([name]) => name)).toEqual([]);
    // An all-read-only legacy body model keeps its properties as input; only the schema's own
    // `required` (none) applies there, where answers carry every property that cannot be null.
    expect(schemas['xdsl.ResiliationSurvey']['required']).toEqual(['type']);
    expect(schemas['xdsl.ResiliationSurvey_input']).toMatchObject({ properties: { comment: {}, type: {} }, 'x-stratus-input-of': 'xdsl.ResiliationSurvey' });
    expect(schemas['xdsl.ResiliationSurvey_input']['required']).toBeUndefined();
    // Answers: /me's nichandle is always there; request bodies keep the schema's `required`.
    expect(schemas['nichandle.Nichandle']['required']).toContain('nichandle');
    expect(schemas['auth.ApiCredentialRequestParams']['required']).toEqual(['accessRules']);
  });

  it('converts with openapi-typescript', async () => {
    const started = performance.now();
    const output = astToString(await openapiTS(structuredClone(ir) as never, { silent: true }));
    const ms = Math.round(performance.now() - started);
    console.log(`[ovh] openapi-typescript converted the whole IR in ${ms} ms (${(output.length / 1e6).toFixed(1)} MB of types)`);
    expect(output).toContain('"/v2/iam/policy": {');
  }, 120_000);

  it('generated types of me, v2/iam and cloud pass tsc --strict', async () => {
    const dir = await tempDir();
    const fileNames: string[] = [];
    for (const api of ['me', 'v2/iam', 'cloud']) {
      const pruned = pruneToApi(ir, api);
      const fileName = join(dir, `${api.replace('/', '-')}.ts`);
      await writeFile(fileName, astToString(await openapiTS(pruned as never, { silent: true })));
      fileNames.push(fileName);
    }
    // A consumer's view: request bodies omit read-only fields, responses have them (readonly).
    const usage = join(dir, 'usage.ts');
    await writeFile(
      usage,
      [
        "import type { paths } from './cloud.js';",
        "type Put = NonNullable<paths['/cloud/project/{serviceName}']['put']['requestBody']>['content']['application/json'];",
        "type Got = paths['/cloud/project/{serviceName}']['get']['responses'][200]['content']['application/json'];",
        "export const body: Put = { description: 'test', manualQuota: false };",
        '// @ts-expect-error project_id is read-only: not part of the request body',
        "export const bad: Put = { project_id: 'x' };",
        "export function id(project: Got): string | undefined { return project.project_id; }",
        "import type { paths as me } from './me.js';",
        "export type BillQuery = NonNullable<me['/me/bill']['get']['parameters']['query']>['date.from'];",
        "import type { paths as iam } from './v2-iam.js';",
        "export type Cursor = NonNullable<iam['/v2/iam/policy']['get']['parameters']['header']>['X-Pagination-Cursor'];",
        '',
      ].join('\n'),
    );
    const diagnostics = typecheckFiles([...fileNames, usage]);
    expect(diagnostics).toEqual([]);
  }, 120_000);
});
