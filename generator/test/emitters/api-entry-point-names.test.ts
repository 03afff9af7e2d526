/**
 * Names the API entry point emitter makes up (shared parameter groups, synthetic components, the
 * exports of per-endpoint catalogues) depend on what they name, not on what else the spec holds.
 */
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import type { ApiEntryPointsConfig } from '../../src/config/package-config.js';
import { emitApiEntryPoints } from '../../src/emitters/emit-api-entry-points.js';
import type { OpenApiDocument, Operation } from '../../src/readers/openapi-document.js';

const CONFIG: ApiEntryPointsConfig = {
  name: '@stratus/test-shop',
  directory: 'packages/test-shop',
  provider: 'ovh',
  description: 'test',
  reader: 'openapi',
  inputs: [],
  layout: 'api-entry-points',
  apiExtension: 'x-stratus-api',
  defineApi: { module: 'src/api/define.ts', exportName: 'defineApi', pathsTypeName: 'PathsFromOperations' },
} as ApiEntryPointsConfig;

const pathParam = (name: string, description: string) => ({ name, in: 'path', required: true, description, schema: { type: 'string' } });
const colorQuery = { name: 'color', in: 'query', description: 'Filter on the color', schema: { type: 'string' } };
const ok = (schema?: unknown) => ({ '200': { description: 'OK', ...(schema ? { content: { 'application/json': { schema } } } : {}) } });
const op = (api: string, parameters: unknown[], responses = ok(), extra: Partial<Operation> = {}): Operation => ({ summary: 'Do it', parameters, responses, 'x-stratus-api': api, ...extra });

const shopId = pathParam('shopId', 'Shop ID');
const itemId = pathParam('itemId', 'Item ID');
/** A response the compact writer leaves to openapi-typescript (a synthetic component). */
const oneOf = { oneOf: [{ type: 'string' }, { type: 'integer' }] };

function shopSpec(): OpenApiDocument {
  return {
    openapi: '3.1.0',
    info: { title: 'shop', version: '1' },
    paths: {
      '/shop/{shopId}': { get: op('shop', [shopId]), put: op('shop', [shopId]) },
      '/shop/{shopId}/item': { get: op('shop', [shopId, colorQuery], ok(oneOf)) },
      '/shop/{shopId}/item/{itemId}': { get: op('shop', [shopId, itemId]), delete: op('shop', [shopId, itemId]) },
    },
  };
}

/** The same spec and more: operations sorting before and between the others, new shared groups, one more use of an inline group and of a synthetic shape. */
function grownSpec(): OpenApiDocument {
  const spec = shopSpec();
  const zoneId = pathParam('zoneId', 'Zone ID');
  return {
    ...spec,
    paths: {
      '/a/{zoneId}': { get: op('shop', [zoneId], ok(oneOf)), delete: op('shop', [zoneId]) },
      '/shop/{shopId}': spec.paths['/shop/{shopId}']!,
      '/shop/{shopId}/audit': { get: op('shop', [shopId, colorQuery], ok(oneOf)) },
      '/shop/{shopId}/item': spec.paths['/shop/{shopId}/item']!,
      '/shop/{shopId}/item/{itemId}': spec.paths['/shop/{shopId}/item/{itemId}']!,
    },
  };
}

async function emit(document: OpenApiDocument, config: ApiEntryPointsConfig = CONFIG): Promise<Map<string, string>> {
  return (await emitApiEntryPoints(config, structuredClone(document), '// header\n', 'test.yaml')).files;
}

/** The module's own `type Name = …;` declarations (not its exports); a documented member starts a line of its own. */
function declarations(module: string): Map<string, string> {
  const source = ts.createSourceFile('entry.ts', module, ts.ScriptTarget.ES2022, true);
  return new Map(source.statements.filter(ts.isTypeAliasDeclaration).filter((alias) => !alias.modifiers?.length).map((alias) => [alias.name.text, alias.type.getText(source)]));
}

