/**
 * The compact operation types as an editor sees them: written by `emitOperationMaps` beside core's
 * types, then read by TypeScript's own checker and language service (what a hover shows).
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { emitOperationMaps } from '../../src/emitters/emit-operation-maps.js';
import type { OpenApiDocument } from '../../src/readers/openapi-document.js';
import { removeTempDirs, tempDir } from '../helpers/repo.js';
import { createHover, typecheckFiles, writeCoreTypes } from '../helpers/typecheck.js';

const fault = { $ref: '#/components/schemas/Fault' };
const errors = { '404': { description: 'Not found', content: { 'application/json': { schema: fault } } }, default: { description: 'Error', content: { 'application/json': { schema: { oneOf: [fault, { $ref: '#/components/schemas/AuthFault' }] } } } } };

function thingsSpec(): OpenApiDocument {
  return {
    openapi: '3.1.0',
    info: { title: 'things', version: '1' },
    paths: {
      '/things': {
        get: {
          summary: 'List things',
          parameters: [
            { name: 'limit', in: 'query', description: 'Page size', schema: { type: 'integer' } },
            { name: 'marker', in: 'query', description: 'Last thing seen', schema: { type: 'string' } },
          ],
          responses: { '200': { description: 'OK', content: { 'application/json': { schema: { type: 'object', properties: { total: { type: 'integer', description: 'How many things there are' } } } } } }, ...errors },
        },
      },
      '/things/{id}': {
        get: {
          summary: 'Show a thing',
          parameters: [{ name: 'id', in: 'path', required: true, description: 'ID of the thing', schema: { type: 'string' } }],
          responses: { '200': { description: 'OK', content: { 'application/json': { schema: { type: 'object', properties: { name: { type: 'string', description: 'Name of the thing' } } } } } }, ...errors },
        },
        delete: { summary: 'Delete a thing', parameters: [{ name: 'id', in: 'path', required: true, description: 'ID of the thing', schema: { type: 'string' } }], responses: { '204': { description: 'Deleted' }, ...errors } },
      },
    },
    components: { schemas: { Fault: { type: 'object', properties: { message: { type: 'string' } } }, AuthFault: { type: 'object', properties: { reason: { type: 'string' } } } } },
  } as OpenApiDocument;
}

const SCHEMA = `export interface components { schemas: { Fault: { message?: string }; AuthFault: { reason?: string } } }
export type Schema<Name extends keyof components['schemas']> = components['schemas'][Name];
`;
const CONSUMER = `import type { OperationsByMethod } from './operation-maps.js';
type Get = OperationsByMethod['get'];
declare const query: NonNullable<Get['/things']['parameters']['query']>;
declare const path: Get['/things/{id}']['parameters']['path'];
declare const listed: Get['/things']['responses'][200]['content']['application/json'];
declare const shown: Get['/things/{id}']['responses'][200]['content']['application/json'];
export type DefaultError = Get['/things']['responses']['default']['content']['application/json'];
export const read = [query.limit, query.marker, path.id, listed.total, shown.name];
`;

/** The written module beside a models module and core's types, and a consumer of it, on disk. */
async function writeProject(operationMaps: string): Promise<string> {
  const dir = await tempDir();
  await writeCoreTypes(dir);
  await writeFile(join(dir, 'package.json'), JSON.stringify({ type: 'module' }));
  await writeFile(join(dir, 'schema.ts'), SCHEMA);
  await writeFile(join(dir, 'operation-maps.ts'), operationMaps);
  await writeFile(join(dir, 'consumer.ts'), CONSUMER);
  return join(dir, 'consumer.ts');
}

afterAll(removeTempDirs);

describe('compact operation types', () => {
  const written = emitOperationMaps(thingsSpec(), undefined, '// header\n', 'things.yaml');

  it('type-check as written', async () => {
    expect(typecheckFiles([await writeProject(written)])).toEqual([]);
  });

  it('show the spec’s description when hovering a parameter or a field', async () => {
    const consumer = await writeProject(written);
    const hover = createHover([consumer]);
    const members = { 'query.limit': 'Page size', 'query.marker': 'Last thing seen', 'path.id': 'ID of the thing', 'listed.total': 'How many things there are', 'shown.name': 'Name of the thing' };
    const shown = Object.fromEntries(Object.keys(members).map((member) => [member, hover(consumer, CONSUMER.indexOf(member) + member.indexOf('.') + 1).documentation]));
    expect(shown).toEqual(members);
  });

  it('declare a repeated error response once and write a oneOf of plain references as their union', async () => {
    const consumer = await writeProject(written);
    const hover = createHover([consumer]);
    expect(hover(consumer, CONSUMER.indexOf('DefaultError')).type).toBe('type DefaultError = {\n    message?: string;\n} | {\n    reason?: string;\n}');
    expect(written).not.toContain('stratus.inline');
    // 404 and default, in each of the three operations: one declaration each, referenced by name.
    const declared = [...written.matchAll(/^type (Response_\w+) = /gm)].map((match) => match[1]!);
    expect(declared).toHaveLength(2);
    for (const name of declared) expect(written.split(name).length - 1).toBeGreaterThanOrEqual(3);
  });
});
