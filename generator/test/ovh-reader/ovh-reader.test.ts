import { writeFile, mkdir } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import openapiTS, { astToString } from 'openapi-typescript';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countOperations, type OpenApiDocument, type Operation } from '../../src/readers/openapi-document.js';
import { validateOpenApi } from '../../src/readers/openapi/validate-openapi.js';
import { ovhReader } from '../../src/readers/ovh/ovh-reader.js';
import type { ReaderInputFile } from '../../src/readers/reader.js';
import { readers } from '../../src/readers/readers.js';
import { removeTempDirs, specProblems, tempDir } from '../helpers/repo.js';

const FIXTURES = fileURLToPath(new URL('./fixtures/', import.meta.url));

function fixture(path: string, id = `test/ovh/${path.replace(/\.json$/, '')}`): ReaderInputFile {
  return { id, path: join(FIXTURES, path), displayPath: `generator/test/ovh-reader/fixtures/${path}` };
}

const FIXTURE_FILES = [fixture('v1/shop.json'), fixture('v1/shop2.json'), fixture('v2/shop.json')];

type Node = Record<string, any>;

/** Writes native documents (objects or raw text) to a temp dir and reads them; ids are `ovh/<name without .json>`. */
async function readDocs(docs: Record<string, unknown>): Promise<OpenApiDocument> {
  const dir = await tempDir();
  const files: ReaderInputFile[] = [];
  for (const [name, content] of Object.entries(docs)) {
    const path = join(dir, name);
    await mkdir(dirname(path), { recursive: true });
    await writeFile(path, typeof content === 'string' ? content : JSON.stringify(content, null, 2));
    files.push({ id: `ovh/${name.replace(/\.json$/, '')}`, path, displayPath: `specs/upstream/ovh/${name}` });
  }
  return ovhReader.read(files);
}

function op(overrides: Node = {}): Node {
  return { httpMethod: 'GET', apiStatus: { description: 'Stable production version', value: 'PRODUCTION' }, noAuthentication: false, description: 'Do it', parameters: [], responseType: 'void', ...overrides };
}

function doc(resourcePath: string, apis: { path: string; operations: Node[] }[], models: Node = {}, extra: Node = {}): Node {
  return { apiVersion: '1.0', resourcePath, basePath: 'https://eu.api.ovh.com/v1', apis, models, ...extra };
}

function prop(type: string, flags: Node = {}): Node {
  return { type, canBeNull: false, readOnly: false, required: false, ...flags };
}

afterAll(removeTempDirs);