/** Each operation (`"/path": type`) with every named group written out, so an operation that only moved a group to a name compares equal. */
function operationLines(module: string): string[] {
  const named = declarations(module);
  const source = ts.createSourceFile('entry.ts', module, ts.ScriptTarget.ES2022, true);
  const lines: string[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isPropertySignature(node) && ts.isStringLiteral(node.name) && node.name.text.startsWith('/') && node.type) {
      const expand = (text: string): string => text.replace(/\b(?:Path|Query|Header|Parameters|Responses?)_\w+/g, (name) => (named.has(name) ? expand(named.get(name)!) : name));
      lines.push(`${node.name.getText(source)}: ${expand(node.type.getText(source))}`);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return lines;
}

function syntheticKeys(schemaModule: string): string[] {
  return [...schemaModule.matchAll(/"(stratus\.inline\.[^"]+)"/g)].map((match) => match[1]!);
}

describe('names made up by the API entry point emitter', () => {
  it('survive added operations: no existing name is renamed or redefined, no operation retyped', async () => {
    const before = await emit(shopSpec());
    const after = await emit(grownSpec());
    const entry = 'src/generated/apis/shop.ts';
    const schemas = 'src/generated/schemas/shop.ts';

    const namedBefore = declarations(before.get(entry)!);
    // `/shop/{shopId}/item/{itemId}`'s two operations share one `parameters` object, which holds the
    // path group: named once there. `shopId` alone is in two `parameters` objects, so it has a name too.
    expect([...namedBefore.keys()]).toEqual([expect.stringMatching(/^Parameters_path_[0-9a-f]{8}$/), expect.stringMatching(/^Parameters_path_[0-9a-f]{8}$/), expect.stringMatching(/^Path_shopId_[0-9a-f]{8}$/)]);
    const namedAfter = declarations(after.get(entry)!);
    for (const [name, type] of namedBefore) expect(namedAfter.get(name), name).toBe(type);
    // The new shared `parameters` objects (the new path's two operations; `shopId` + `color`, now in two) get names of their own.
    expect([...namedAfter.keys()].filter((name) => !namedBefore.has(name))).toEqual([expect.stringMatching(/^Parameters_path_[0-9a-f]{8}$/), expect.stringMatching(/^Parameters_path_query_[0-9a-f]{8}$/)]);

    const linesAfter = new Set(operationLines(after.get(entry)!));
    for (const line of operationLines(before.get(entry)!)) expect(linesAfter, line).toContain(line);

    const inlineBefore = syntheticKeys(before.get(schemas)!);
    expect(inlineBefore).toEqual(['stratus.inline.get /shop/{shopId}/item#/responses/200']);
    expect(syntheticKeys(after.get(schemas)!)).toEqual(expect.arrayContaining(inlineBefore));
    expect(after.get(entry)).toContain('Schema<"stratus.inline.get /shop/{shopId}/item#/responses/200">');
  });

  it('are the same bytes on every run', async () => {
    expect(await emit(grownSpec())).toEqual(await emit(grownSpec()));
  });

  it('give a per-endpoint catalogue exports of its own: <api><Endpoint>, allApis<Endpoint>', async () => {
    const files = await emit(shopSpec(), { ...CONFIG, entryPrefix: 'kimsufi-eu' });
    expect(files.get('src/generated/apis/kimsufi-eu/shop.ts')).toContain('export const shopKimsufiEu = defineApi<ShopKimsufiEuOperations, ShopKimsufiEuPaths>({');
    expect(files.get('src/generated/apis/kimsufi-eu/all.ts')).toContain("import { shopKimsufiEu } from './shop.js';");
    expect(files.get('src/generated/apis/kimsufi-eu/all.ts')).toContain('export const allApisKimsufiEu = [\n  shopKimsufiEu,\n] as const;');
    expect((await emit(shopSpec())).get('src/generated/apis/shop.ts')).toContain('export const shop = defineApi<ShopOperations, ShopPaths>({');
  });

  it('name every export of an API module after the API (and endpoint), so two modules can be `export *`-ed together', async () => {
    // Every `export` line, by the name it exports (`export type { a as B }` exports B).
    const exportsOf = (text: string) => [...text.matchAll(/^export (?:type \{ (?:\w+ as )?(\w+) \}|interface (\w+)|type (\w+)|const (\w+))|^export\b.*/gm)].map((match) => match.slice(1).find(Boolean) ?? match[0]).sort();
    expect(exportsOf((await emit(shopSpec())).get('src/generated/apis/shop.ts')!)).toEqual(['ShopComponents', 'ShopOperations', 'ShopPaths', 'shop']);
    const perEndpoint = (await emit(shopSpec(), { ...CONFIG, entryPrefix: 'kimsufi-eu' })).get('src/generated/apis/kimsufi-eu/shop.ts')!;
    expect(exportsOf(perEndpoint)).toEqual(['ShopKimsufiEuComponents', 'ShopKimsufiEuOperations', 'ShopKimsufiEuPaths', 'shopKimsufiEu']);
  });

  it('carry the spec’s deprecation note, replacement included, after @deprecated', async () => {
    const spec = shopSpec();
    spec.paths['/shop/{shopId}']!.put = op('shop', [shopId], ok(), { deprecated: true, 'x-stratus-deprecation': 'Deprecated since 2024-01-01. Use `/shop/{shopId}/v2` instead.' });
    const entry = (await emit(spec)).get('src/generated/apis/shop.ts')!;
    expect(entry).toContain('     * @deprecated Deprecated since 2024-01-01. Use `/shop/{shopId}/v2` instead.\n     */\n    "/shop/{shopId}": {');
  });
});
