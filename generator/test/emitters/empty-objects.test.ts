/** `{ type: object }` without declared keys accepts any key; only `additionalProperties: false` means none. */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { emitTypes } from '../../src/emitters/emit-types.js';
import type { OpenApiDocument } from '../../src/readers/openapi-document.js';
import { removeTempDirs, tempDir } from '../helpers/repo.js';
import { typecheckFiles } from '../helpers/typecheck.js';

afterAll(removeTempDirs);

// Shapes from the OpenStack specs: Neutron's agent `configurations`, an action body without fields,
// Nova's server group `metadata` (always `{}`), a nullable open object.
const document = {
  openapi: '3.1.0',
  info: { title: 'Agents', version: '1.0' },
  paths: {
    '/agents/{id}': {
      get: {
        operationId: 'agents/id:get',
        responses: {
          '200': {
            description: 'Ok',
            content: { 'application/json': { schema: { $ref: '#/components/schemas/AgentShow' } } },
          },
        },
      },
      post: {
        operationId: 'agents/id:post',
        requestBody: { content: { 'application/json': { schema: { type: 'object', properties: {} } } } },
        responses: { '204': { description: 'No content' } },
      },
    },
  },
  components: {
    schemas: {
      AgentShow: {
        type: 'object',
        required: ['configurations', 'metadata', 'extra'],
        properties: {
          configurations: { type: 'object', description: 'Whatever the agent reports.' },
          metadata: { type: 'object', additionalProperties: false },
          extra: { type: ['object', 'null'] },
          labels: { type: 'object', additionalProperties: { type: 'string' } },
          union: { type: 'object', oneOf: [{ type: 'object', required: ['a'], properties: { a: { type: 'string' } } }, { type: 'object', required: ['b'], properties: { b: { type: 'integer' } } }] },
        },
      },
    },
  },
} as unknown as OpenApiDocument;

describe('empty object schemas', () => {
  it('are open records unless additionalProperties: false; schemas that declare something are left as they were', async () => {
    const schema = await emitTypes(structuredClone(document), '// header', 'agents.yaml');
    expect(schema).toMatch(/configurations: \{\s+\[key: string\]: unknown;\s+\};/);
    expect(schema).toContain('metadata: Record<string, never>;');
    expect(schema).toMatch(/extra: \{\s+\[key: string\]: unknown;\s+\} \| null;/);
    expect(schema).toMatch(/labels\?: \{\s+\[key: string\]: string;\s+\};/);
    expect(schema).not.toMatch(/union\?: \{\s+\[key: string\]: unknown;/);
  });

  it('accept the bodies real servers send under tsc --strict, and the closed one rejects keys', async () => {
    const dir = await tempDir();
    await writeFile(join(dir, 'package.json'), JSON.stringify({ type: 'module' }));
    await writeFile(join(dir, 'schema.ts'), await emitTypes(structuredClone(document), '// header', 'agents.yaml'));
    const usage = [
      "import type { components, paths } from './schema.js';",
      "type Agent = components['schemas']['AgentShow'];",
      "export const agent: Agent = { configurations: { bridge_mappings: { physnet1: 'br-ex' }, devices: 2 }, metadata: {}, extra: { any: 'key' } };",
      "export const noExtra: Agent = { configurations: {}, metadata: {}, extra: null };",
      "export const read: unknown = agent.configurations['devices'];",
      "// @ts-expect-error -- additionalProperties: false: no key",
      "export const closed: Agent = { configurations: {}, metadata: { key: 'value' }, extra: null };",
      "type Action = NonNullable<paths['/agents/{id}']['post']['requestBody']>['content']['application/json'];",
      "export const action: Action = { force: true };",
    ];
    await writeFile(join(dir, 'usage.ts'), usage.join('\n'));
    expect(typecheckFiles([join(dir, 'usage.ts')])).toEqual([]);
  }, 60_000);
});
