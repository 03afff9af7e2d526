/** Schemas repeated under the components (microversion variants) are declared once and referenced. */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { emitTypes } from '../src/emitters/emit-types.js';
import type { OpenApiDocument } from '../src/readers/openapi-document.js';
import { shareRepeatedSchemas } from '../src/transforms/share-repeated-schemas.js';
import { removeTempDirs, tempDir } from './helpers/repo.js';
import { typecheckFiles } from './helpers/typecheck.js';

afterAll(removeTempDirs);

// Nova's shape: each microversion variant of a server repeats `fault` (same text, own doc) and
// differs elsewhere.
const fault = {
  type: 'object',
  required: ['code', 'created', 'message'],
  properties: {
    code: { type: 'integer', description: 'The error response code.' },
    created: { type: 'string', format: 'date-time', description: 'When the exception was raised.' },
    message: { type: 'string', description: 'The error message.' },
    details: { type: 'string', description: 'The stack trace, for administrators only.' },
  },
};
const variant = (extra: Record<string, unknown>, faultDoc: string) => ({
  type: 'object',
  required: ['server'],
  properties: {
    server: {
      type: 'object',
      required: ['id'],
      properties: { id: { type: 'string' }, fault: { ...fault, description: faultDoc }, ...extra },
    },
  },
});

function doc(schemas: Record<string, unknown>): OpenApiDocument {
  return { openapi: '3.1.0', info: { title: 'Compute', version: '2.1' }, paths: {}, components: { schemas } } as unknown as OpenApiDocument;
}

const variants = () => ({
  ServerShow_20: variant({}, 'A fault object.'),
  ServerShow_23: variant({ 'OS-EXT-SRV-ATTR:hostname': { type: 'string' } }, 'A fault object, shown for ERROR servers.'),
});

type Schema = { properties: Record<string, Schema & { $ref?: string; description?: string }> };
const serverOf = (document: OpenApiDocument, name: string) => ((document.components!.schemas as Record<string, Schema>)[name]!.properties['server']!);

describe('shareRepeatedSchemas', () => {
  it('declares a repeated schema once, references it from each place, and keeps each place\'s doc beside the $ref', () => {
    const document = doc(variants());
    shareRepeatedSchemas(document, 'compute.yaml');
    const schemas = document.components!.schemas as Record<string, unknown>;
    const shared = Object.keys(schemas).filter((name) => !name.startsWith('ServerShow_'));
    expect(shared).toEqual([expect.stringMatching(/^Fault_[0-9a-f]{8}$/)]);
    expect(schemas[shared[0]!]).toEqual(fault);
    expect(serverOf(document, 'ServerShow_20').properties['fault']).toEqual({ $ref: `#/components/schemas/${shared[0]}`, description: 'A fault object.' });
    expect(serverOf(document, 'ServerShow_23').properties['fault']).toEqual({ $ref: `#/components/schemas/${shared[0]}`, description: 'A fault object, shown for ERROR servers.' });
    // Not repeated: left in place.
    expect(serverOf(document, 'ServerShow_20').properties['id']).toEqual({ type: 'string' });
  });

  it('names a shared schema after its place and text only: more components rename nothing', () => {
    const before = doc(variants());
    shareRepeatedSchemas(before, 'compute.yaml');
    const after = doc({ ...variants(), AServerRebuild: variant({ accessIPv4: { type: 'string' } }, 'Rebuilt.') });
    shareRepeatedSchemas(after, 'compute.yaml');
    expect(serverOf(after, 'ServerShow_20').properties['fault']!.$ref).toBe(serverOf(before, 'ServerShow_20').properties['fault']!.$ref);
  });

  it('leaves a schema repeated only inside one shared schema where it is', () => {
    const pair = { type: 'object', properties: { key: { type: 'string', description: 'The key, as long as it needs to be to matter.' }, value: { type: 'string', description: 'The value, as long as it needs to be to matter.' } } };
    const holder = { type: 'object', properties: { first: pair, second: pair, other: { type: 'string' } } };
    const document = doc({ A: { type: 'object', properties: { holder } }, B: { type: 'object', properties: { holder } } });
    shareRepeatedSchemas(document, 'compute.yaml');
    const schemas = document.components!.schemas as Record<string, Schema>;
    const shared = Object.keys(schemas).filter((name) => name !== 'A' && name !== 'B');
    // `holder` twice: shared. `first` was in both copies of it, but in the shared holder it is once: inline.
    expect(shared.map((name) => name.replace(/_[0-9a-f]{8}$/, ''))).toEqual(['Holder']);
    expect(schemas[shared[0]!]!.properties['first']).toEqual(pair);
  });

  it('emits types that accept and reject what the unshared ones do, with the property docs kept', async () => {
    const schema = await emitTypes(doc(variants()), '// header', 'compute.yaml', { shareRepeatedSchemas: true });
    expect(schema).toMatch(/\/\*\* @description A fault object, shown for ERROR servers. \*\/\s+fault\?: Schema<"Fault_[0-9a-f]{8}">;/);
    const dir = await tempDir();
    await writeFile(join(dir, 'package.json'), JSON.stringify({ type: 'module' }));
    await writeFile(join(dir, 'schema.ts'), schema);
    const usage = [
      "import type { components } from './schema.js';",
      "type Show20 = components['schemas']['ServerShow_20'];",
      "type Show23 = components['schemas']['ServerShow_23'];",
      "export const ok: Show23 = { server: { id: 'x', 'OS-EXT-SRV-ATTR:hostname': 'h', fault: { code: 500, created: '2026-01-01T00:00:00Z', message: 'boom' } } };",
      "export const code: number | undefined = ok.server.fault?.code;",
      "// @ts-expect-error -- fault.message is required",
      "export const missing: Show20 = { server: { id: 'x', fault: { code: 500, created: '2026-01-01T00:00:00Z' } } };",
    ];
    await writeFile(join(dir, 'usage.ts'), usage.join('\n'));
    expect(typecheckFiles([join(dir, 'usage.ts')])).toEqual([]);
  }, 60_000);
});