describe('ovh reader on the fixtures', () => {
  let ir: OpenApiDocument;
  const operation = (path: string, method: string): Operation => {
    const found = (ir.paths[path] as Node | undefined)?.[method] as Operation | undefined;
    if (!found) throw new Error(`no ${method} ${path}`);
    return found;
  };
  const schema = (name: string): Node => {
    const found = ir.components!.schemas![name] as Node | undefined;
    if (!found) throw new Error(`no schema ${name}`);
    return found;
  };
  const bodySchema = (path: string, method: string): Node => (operation(path, method).requestBody as Node).content['application/json'].schema;
  const responseSchema = (path: string, method: string): Node => (operation(path, method).responses as Node)['200'].content['application/json'].schema;

  beforeAll(async () => {
    ir = await ovhReader.read(FIXTURE_FILES);
  });

  it('is registered as the `ovh` reader', () => {
    expect(readers.ovh).toBe(ovhReader);
    expect(ovhReader.name).toBe('ovh');
  });

  it('returns a valid OpenAPI 3.1 document with the OVH signature scheme', () => {
    expect(validateOpenApi(ir, 'ir')).toEqual([]);
    expect(ir.openapi).toBe('3.1.0');
    expect(ir.info).toEqual({ title: 'OVHcloud API', version: '1.0' });
    expect(ir.security).toEqual([{ ovhSignature: [] }]);
    expect(ir.components!.securitySchemes).toEqual({
      ovhSignature: { type: 'apiKey', in: 'header', name: 'X-Ovh-Signature', description: 'Signed with application key/secret and consumer key (or OAuth2 bearer)' },
    });
    expect(countOperations(ir)).toBe(9 + 1 + 2);
  });

  it('prefixes v2 paths and tags every operation with its API', () => {
    expect(Object.keys(ir.paths)).toContain('/v2/shop/resource');
    expect(Object.keys(ir.paths)).not.toContain('/shop/resource');
    expect(operation('/v2/shop/resource', 'get')['x-stratus-api']).toBe('v2/shop');
    expect(operation('/shop/order', 'get')['x-stratus-api']).toBe('shop');
    expect(operation('/shop2/thing', 'get')['x-stratus-api']).toBe('shop2');
    for (const item of Object.values(ir.paths)) {
      for (const o of Object.values(item) as Node[]) {
        expect(o['x-stratus-api']).toMatch(/^(v2\/)?shop2?$/);
        expect(['PRODUCTION', 'BETA', 'ALPHA', 'DEPRECATED']).toContain(o['x-ovh-api-status']);
        expect(Array.isArray(o['x-ovh-iam-actions'])).toBe(true);
      }
    }
  });

  it('detects v2 from the lock id as well as from basePath', async () => {
    const v2 = await readDocs({ 'v2/thing.json': { resourcePath: '/thing', apis: [{ path: '/thing', operations: [op()] }], models: {} } });
    expect(Object.keys(v2.paths)).toEqual(['/v2/thing']);
    expect((v2.paths['/v2/thing']!.get as Node)['x-stratus-api']).toBe('v2/thing');
  });

  it('keeps dotted query names, maps and header parameters', () => {
    const parameters = operation('/shop/order', 'get').parameters as Node[];
    expect(parameters.map((p) => [p['name'], p['in'], p['required']])).toEqual([
      ['date.from', 'query', false],
      ['status', 'query', false],
      ['iamTags', 'query', false],
    ]);
    expect(parameters[0]!['schema']).toEqual({ type: 'string', format: 'date-time' });
    expect(parameters[1]!['schema']).toEqual({ $ref: '#/components/schemas/shop.StatusEnum' });
    // No fullType: dataType is used.
    expect(parameters[2]!['schema']).toEqual({ type: 'object', additionalProperties: { type: 'array', items: { $ref: '#/components/schemas/iam.resource.TagFilter' } } });
    const headers = operation('/v2/shop/resource', 'get').parameters as Node[];
    expect(headers).toEqual([
      { name: 'X-Pagination-Cursor', in: 'header', required: false, description: 'Pagination cursor', schema: { type: 'string' } },
      { name: 'X-Pagination-Size', in: 'header', required: false, description: 'Pagination size', schema: { type: 'integer', format: 'int64' } },
    ]);
    // fullType wins over dataType (string → duration).
    expect((operation('/shop/chart', 'get').parameters as Node[])[0]).toMatchObject({ name: 'period', in: 'query', required: true, schema: { type: 'string', format: 'duration' } });
    expect((operation('/shop/order/{orderId}', 'get').parameters as Node[])[0]).toEqual({ name: 'orderId', in: 'path', required: true, description: 'Order id', schema: { type: 'integer', format: 'int64' } });
  });

  it('unnamed body: the body is the type (input variant without read-only properties)', () => {
    const requestBody = operation('/shop/order', 'post').requestBody as Node;
    expect(requestBody['required']).toBe(true);
    expect(requestBody['description']).toBeUndefined(); // "Request Body" is boilerplate
    expect(bodySchema('/shop/order', 'post')).toEqual({ $ref: '#/components/schemas/shop.Order_input' });
    const input = schema('shop.Order_input');
    expect(Object.keys(input['properties'])).toEqual(['status', 'comment', 'size', 'item', 'tags']);
    expect(input['required']).toEqual(['status']);
    expect(input['x-stratus-input-of']).toBe('shop.Order');
    // Transitively: shop.Item has a read-only property too.
    expect(input['properties']['item']).toEqual({ anyOf: [{ $ref: '#/components/schemas/shop.Item_input' }, { type: 'null' }], description: 'The item' });
    expect(schema('shop.Item_input')).toEqual({ type: 'object', description: 'An item', properties: { name: { type: 'string', description: 'Item name' } }, required: ['name'], 'x-stratus-input-of': 'shop.Item' });
  });

  it('responses keep the full model with readOnly marks; every property that cannot be null is present', () => {
    expect(responseSchema('/shop/order', 'post')).toEqual({ $ref: '#/components/schemas/shop.Order' });
    const order = schema('shop.Order');
    expect(order['properties']['id']).toEqual({ type: 'integer', format: 'int64', description: 'Order id', readOnly: true });
    expect(order['properties']['createdAt']).toEqual({ type: 'string', format: 'date-time', description: 'Creation date', readOnly: true });
    // OVH answers whole objects: `comment` and `item` can be null (or left out), the others are there.
    expect(order['required']).toEqual(['id', 'createdAt', 'status', 'size', 'tags']);
    expect(schema('shop.Item')['required']).toEqual(['name', 'sku']);
    // The request-body list stays on the input variant only.
    expect(Object.values(ir.components!.schemas!).filter((component) => (component as Node)['x-stratus-input-required'] !== undefined)).toEqual([]);
  });

  it('named body parameters become one object (model properties use input variants)', () => {
    const requestBody = operation('/shop/order/{orderId}', 'put').requestBody as Node;
    expect(requestBody['required']).toBe(true);
    expect(bodySchema('/shop/order/{orderId}', 'put')).toEqual({
      type: 'object',
      properties: {
        quantity: { type: 'integer', format: 'int64', description: 'How many' },
        note: { type: 'string' }, // Alias:wire → wire type
        item: { $ref: '#/components/schemas/shop.Item_input', description: 'The item' },
      },
      required: ['quantity'],
    });
    expect(operation('/shop/order/{orderId}', 'put').parameters).toEqual([{ name: 'orderId', in: 'path', required: true, description: 'Order id', schema: { type: 'integer', format: 'int64' } }]);
  });

  it('void responses have no content; others are application/json', () => {
    expect(operation('/shop/order/{orderId}', 'delete').responses).toEqual({ '200': { description: 'OK' } });
    expect(operation('/shop/order', 'get').responses).toEqual({ '200': { description: 'OK', content: { 'application/json': { schema: { type: 'array', items: { type: 'integer', format: 'int64' } } } } } });
  });

  it('long enums are numbers; string enums keep their order', () => {
    expect(schema('shop.SizeEnum')).toEqual({ type: 'integer', format: 'int64', description: 'Box size', enum: [1, 4, 16] });
    expect(schema('shop.StatusEnum')).toEqual({ type: 'string', description: 'Order status', enum: ['delivered', 'pending'] });
  });

  it('canBeNull: type lists for primitives and arrays, anyOf with null for references', () => {
    expect(schema('shop.Order')['properties']['comment']).toEqual({ type: ['string', 'null'], description: 'Free text' });
    expect(schema('shop.Order')['properties']['item']).toEqual({ anyOf: [{ $ref: '#/components/schemas/shop.Item' }, { type: 'null' }], description: 'The item' });
    expect(schema('shop.Shop')['properties']['ips']).toEqual({ type: ['array', 'null'], items: { type: 'string', format: 'ipv4-block' } });
    expect(schema('shop.Order')['properties']['tags']).toEqual({ type: 'object', additionalProperties: { type: 'string' } });
  });

  it('noAuthentication → security: []', () => {
    expect(operation('/shop/time', 'get').security).toEqual([]);
    expect(operation('/shop/order', 'get').security).toBeUndefined();
  });

  it('docs: summary is the first sentence, description adds long text, status marks and IAM actions', () => {
    const post = operation('/shop/order', 'post');
    expect(post.summary).toBe('Create an order.');
    expect(post.description).toBe(
      [
        'Create an order. The order is paid later.',
        'Orders are validated by a human.',
        '**Beta**: this API may change.',
        'IAM actions: `shop:apiovh:order/create` (required), `shop:apiovh:voucher/use` (optional: Needed to pay with a voucher)',
      ].join('\n\n'),
    );
    expect(post['x-ovh-iam-actions']).toEqual([
      { name: 'shop:apiovh:order/create', required: true },
      { name: 'shop:apiovh:voucher/use', required: false, description: 'Needed to pay with a voucher' },
    ]);
    expect(post['x-ovh-api-status']).toBe('BETA');
    const del = operation('/shop/order/{orderId}', 'delete');
    expect(del.summary).toBe('Cancel this order');
    expect(del.description).toBe('**Alpha**: this API is experimental and may change or disappear without notice.\n\nIAM actions: `shop:apiovh:order/delete` (required)');
    // A one-sentence description with nothing to add is not repeated.
    const get = operation('/shop/order/{orderId}', 'get');
    expect(get.summary).toBe('Get this object properties');
    expect(get.description).toBeUndefined();
    // No description at all: the path's description.
    expect(operation('/shop/stats', 'get').summary).toBe('Statistics');
  });

  it('legacy string IAM actions are normalized', () => {
    const time = operation('/shop/time', 'get');
    expect(time['x-ovh-iam-actions']).toEqual([{ name: 'shop:apiovh:time/get', required: true }]);
    expect(time.description).toBe('IAM actions: `shop:apiovh:time/get` (required)');
  });

  it('deprecated: flag, dates and replacement without /1.0', () => {
    const put = operation('/shop/order/{orderId}', 'put');
    expect(put.deprecated).toBe(true);
    expect(put['x-ovh-api-status']).toBe('DEPRECATED');
    expect(put.description).toBe('Deprecated since 2022-12-15, removed on 2023-03-15. Use `/shop/order/{orderId}/update` instead.');
    expect(operation('/shop/order', 'get').deprecated).toBeUndefined();
  });

  it('operationId only when unique in the whole IR', () => {
    expect(operation('/v2/shop/resource/{shopId}/task/{taskId}', 'get').operationId).toBe('getShopTask');
    // `listOrders` is used in v1/shop.json and v2/shop.json.
    expect(operation('/shop/order', 'get').operationId).toBeUndefined();
    expect(operation('/v2/shop/resource', 'get').operationId).toBeUndefined();
  });

  it('materializes generic instances with T substituted, named like OVH openapi3', () => {
    expect(responseSchema('/shop/stats', 'get')).toEqual({ $ref: '#/components/schemas/complexType.UnitAndValue_double' });
    expect(schema('complexType.UnitAndValue_double')).toEqual({
      type: 'object',
      description: 'A numeric value tagged with its unit',
      properties: { unit: { type: 'string', description: 'Unit of the value', readOnly: true }, value: { type: 'number', description: 'Value', readOnly: true } },
      required: ['unit', 'value'],
    });
    expect(responseSchema('/shop/chart', 'get')).toEqual({ type: 'array', items: { $ref: '#/components/schemas/complexType.ChartSerie_complexType.ChartTimestampValue' } });
    expect(schema('complexType.ChartSerie_complexType.ChartTimestampValue')['properties']['values']).toEqual({ type: 'array', items: { $ref: '#/components/schemas/complexType.ChartTimestampValue' } });
    const task = schema('common.TaskWithInputs_map_shop.InputEnum_any');
    expect(task['properties']['inputs']).toEqual({ type: ['object', 'null'], propertyNames: { $ref: '#/components/schemas/shop.InputEnum' }, additionalProperties: {} });
    // Generic definitions themselves are not components.
    expect(Object.keys(ir.components!.schemas!).filter((key) => /[<>]/.test(key) || key.endsWith('_T'))).toEqual([]);
  });

  it('merges a model defined differently in two files (documented rule)', () => {
    expect(schema('shared.Dup')).toEqual({
      type: 'object',
      description: 'Defined differently in shop.json and shop2.json',
      properties: {
        // readOnly in both, required in both
        both: { type: 'string', description: 'In both files', readOnly: true },
        // nullable in one → nullable; readOnly in one only → not readOnly
        nullHere: { type: ['string', 'null'] },
        // only in one file → not required
        onlyShop: { type: 'integer', format: 'int64', readOnly: true },
        // types differ → anyOf, in variant order (ties: smaller file id first)
        retyped: { anyOf: [{ type: 'string' }, { type: 'integer', format: 'int64' }] },
        onlyShop2: { type: 'boolean' },
      },
      // In answers: in every variant and never null. (In request bodies: in every variant and required
      // in each, i.e. both and nullHere — see the input variants.)
      required: ['both', 'retyped'],
    });
    // Enums: union of the values, sorted; a description that only repeats the key is no description.
    expect(schema('shared.LetterEnum')).toEqual({ type: 'string', description: 'Letters', enum: ['a', 'b', 'c', 'd'] });
    // Identical copies: one model.
    expect(schema('shared.Same')).toEqual({ type: 'string', description: 'Identical in both files', enum: ['a', 'b'] });
  });

  it('sorts component keys and does not depend on the order of the files', async () => {
    const keys = Object.keys(ir.components!.schemas!);
    expect(keys).toEqual([...keys].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
    const reversed = await ovhReader.read([...FIXTURE_FILES].reverse());
    expect(JSON.stringify(reversed)).toBe(JSON.stringify(ir));
  });

  it('skips index files', async () => {
    const withIndex = await ovhReader.read([{ id: 'ovh/v1/_index', path: join(FIXTURES, 'missing/_index.json'), displayPath: 'x/_index.json' }, ...FIXTURE_FILES]);
    expect(JSON.stringify(withIndex)).toBe(JSON.stringify(ir));
  });

  it('converts with openapi-typescript: read-only fields are readonly, input variants lack them', async () => {
    const output = astToString(await openapiTS(structuredClone(ir) as never, { silent: true }));
    expect(output).toMatch(/"shop.Order": \{[^}]*readonly id: number;/s);
    expect(output).toMatch(/"shop.Order": \{[^}]*comment\?: string \| null;/s);
    expect(output).toMatch(/"shop.Order_input": \{(?![^}]*\bid\?)[^}]*status: components\["schemas"\]\["shop.StatusEnum"\];/s);
    expect(output).toContain('"date.from"?: string;');
    expect(output).toContain('"shop.SizeEnum": 1 | 4 | 16;');
    expect(output).toMatch(/@deprecated/);
  });
});

