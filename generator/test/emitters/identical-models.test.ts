/** Models written exactly like an earlier one are that one (`Schema<"Earlier">`), declared once. */
import { describe, expect, it } from 'vitest';
import { emitTypes } from '../../src/emitters/emit-types.js';
import type { OpenApiDocument } from '../../src/readers/openapi-document.js';

// Two versions of a create body that differ only in what a type does not carry (a `maxLength`, a
// `pattern`), as Nova's `ServersCreate_290` and `_294` do, one that differs in a doc, and a small one.
const server = (name: Record<string, unknown>, doc = 'The server name.') => ({
  type: 'object',
  description: 'A server to create.',
  required: ['name'],
  properties: {
    name: { type: 'string', description: doc, ...name },
    flavorRef: { type: 'string', description: 'The flavor reference, as an ID or full URL, for the flavor for your server instance.' },
    imageRef: { type: 'string', description: 'The UUID of the image to use for your server instance.' },
  },
});
const document = {
  openapi: '3.1.0',
  info: { title: 'Servers', version: '1.0' },
  paths: {},
  components: {
    schemas: {
      ServersCreate_290: server({ maxLength: 63, pattern: '^[a-z]+$' }),
      ServersCreate_294: server({ maxLength: 255, pattern: '^[a-z._-]*$' }),
      ServersCreate_295: server({}, 'The server name, unique in the project.'),
      Small_1: { type: 'object', properties: { id: { type: 'string' } } },
      Small_2: { type: 'object', properties: { id: { type: 'string' } } },
    },
  },
} as unknown as OpenApiDocument;

describe('identical models', () => {
  it('types a model written exactly like an earlier one as that one, and leaves the others (and small ones) written out', async () => {
    const text = await emitTypes(structuredClone(document), '', 'servers.yaml');
    expect(text).toMatch(/\n {8}ServersCreate_294: Schema<"ServersCreate_290">;\n/);
    expect(text).toMatch(/\n {8}ServersCreate_290: \{\n/);
    expect(text).toMatch(/\n {8}ServersCreate_295: \{\n/);
    expect(text).toContain('The server name, unique in the project.');
    expect(text).toMatch(/\n {8}Small_2: \{\n/);
    // The model's own doc stays on the reference.
    expect(text).toMatch(/\/\*\* @description A server to create\. \*\/\n {8}ServersCreate_294: Schema/);
  });
});
