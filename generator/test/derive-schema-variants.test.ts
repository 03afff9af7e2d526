/** Object variants that differ in a few keys are written as `Omit<Base, those keys> & { their own }`: the same types, smaller. */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { emitTypes } from '../src/emitters/emit-types.js';
import type { OpenApiDocument } from '../src/readers/openapi-document.js';
import { deriveSchemaVariants, OMIT_FROM_BASE } from '../src/transforms/derive-schema-variants.js';
import { removeTempDirs, tempDir } from './helpers/repo.js';
import { createHover, typecheckFiles } from './helpers/typecheck.js';

afterAll(removeTempDirs);

// Nova's shape: each microversion's server body repeats most keys and changes a few.
const common = Object.fromEntries(
  ['name', 'hostId', 'tenant_id', 'user_id', 'created', 'updated', 'key_name', 'config_drive', 'availability_zone', 'progress', 'image_ref', 'flavor_ref', 'access_ipv4', 'access_ipv6', 'task_state', 'vm_state', 'launched_at', 'terminated_at'].map((key) => [key, { type: 'string', description: `The server's ${key}.` }]),
);
const status = { type: 'string', enum: ['ACTIVE', 'BUILD', 'ERROR', 'SHUTOFF'], description: 'The server status.' };
const server = (properties: Record<string, unknown>, required: string[]) => ({
  type: 'object',
  required: ['id', 'name', ...required],
  properties: { id: { type: 'string', format: 'uuid' }, ...common, ...properties },
});
const body = (inner: Record<string, unknown>) => ({ type: 'object', required: ['server'], properties: { server: { ...inner, description: 'A `server` object.' } } });

const variants = () => ({
  ServerShow_20: body(server({ status }, ['status'])),
  // 2.3 adds a key.
  ServerShow_23: body(server({ status, hostname: { type: 'string', description: 'The hostname.' } }, ['status'])),
  // 2.9 adds another.
  ServerShow_29: body(server({ status, hostname: { type: 'string', description: 'The hostname.' }, locked: { type: 'boolean', description: 'Locked or not.' } }, ['status', 'locked'])),
  // 2.16 makes `status` optional: a different property.
  ServerShow_216: body(server({ status, hostname: { type: 'string', description: 'The hostname.' } }, [])),
});

function doc(schemas: Record<string, unknown>): OpenApiDocument {
  return { openapi: '3.1.0', info: { title: 'Compute', version: '2.1' }, paths: {}, components: { schemas } } as unknown as OpenApiDocument;
}
const schemasOf = (document: OpenApiDocument) => document.components!.schemas as Record<string, Record<string, unknown>>;
const serverOf = (document: OpenApiDocument, name: string) => (schemasOf(document)[name]!['properties'] as Record<string, Record<string, unknown>>)['server']!;

