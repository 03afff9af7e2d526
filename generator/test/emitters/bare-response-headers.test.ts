/** Responses without declared headers carry no `headers: { [name: string]: unknown }`; declared headers stay. */
import { describe, expect, it } from 'vitest';
import { emitTypes } from '../../src/emitters/emit-types.js';
import type { OpenApiDocument } from '../../src/readers/openapi-document.js';

// Keystone's token response declares `X-Subject-Token`; the show has none. The second path has no
// operationId, so openapi-typescript writes it inline in `paths`. The schema has a property named
// `headers` that is an open map: a model, not a response, so it stays.
const document = {
  openapi: '3.1.0',
  info: { title: 'Tokens', version: '1.0' },
  paths: {
    '/auth/tokens': {
      post: {
        operationId: 'auth/tokens:post',
        responses: {
          '201': {
            description: 'Created',
            headers: { 'X-Subject-Token': { schema: { type: 'string' } } },
            content: { 'application/json': { schema: { $ref: '#/components/schemas/Token' } } },
          },
          '401': { description: 'Unauthorized' },
        },
      },
    },
    '/projects/{id}': {
      get: {
        parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }],
        responses: { '200': { description: 'Ok', content: { 'application/json': { schema: { $ref: '#/components/schemas/Token' } } } } },
      },
    },
  },
  components: {
    schemas: {
      Token: { type: 'object', required: ['headers'], properties: { headers: { type: 'object', additionalProperties: {} } } },
    },
  },
} as unknown as OpenApiDocument;

describe('response headers', () => {
  it('are left out when none is declared, in `operations` and inline in `paths`; declared ones and models stay', async () => {
    const schema = await emitTypes(structuredClone(document), '// header', 'tokens.yaml');
    const bare = /headers: \{\s+\[name: string\]: unknown;\s+\};/g;
    expect(schema.match(bare) ?? []).toEqual([]);
    expect(schema).toMatch(/headers: \{\s+"X-Subject-Token"\?: string;\s+\[name: string\]: unknown;\s+\};/);
    expect(schema).toMatch(/Token: \{\s+headers: \{\s+\[key: string\]: unknown;\s+\};/);
    expect(schema).toMatch(/401: \{\s+content\?: never;\s+\};/);
    expect(schema).toMatch(/"\/projects\/\{id\}": \{[\s\S]*?200: \{\s+content: \{/);
  });
});