describe('ovh reader: structural cases', () => {
  it('adds a path parameter the schema forgot, typed like a same-named parameter', async () => {
    const ir = await readDocs({
      'v1/tel.json': doc('/tel', [
        {
          path: '/tel/{billingAccount}/queue/{queueId}/agent',
          operations: [
            op({
              httpMethod: 'POST',
              parameters: [
                { name: 'billingAccount', dataType: 'string', paramType: 'path', fullType: 'string', required: true, description: '' },
                { name: 'queueId', dataType: 'long', paramType: 'body', fullType: 'long', required: true, description: 'The queue' },
              ],
            }),
          ],
        },
      ]),
    });
    const post = ir.paths['/tel/{billingAccount}/queue/{queueId}/agent']!.post as Node;
    expect(post['parameters'][1]).toMatchObject({ name: 'queueId', in: 'path', required: true, schema: { type: 'integer', format: 'int64' } });
    expect(post['requestBody'].content['application/json'].schema.properties.queueId).toBeDefined();
    expect(validateOpenApi(ir, 'ir')).toEqual([]);
  });

  it('identical operations in two files are kept once', async () => {
    const same = { path: '/x', operations: [op({ description: 'Same' })] };
    const ir = await readDocs({ 'v1/a.json': doc('/a', [same]), 'v1/b.json': doc('/b', [same]) });
    expect(countOperations(ir)).toBe(1);
    expect((ir.paths['/x']!.get as Node)['x-stratus-api']).toBe('a');
  });

  it('names input variants around existing keys and follows nested models', async () => {
    const ir = await readDocs({
      'v1/a.json': doc(
        '/a',
        [{ path: '/a', operations: [op({ httpMethod: 'POST', parameters: [{ dataType: 'a.Outer', paramType: 'body', fullType: 'a.Outer', required: false, description: 'Request Body' }], responseType: 'a.Outer' })] }],
        {
          'a.Outer': { id: 'Outer', namespace: 'a', properties: { inner: prop('a.Inner[]'), thing: prop('a.Thing') } },
          'a.Inner': { id: 'Inner', namespace: 'a', properties: { id: prop('long', { readOnly: true }), name: prop('string') } },
          'a.Thing': { id: 'Thing', namespace: 'a', properties: { id: prop('long', { readOnly: true }), label: prop('string', { required: true }) } },
          'a.Thing_input': { id: 'Thing_input', namespace: 'a', properties: { x: prop('string') } },
        },
      ),
    });
    const post = ir.paths['/a']!.post as Node;
    expect(post['requestBody']).toEqual({ content: { 'application/json': { schema: { $ref: '#/components/schemas/a.Outer_input' } } } });
    const schemas = ir.components!.schemas as Node;
    expect(schemas['a.Outer_input'].properties).toEqual({ inner: { type: 'array', items: { $ref: '#/components/schemas/a.Inner_input' } }, thing: { $ref: '#/components/schemas/a.Thing_input_2' } });
    expect(schemas['a.Thing_input_2']).toEqual({ type: 'object', properties: { label: { type: 'string' } }, required: ['label'], 'x-stratus-input-of': 'a.Thing' });
    expect(schemas['a.Thing_input'].properties).toEqual({ x: { type: 'string' } });
    expect(post['responses']['200'].content['application/json'].schema).toEqual({ $ref: '#/components/schemas/a.Outer' });
    expect(validateOpenApi(ir, 'ir')).toEqual([]);
  });

  it('keeps a body model whose properties are ALL read-only whole (legacy flags, e.g. xdsl.ResiliationSurvey)', async () => {
    const ir = await readDocs({
      'v1/a.json': doc(
        '/a',
        [{ path: '/a', operations: [op({ httpMethod: 'POST', parameters: [{ name: 'survey', dataType: 'a.Survey', paramType: 'body', fullType: 'a.Survey', required: true, description: '' }] })] }],
        { 'a.Survey': { id: 'Survey', namespace: 'a', properties: { type: prop('string', { readOnly: true }), comment: prop('string', { readOnly: true, canBeNull: true }) } } },
      ),
    });
    // The input variant keeps both properties; it only drops `required: ['type']`, which holds for answers.
    expect((ir.paths['/a']!.post as Node)['requestBody'].content['application/json'].schema.properties.survey).toEqual({ $ref: '#/components/schemas/a.Survey_input' });
    expect(ir.components!.schemas).toEqual({
      'a.Survey': { type: 'object', properties: { type: { type: 'string', readOnly: true }, comment: { type: ['string', 'null'], readOnly: true } }, required: ['type'] },
      'a.Survey_input': { type: 'object', properties: { type: { type: 'string', readOnly: true }, comment: { type: ['string', 'null'], readOnly: true } }, 'x-stratus-input-of': 'a.Survey' },
    });
  });

  it('a spelled-out instance key and a flattened key are the same model', async () => {
    const generic = (value: Node): Node => ({ id: 'Kv', namespace: 'c', generics: ['T'], properties: { key: prop('string'), value } });
    const ir = await readDocs({
      'v1/a.json': doc('/a', [{ path: '/a', operations: [op({ responseType: 'c.Kv<string>[]' })] }], { 'c.Kv<T>': generic(prop('T')), 'c.Kv<string>': generic(prop('T', { canBeNull: true })) }),
      'v1/b.json': doc('/b', [{ path: '/b', operations: [op({ responseType: 'c.Kv_string' })] }], { 'c.Kv_string': { id: 'Kv_string', namespace: 'c', properties: { key: prop('string', { readOnly: true }), value: prop('string') } } }),
    });
    // The <string> key is used (value nullable), merged with c.Kv_string (key read-only there only).
    expect((ir.components!.schemas as Node)['c.Kv_string']).toEqual({ type: 'object', properties: { key: { type: 'string' }, value: { type: ['string', 'null'] } }, required: ['key'] });
  });
});

