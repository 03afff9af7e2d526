/**
 * The committed surface format: readable JSON where simple schemas are text (`"#Model"`,
 * `"integer<int64>"`, `"string | null"`), read back into exactly the schemas written.
 */
import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { parseSurface, serializeSurface, SURFACE_DIR } from '../../src/surface/surface-files.js';
import type { ApiSurface } from '../../src/surface/surface-model.js';
import { realPackage, removeTempDirs, specProblems } from '../helpers/repo.js';
import { surfacesOf } from '../helpers/surface.js';

afterAll(removeTempDirs);

const REPO = fileURLToPath(new URL('../../../', import.meta.url));

const SURFACE: ApiSurface = {
  package: '@stratus/test',
  entryPoint: '@stratus/test',
  operations: {
    'GET /things/{id}': {
      summary: 'Show a thing',
      docs: '0123456789ab',
      parameters: { 'path id': { required: true, schema: { type: 'integer', format: 'int64' } }, 'query fields': { schema: { type: 'array', items: { type: ['null', 'string'] } } } },
      responses: { '200': { 'application/json': { $ref: 'Thing' }, headers: { 'x-request-id': { schema: { type: 'string' } } } }, '404': {} },
    },
    'POST /things': { requestBody: { required: true, 'application/json': { anyOf: [{ $ref: 'Thing_input' }, { type: 'null' }] } }, responses: { '201': {} } },
  },
  schemas: {
    Thing: { 'x-docs': 'abcdef012345', type: 'object', properties: { id: { type: 'integer', format: 'int64' }, when: { type: ['null', 'string'], format: 'date-time' }, tags: { type: ['array', 'null'], items: { type: 'string' } }, extra: true, status: { type: 'string', enum: ['a', 'b'] } }, required: ['id'], additionalProperties: { $ref: 'Thing' } },
    Thing_input: { 'x-stratus-input-of': 'Thing', type: 'object', properties: { name: { type: 'string' } } },
  },
};

describe('committed surface files', () => {
  it('write simple schemas as text and read them back exactly', () => {
    const text = serializeSurface(SURFACE);
    expect(text).toContain('"path id": { "required": true, "schema": "integer<int64>" }');
    expect(text).toContain('"200": { "application/json": "#Thing", "headers": { "x-request-id": { "schema": "string" } } }');
    expect(text).toContain('"when": "string<date-time> | null"');
    expect(text).toContain('"tags": { "items": "string", "type": ["array", "null"] }');
    expect(text.startsWith('{\n  "//": "DO NOT EDIT.')).toBe(true);
    expect(parseSurface(text, 'x.json')).toEqual(SURFACE);
    expect(serializeSurface(parseSurface(text, 'x.json'))).toBe(text);
  });

  it('a malformed file is named with what is wrong and how to fix it', async () => {
    const [problem] = await specProblems(async () => parseSurface('{"package": "@stratus/x", "entryPoint": "@stratus/x", "operations": {"servers": {}}, "schemas": {}}', 'generator/surface/x.json'));
    expect(problem).toMatchObject({ file: 'generator/surface/x.json', pointer: '/operations/servers', message: 'committed API surface has a malformed operation "servers"' });
    expect(problem!.hint).toMatch(/surface write/);
  });

  it('surfaces come from every dialect, one file per entry point (OpenAPI service packages, OVH and OpenvCloud APIs)', async () => {
    const ovh = await surfacesOf({ ...realPackage('ovh'), inputs: [] }, {
      'ovh/v1/shop': await readFile(join(REPO, 'generator/test/ovh-reader/fixtures/v1/shop.json'), 'utf8'),
      'ovh/v2/shop': await readFile(join(REPO, 'generator/test/ovh-reader/fixtures/v2/shop.json'), 'utf8'),
    });
    expect([...ovh.keys()]).toEqual(['@stratus/ovh/shop', '@stratus/ovh/v2/shop']);
    // Each entry point carries the models its own operations reach, nothing else.
    for (const surface of ovh.values()) {
      const text = JSON.stringify(surface.operations);
      for (const name of Object.keys(surface.schemas)) expect(text.includes(`"${name}"`) || JSON.stringify(surface.schemas).includes(`"$ref":"${name}"`), name).toBe(true);
    }
    const openvcloud = await surfacesOf({ ...realPackage('openvcloud'), inputs: [], overlays: [] }, { 'openvcloud/cloudapi__things': await readFile(join(REPO, 'generator/test/openvcloud-reader/fixtures/cloudapi__things/actors.spec'), 'utf8') });
    expect(Object.keys(openvcloud.get('@stratus/openvcloud/cloudapi')!.operations)).toEqual(['POST /cloudapi/things/create', 'POST /cloudapi/things/list', 'POST /cloudapi/things/ping']);
  });
});

const committedFiles = existsSync(join(REPO, SURFACE_DIR)) ? (await readdir(join(REPO, SURFACE_DIR), { recursive: true, withFileTypes: true })).filter((entry) => entry.isFile()).map((entry) => relative(REPO, join(entry.parentPath, entry.name))).sort() : [];

describe('the committed surface of this repository', () => {
  it('covers the three dialects', () => {
    expect(committedFiles).toEqual(expect.arrayContaining(['generator/surface/openstack-compute.json', 'generator/surface/ovh/me.json', 'generator/surface/ovh/us/me.json', 'generator/surface/ovh/v2/iam.json', 'generator/surface/openvcloud/cloudapi.json']));
  });

  it('every file reads back into the same bytes (sorted, stable)', async () => {
    for (const file of committedFiles) {
      const text = await readFile(join(REPO, file), 'utf8');
      expect(serializeSurface(parseSurface(text, file)), file).toBe(text);
    }
  }, 60_000);
});
