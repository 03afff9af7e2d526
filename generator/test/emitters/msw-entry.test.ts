/** Every OpenStack-style package ships `./msw`: typed handlers bound to a base URL, msw kept optional. */
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { generate } from '../../src/pipeline/generate.js';
import { fixture, removeTempDirs, snapshotTree, testPackage, testRepo } from '../helpers/repo.js';

afterAll(removeTempDirs);

describe('msw entry', () => {
  it('exports create<Service>Http from ./msw, with msw and openapi-msw as optional peers only', async () => {
    const root = await testRepo({ servers: await fixture('valid/ordered.yaml') });
    await generate({ root, packages: [testPackage('servers')] });
    const tree = await snapshotTree(join(root, 'packages'));

    const manifest = JSON.parse(tree.get('test-servers/package.json')!.toString()) as Record<string, Record<string, unknown>>;
    expect(manifest['exports']!['./msw']).toEqual({ types: './dist/msw.d.ts', default: './dist/msw.js' });
    expect(Object.keys(manifest['dependencies']!)).not.toContain('msw');
    expect(manifest['peerDependenciesMeta']).toEqual({ msw: { optional: true }, 'openapi-msw': { optional: true } });

    const entry = tree.get('test-servers/src/generated/msw.ts')!.toString();
    expect(entry.startsWith('// DO NOT EDIT.')).toBe(true);
    expect(entry).toContain("import type { SpecPaths as paths } from './operation-maps.js';");
    expect(entry).toContain('export function createServersHttp(baseUrl: string)');
    // The client's entry must not pull msw into a production bundle.
    expect(tree.get('test-servers/src/generated/index.ts')!.toString()).not.toContain('msw');
    expect(tree.get('test-servers/README.md')!.toString()).toContain("from '@stratus/test-servers/msw'");
  });
});
