/** What a generated package ships and how @stratus/openstack finds its client type without importing it. */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { generate } from '../../src/pipeline/generate.js';
import { fixture, removeTempDirs, snapshotTree, testPackage, testRepo } from '../helpers/repo.js';

afterAll(removeTempDirs);

describe('generated package files', () => {
  it('ships dist without sources or maps, and an OpenStack package registers its cloud property in @stratus/core', async () => {
    const root = await testRepo({ servers: await fixture('valid/ordered.yaml') });
    writeFileSync(join(root, 'generator/package-versions.json'), '{ "@stratus/openstack-block-storage": "1.2.3" }\n');
    const config = testPackage('servers', { name: '@stratus/openstack-block-storage', directory: 'packages/openstack-block-storage', provider: 'openstack' });
    await generate({ root, packages: [config] });
    const tree = await snapshotTree(join(root, 'packages'));

    const manifest = JSON.parse(tree.get('openstack-block-storage/package.json')!.toString()) as { files: string[] };
    expect(manifest.files).toEqual(['dist', '!dist/**/*.map']);

    const entry = tree.get('openstack-block-storage/src/generated/index.ts')!.toString();
    expect(entry).toContain("declare module '@stratus/core' {\n  interface OpenStackServiceClients<Pins> {\n    blockStorage: BlockStorageClient;\n  }\n}");
    const readme = tree.get('openstack-block-storage/README.md')!.toString();
    expect(readme).toContain('npm install @stratus/openstack-block-storage');
    expect(readme).toContain("createOpenStackClient({ …, services: { blockStorage } })");
  });

  it('a package of another provider registers nothing', async () => {
    const root = await testRepo({ servers: await fixture('valid/ordered.yaml') });
    await generate({ root, packages: [testPackage('servers')] });
    const tree = await snapshotTree(join(root, 'packages'));
    expect(tree.get('test-servers/src/generated/index.ts')!.toString()).not.toContain('declare module');
  });
});