describe('ovh reader: errors name the file and the JSON pointer', () => {
  it('malformed JSON', async () => {
    const [problem] = await specProblems(() => readDocs({ 'v1/a.json': '{ "apis": [ }' }));
    expect(problem!.message).toMatch(/invalid JSON/);
    expect(problem!.file).toBe('specs/upstream/ovh/v1/a.json');
  });

  it('a document that is not an API schema', async () => {
    const problems = await specProblems(() =>
      readDocs({ 'v1/a.json': { openapi: '3.0.0', paths: {} }, 'v1/b.json': [1, 2], 'v1/c.json': { apis: {}, models: [] }, 'v1/d.json': { apis: [{ path: '/d', operations: [] }] } }),
    );
    expect(problems.map((p) => [p.file, p.pointer, p.message])).toEqual([
      ['specs/upstream/ovh/v1/a.json', '', 'not an OVH API document: it has neither "apis" nor "models"'],
      ['specs/upstream/ovh/v1/b.json', '', 'an OVH API document must be a JSON object'],
      ['specs/upstream/ovh/v1/c.json', '/apis', 'apis must be a list'],
      ['specs/upstream/ovh/v1/c.json', '/models', 'models must be an object'],
      ['specs/upstream/ovh/v1/d.json', '/resourcePath', 'resourcePath must be a path like "/me", got null'],
    ]);
  });

  it('an operation without httpMethod', async () => {
    const [problem] = await specProblems(() => readDocs({ 'v1/a.json': doc('/a', [{ path: '/a', operations: [op(), op({ httpMethod: undefined })] }]) }));
    expect(problem!.message).toBe('operation has no httpMethod');
    expect(problem!.pointer).toBe('/apis/0/operations/1');
    expect(problem!.line).toBeGreaterThan(1);
  });

  it('unknown type names, with the pointer of the offending field', async () => {
    const problems = await specProblems(() =>
      readDocs({
        'v1/a.json': doc(
          '/a',
          [
            {
              path: '/a/{id}',
              operations: [
                op({
                  parameters: [
                    { name: 'id', dataType: 'string', paramType: 'path', fullType: 'a.Missing', required: true, description: '' },
                    { name: 'q', dataType: 'a.AlsoMissing[]', paramType: 'query', required: false, description: '' },
                  ],
                  responseType: 'map[string]a.Gone',
                }),
              ],
            },
          ],
          { 'a.Model': { id: 'Model', namespace: 'a', properties: { ok: prop('string'), bad: prop('a.Nope', { fullType: 'a.Nope' }), t: prop('T'), garbage: prop('a.X<') } } },
        ),
      }),
    );
    expect(problems.map((p) => [p.pointer, p.message])).toEqual([
      ['/apis/0/operations/0/parameters/0/fullType', 'unknown type "a.Missing": neither an OVH primitive nor a model key (in type "a.Missing")'],
      ['/apis/0/operations/0/parameters/1/dataType', 'unknown type "a.AlsoMissing": neither an OVH primitive nor a model key (in type "a.AlsoMissing[]")'],
      ['/apis/0/operations/0/responseType', 'unknown type "a.Gone": neither an OVH primitive nor a model key (in type "map[string]a.Gone")'],
      ['/models/a.Model/properties/bad/fullType', 'unknown type "a.Nope": neither an OVH primitive nor a model key (in type "a.Nope")'],
      ['/models/a.Model/properties/t/type', 'type variable "T" is used outside a generic model definition (in type "T")'],
      ['/models/a.Model/properties/garbage/type', expect.stringMatching(/^invalid type: expected a type name, got end of type in type "a.X<" at offset 4$/)],
    ]);
    expect(problems.every((p) => p.file === 'specs/upstream/ovh/v1/a.json')).toBe(true);
    expect(problems[0]!.line).toBeGreaterThan(1);
  });

  it('generics with the wrong number of arguments, or none', async () => {
    const problems = await specProblems(() =>
      readDocs({
        'v1/a.json': doc('/a', [{ path: '/a', operations: [op({ responseType: 'c.Box<long,string>' }), op({ httpMethod: 'POST', responseType: 'c.Box' }), op({ httpMethod: 'PUT', responseType: 'c.Plain<long>' })] }], {
          'c.Box<T>': { id: 'Box', namespace: 'c', generics: ['T'], properties: { value: prop('T') } },
          'c.Plain': { id: 'Plain', namespace: 'c', properties: {} },
        }),
      }),
    );
    expect(problems.map((p) => [p.pointer, p.message])).toEqual([
      ['/apis/0/operations/0/responseType', 'generic model "c.Box<T>" takes 1 type argument, got 2 in "c.Box<long,string>" (in type "c.Box<long,string>")'],
      ['/apis/0/operations/1/responseType', 'generic model "c.Box" is used without type arguments (in type "c.Box")'],
      ['/apis/0/operations/2/responseType', 'model "c.Plain" is not generic but is used with type arguments (in type "c.Plain<long>")'],
    ]);
  });

  it('two files that define the same operation differently', async () => {
    const problems = await specProblems(() =>
      readDocs({ 'v1/a.json': doc('/a', [{ path: '/x', operations: [op({ description: 'One' })] }]), 'v1/b.json': doc('/b', [{ path: '/x', operations: [op({ description: 'Two' })] }]) }),
    );
    expect(problems).toHaveLength(1);
    expect(problems[0]!.file).toBe('specs/upstream/ovh/v1/b.json');
    expect(problems[0]!.pointer).toBe('/apis/0/operations/0');
    expect(problems[0]!.message).toBe('GET /x is also defined in specs/upstream/ovh/v1/a.json (/apis/0/operations/0), differently');
  });

  it('a model that is an enum in one file and an object in another', async () => {
    const problems = await specProblems(() =>
      readDocs({
        'v1/a.json': doc('/a', [], { 'x.Thing': { id: 'Thing', namespace: 'x', enum: ['a'], enumType: 'string' } }),
        'v1/b.json': doc('/b', [], { 'x.Thing': { id: 'Thing', namespace: 'x', properties: {} } }),
      }),
    );
    expect(problems.map((p) => [p.file, p.pointer])).toEqual([['specs/upstream/ovh/v1/a.json', '/models/x.Thing']]);
    expect(problems[0]!.message).toMatch(/enum here but an object in specs\/upstream\/ovh\/v1\/b.json/);
  });

  it('other operation problems', async () => {
    const problems = await specProblems(() =>
      readDocs({
        'v1/a.json': doc('/a', [
          {
            path: '/a/{id}',
            operations: [
              op({ httpMethod: 'FETCH', parameters: [] }),
              op({ apiStatus: { value: 'SUNSET' }, parameters: [{ name: 'id', dataType: 'string', paramType: 'path', required: true }] }),
              op({
                httpMethod: 'POST',
                parameters: [
                  { name: 'id', dataType: 'string', paramType: 'path', required: true },
                  { name: 'other', dataType: 'string', paramType: 'path', required: true },
                  { dataType: 'string', paramType: 'body', required: true },
                  { name: 'named', dataType: 'string', paramType: 'body', required: true },
                  { name: 'f', dataType: 'string', paramType: 'formData', required: true },
                ],
              }),
            ],
          },
        ]),
      }),
    );
    expect(problems.map((p) => [p.file.replace('specs/upstream/ovh/', ''), p.pointer, p.message])).toEqual([
      ['v1/a.json', '/apis/0/operations/0/httpMethod', 'unsupported httpMethod "FETCH"'],
      ['v1/a.json', '/apis/0/operations/1/apiStatus/value', 'unknown apiStatus "SUNSET"'],
      ['v1/a.json', '/apis/0/operations/2/parameters/4/paramType', 'unsupported paramType "formData"'],
      ['v1/a.json', '/apis/0/operations/2/parameters', 'operation mixes an unnamed body parameter with named ones'],
      ['v1/a.json', '/apis/0/operations/2/parameters', 'path parameter "other" does not appear in the path /a/{id}'],
    ]);
  });

  it('no input files', async () => {
    const [problem] = await specProblems(() => ovhReader.read([{ id: 'ovh/v1/_index', path: '/nowhere/_index.json', displayPath: 'v1/_index.json' }]));
    expect(problem!.message).toMatch(/at least one API schema file/);
  });
});