describe('deriveSchemaVariants', () => {
  it('moves the base into a component, keeps each property doc at its place, and derives the others with what they omit and add', () => {
    const document = doc(variants());
    deriveSchemaVariants(document, 'compute.yaml');
    const base = serverOf(document, 'ServerShow_20');
    expect(base).toEqual({ $ref: expect.stringMatching(/^#\/components\/schemas\/Server_[0-9a-f]{8}$/), description: 'A `server` object.' });
    const baseName = (base['$ref'] as string).split('/').pop()!;
    expect(schemasOf(document)[baseName]).toEqual(server({ status }, ['status']));
    expect(serverOf(document, 'ServerShow_23')).toEqual({
      allOf: [{ $ref: base['$ref'] }, { type: 'object', properties: { hostname: { type: 'string', description: 'The hostname.' } } }],
      description: 'A `server` object.',
    });
    // `status` is optional here: omitted from the base and declared again.
    expect(serverOf(document, 'ServerShow_216')).toEqual({
      allOf: [{ type: 'object', [OMIT_FROM_BASE]: { $ref: base['$ref'], keys: ['status'] } }, { type: 'object', properties: { status, hostname: { type: 'string', description: 'The hostname.' } } }],
      description: 'A `server` object.',
    });
  });

  it('derives from a variant that is written out, by default, and from the closest earlier one when chains are allowed', () => {
    const flat = doc(variants());
    deriveSchemaVariants(flat, 'compute.yaml');
    const baseRef = serverOf(flat, 'ServerShow_20')['$ref'];
    // 2.9 is closest to 2.3, but 2.3 is itself derived: 2.9 derives from 2.0.
    expect((serverOf(flat, 'ServerShow_29')['allOf'] as Record<string, unknown>[])[0]).toEqual({ $ref: baseRef });
    const chained = doc(variants());
    deriveSchemaVariants(chained, 'compute.yaml', { maxDepth: Infinity });
    const from23 = (serverOf(chained, 'ServerShow_29')['allOf'] as Record<string, unknown>[])[0]!['$ref'] as string;
    expect(serverOf(chained, 'ServerShow_23')).toEqual({ $ref: from23, description: 'A `server` object.' });
    expect(schemasOf(chained)[from23.split('/').pop()!]!['allOf']).toEqual([{ $ref: baseRef }, expect.objectContaining({ properties: { hostname: { type: 'string', description: 'The hostname.' } } })]);
  });

  it('leaves variants with an index signature, a composition, nullable or an extension, and variants that share too little, as they are', () => {
    const open = (inner: Record<string, unknown>) => body({ ...inner, additionalProperties: true });
    const cases = {
      ServerShow_20: body(server({ status }, ['status'])),
      ServerShow_21: open(server({ status }, ['status'])),
      ServerShow_22: body({ ...server({ status }, ['status']), nullable: true }),
      ServerShow_23: body({ ...server({ status }, ['status']), 'x-openstack': { 'min-ver': '2.3' } }),
      ServerShow_24: body({ ...server({ status }, ['status']), oneOf: [{ required: ['name'] }, { required: ['id'] }] }),
      ServerShow_25: body({ type: 'object', properties: { id: { type: 'string', format: 'uuid' }, other: { type: 'string' } } }),
    };
    const document = doc(structuredClone(cases));
    deriveSchemaVariants(document, 'compute.yaml');
    expect(document.components!.schemas).toEqual(cases);
  });

  it('derives the items of list variants too, moving an item base into an `…Item` component', () => {
    const list = (inner: Record<string, unknown>) => ({ type: 'array', items: inner });
    const document = doc({ Servers_20: list(server({ status }, ['status'])), Servers_23: list(server({ status, hostname: { type: 'string' } }, ['status'])) });
    deriveSchemaVariants(document, 'compute.yaml');
    const base = schemasOf(document)['Servers_20']!['items'] as Record<string, unknown>;
    expect(base).toEqual({ $ref: expect.stringMatching(/^#\/components\/schemas\/ServersItem_[0-9a-f]{8}$/) });
    expect(schemasOf(document)['Servers_23']!['items']).toEqual({ allOf: [base, { type: 'object', properties: { hostname: { type: 'string' } } }] });
  });

  it('names what it adds after the base only: more variants rename nothing', () => {
    const before = doc(variants());
    deriveSchemaVariants(before, 'compute.yaml');
    const after = doc({ ...variants(), ServerShow_290: body(server({ status, locked: { type: 'boolean' } }, [])) });
    deriveSchemaVariants(after, 'compute.yaml');
    expect(serverOf(after, 'ServerShow_20')).toEqual(serverOf(before, 'ServerShow_20'));
  });

  it('emits types equal to the written-out ones, and an inherited member keeps its doc on hover', async () => {
    const plain = await emitTypes(doc(variants()), '// header', 'compute.yaml', { shareRepeatedSchemas: true });
    const derived = await emitTypes(doc(variants()), '// header', 'compute.yaml', { shareRepeatedSchemas: true, deriveSchemaVariants: { maxDepth: Infinity } });
    expect(derived).toContain('server: Omit<Schema<"Server_');
    const dir = await tempDir();
    await writeFile(join(dir, 'package.json'), JSON.stringify({ type: 'module' }));
    await writeFile(join(dir, 'plain.ts'), plain);
    await writeFile(join(dir, 'derived.ts'), derived);
    const names = Object.keys(variants());
    const usage = [
      "import type { components as Plain } from './plain.js';",
      "import type { components as Derived } from './derived.js';",
      'type OptionalKeys<T> = { [K in keyof T]-?: {} extends Pick<T, K> ? K : never }[keyof T];',
      'type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? ([keyof A] extends [keyof B] ? ([keyof B] extends [keyof A] ? ([OptionalKeys<A>] extends [OptionalKeys<B>] ? ([OptionalKeys<B>] extends [OptionalKeys<A>] ? true : false) : false) : false) : false) : false) : false;',
      ...names.map((name) => `export const same_${name}: Same<Derived['schemas']['${name}']['server'], Plain['schemas']['${name}']['server']> = true;`),
      "export const shown: Derived['schemas']['ServerShow_216'] = { server: { id: 'x', name: 'n', hostname: 'h' } };",
      "// @ts-expect-error -- `status` is required before 2.16",
      "export const missing: Derived['schemas']['ServerShow_23'] = { server: { id: 'x', name: 'n' } };",
      "// @ts-expect-error -- `locked` is a boolean",
      "export const wrong: Derived['schemas']['ServerShow_29'] = { server: { id: 'x', name: 'n', status: 'ACTIVE', locked: 'yes' } };",
      "// @ts-expect-error -- no such key",
      "export const extra: Derived['schemas']['ServerShow_216'] = { server: { id: 'x', name: 'n', nickname: 'n' } };",
      "export declare const v: Derived['schemas']['ServerShow_216'];",
      "export declare const p: Plain['schemas']['ServerShow_216'];",
      'export const fromPlain = p.server.user_id;',
      'export const fromDerived = v.server.user_id;',
    ];
    await writeFile(join(dir, 'usage.ts'), usage.join('\n'));
    expect(typecheckFiles([join(dir, 'usage.ts')])).toEqual([]);

    const usageFile = join(dir, 'usage.ts');
    const text = await readFile(usageFile, 'utf8');
    const hoverAt = createHover([usageFile]);
    const hover = (at: number) => {
      const { type, tags } = hoverAt(usageFile, at);
      return { type, docs: tags };
    };
    const inherited = hover(text.lastIndexOf('user_id'));
    expect(inherited).toEqual({ type: '(property) user_id?: string | undefined', docs: ["@description The server's user_id."] });
    expect(inherited).toEqual(hover(text.indexOf('user_id', text.indexOf('fromPlain'))));
  }, 60_000);
});
