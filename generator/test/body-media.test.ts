import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { buildPackage } from '../src/pipeline/build-package.js';
import { readSpecLock } from '../src/specs/spec-lock.js';
import { fixture, removeTempDirs, tempDir, testPackage, testRepo } from './helpers/repo.js';
import { typecheckFiles, writeCoreTypes } from './helpers/typecheck.js';

afterAll(removeTempDirs);

async function buildImages() {
  const root = await testRepo({ images: await fixture('media/images.yaml') });
  const config = testPackage('images', {
    transforms: { stripPathPrefix: '/v2' },
    readmeExample: { method: 'get', path: '/images/{image_id}', resultNote: 'data' },
    service: { displayName: 'Images', serviceType: 'image' },
  });
  const lock = await readSpecLock(join(root, 'specs/specs.lock.json'));
  return (await buildPackage(root, config, lock, '1.2.3')).output.files;
}

describe('bodies that are not JSON', () => {
  it("lists them in `service.media`: the request's media type, how a success body is read", async () => {
    const index = (await buildImages()).get('src/generated/index.ts')!;
    const media = index.slice(index.indexOf('  media: {'), index.indexOf('\n  },', index.indexOf('  media: {')) + 5);
    expect(media).toBe(
      [
        '  media: {',
        "    'PATCH /images/{image_id}': {",
        "      request: 'application/openstack-images-v2.1-json-patch',",
        '    },',
        "    'GET /images/{image_id}/file': {",
        "      parseAs: 'blob',",
        '    },',
        "    'PUT /images/{image_id}/file': {",
        "      request: 'application/octet-stream',",
        '    },',
        "    'GET /metadata': {",
        "      parseAs: 'text',",
        '    },',
        // Ironic's style (json-patch+json) is a JSON media type too: only its Content-Type differs.
        "    'PATCH /nodes/{node_id}': {",
        "      request: 'application/json-patch+json',",
        '    },',
        // A `*` binary body goes as application/octet-stream unless the call names its own type.
        "    'PUT /{container}/{object}': {",
        "      request: 'application/octet-stream',",
        '    },',
        '  },',
      ].join('\n'),
    );
    // The client type is core's ServiceClient over the per-method operation maps (downloads typed as the Blob they are read as).
    expect(index).toContain('export type ImagesClient = ServiceClient<OperationsByMethod> & ImagesManagers<OperationsByMethod>;');
  });

  it('types binary uploads as bytes, downloads as Blob, a string-typed JSON patch as patch operations', async () => {
    const maps = (await buildImages()).get('src/generated/operation-maps.ts')!;
    expect(maps).toContain("import type { BinaryBody, JsonPatchOperation, JsonRequestBody, JsonResponse, JsonResponseBody, PathsFromOperations } from '@stratus/core';");
    expect(maps).toContain(`"application/octet-stream": BinaryBody;`);
    expect(maps).toContain(`"application/octet-stream": Blob;`);
    // `*` is no media range openapi-fetch reads; `*/*` is.
    expect(maps).toContain(`"*/*": BinaryBody;`);
    expect(maps).not.toContain(`"*":`);
    expect(maps).toContain(`"application/openstack-images-v2.1-json-patch": JsonPatchOperation<'add' | 'remove' | 'replace'>[];`);
    // A patch the spec already describes as an array keeps the spec's type.
    expect(maps).toContain(`"application/json-patch+json": ({ op: string; path: string; })[];`);
    expect(maps).toContain(`"text/xml": string;`);
  });

  it('gives managers a body parameter for a non-JSON body (images.update takes the patch)', async () => {
    const managers = (await buildImages()).get('src/generated/managers.ts')!;
    expect(managers).toContain(`update(imageId: string, body: RequestBodyAt<P, '/images/{image_id}', 'patch'>): Promise<ResultAt<P, '/images/{image_id}', 'patch'>>;`);
  });

  it('keeps declared property types beside additionalProperties: extra keys become unknown where a declared one is not of their type', async () => {
    const schema = (await buildImages()).get('src/generated/schema.ts')!;
    const image = schema.slice(schema.indexOf('        Image: {'), schema.indexOf('        ImageCreate: {'));
    expect(image).toMatch(/\} & \{\s+\[key: string\]: unknown;\s+\};/);
    const labels = schema.slice(schema.indexOf('        Labels: {'));
    // Every declared property is already a string: the precise type stays.
    expect(labels).toMatch(/\} & \{\s+\[key: string\]: string;\s+\};/);
    // Every declared property is the extra keys' own schema: it stays too.
    const checks = schema.slice(schema.indexOf('        Checks: {'), schema.indexOf('        Image: {'));
    expect(checks).toMatch(/\} & \{\s+\[key: string\]: Schema<"Check">;\s+\};/);
  });

  it('the generated types accept what is sent under tsc --strict, and reject what is not', async () => {
    const files = await buildImages();
    const dir = await tempDir();
    // @stratus/core's body types (types only), as the generated schema imports them.
    await writeCoreTypes(dir);
    await writeFile(join(dir, 'package.json'), JSON.stringify({ type: 'module' }));
    await writeFile(join(dir, 'schema.ts'), files.get('src/generated/schema.ts')!);
    await writeFile(join(dir, 'operation-maps.ts'), files.get('src/generated/operation-maps.ts')!);
    const usage = [
      "import type { components } from './schema.js';",
      "import type { SpecPaths as paths } from './operation-maps.js';",
      "type Upload = NonNullable<paths['/images/{image_id}/file']['put']['requestBody']>['content']['application/octet-stream'];",
      'export const bytes: Upload[] = [new Uint8Array([1, 2]), new Blob(["x"]), new ArrayBuffer(2), new DataView(new ArrayBuffer(2)), new ReadableStream<Uint8Array>(), "text"];',
      '// @ts-expect-error -- an object is not bytes',
      'export const notBytes: Upload = { data: [1, 2] };',
      "type ObjectUpload = NonNullable<paths['/{container}/{object}']['put']['requestBody']>['content']['*/*'];",
      'export const object: ObjectUpload = new Uint8Array(1);',
      "type Download = paths['/images/{image_id}/file']['get']['responses'][200]['content']['application/octet-stream'];",
      'export const size = ({} as Download).size;',
      "type Patch = NonNullable<paths['/images/{image_id}']['patch']['requestBody']>['content']['application/openstack-images-v2.1-json-patch'];",
      "export const patch: Patch = [{ op: 'replace', path: '/name', value: 'web' }, { op: 'add', path: '/tags/-', value: 'x' }, { op: 'remove', path: '/os_distro' }];",
      '// @ts-expect-error -- Glance takes add, remove and replace only',
      "export const move: Patch = [{ op: 'move', from: '/a', path: '/b' }];",
      '// @ts-expect-error -- replace needs a value',
      "export const noValue: Patch = [{ op: 'replace', path: '/name' }];",
      "// A real Glance image body: declared fields keep their types, extra (custom) properties are allowed.",
      "export const image: components['schemas']['Image'] = { id: 'i', min_disk: 0, protected: false, tags: ['a'], os_hash_value: null, hw_disk_bus: 'virtio' };",
      'export const minDisk: number | undefined = image.min_disk;',
      'export const tags: string[] | undefined = image.tags;',
      "export const custom: unknown = image['hw_disk_bus'];",
      "export const create: components['schemas']['ImageCreate'] = { name: 'n', tags: ['a', 'b'], hw_disk_bus: 'virtio' };",
    ];
    await writeFile(join(dir, 'usage.ts'), usage.join('\n'));
    expect(typecheckFiles([join(dir, 'usage.ts')])).toEqual([]);
  }, 60_000);
});
