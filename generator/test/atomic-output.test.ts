/**
 * A failing run must leave every previously generated file exactly as it was: packages are built
 * in memory and written only when all of them succeeded, each file by write-then-rename.
 */
import { rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../src/cli.js';
import { generate } from '../src/pipeline/generate.js';
import { captureIo, fakeOpenStackRepo, fixture, REAL_PACKAGES, relock, removeTempDirs, snapshotTree, specProblems, strayTemporaryFiles, testPackage, testRepo, writeFiles } from './helpers/repo.js';

afterAll(removeTempDirs);

describe('atomic output', () => {
  it('a broken second package leaves both packages byte-identical and deletes nothing', async () => {
    const plain = await fixture('valid/plain.yaml');
    const root = await testRepo({ alpha: plain, beta: plain });
    const alpha = testPackage('alpha');
    const beta = testPackage('beta');

    const first = await generate({ root, packages: [alpha, beta] });
    expect(first.packages.map((p) => p.name)).toEqual(['@stratus/test-alpha', '@stratus/test-beta']);
    // A stale file the next successful run would delete.
    await writeFiles(root, { 'packages/test-alpha/src/generated/stale.ts': 'export {};\n' });
    const before = await snapshotTree(join(root, 'packages'));
    for (const pkg of ['test-alpha', 'test-beta']) {
      for (const file of ['.gitignore', 'README.md', 'package.json', 'tsconfig.json', 'src/generated/index.ts', 'src/generated/schema.ts']) expect(before.has(`${pkg}/${file}`), `${pkg}/${file}`).toBe(true);
    }

    // alpha's output would change (new operation), beta's spec is broken.
    await writeFiles(root, {
      'specs/upstream/test/alpha.yaml': plain.replace('  /servers/{server_id}:', '  /flavors:\n    get:\n      operationId: flavors_list\n      responses:\n        \'200\':\n          description: OK\n  /servers/{server_id}:'),
      'specs/upstream/test/beta.yaml': await fixture('malformed/unknown-type-component.yaml'),
    });
    await relock(root);
    const problems = await specProblems(() => generate({ root, packages: [alpha, beta] }));
    expect(problems.map((p) => p.file)).toEqual(['specs/upstream/test/beta.yaml']);

    expect(await snapshotTree(join(root, 'packages'))).toEqual(before);
    expect(await strayTemporaryFiles(root)).toEqual([]);

    // Control: once beta is fixed the same run does rewrite alpha and delete the stale file.
    await writeFiles(root, { 'specs/upstream/test/beta.yaml': plain });
    await relock(root);
    const fixed = await generate({ root, packages: [alpha, beta] });
    expect(fixed.changes).toEqual([
      { file: 'packages/test-alpha/README.md', kind: 'update' },
      // The new `/flavors` collection is a new manager.
      { file: 'packages/test-alpha/src/generated/managers.ts', kind: 'update' },
      // …and new operations in the client's per-method maps.
      { file: 'packages/test-alpha/src/generated/operation-maps.ts', kind: 'update' },
      // The new spec hash is recorded once, not in every file's header.
      { file: 'packages/test-alpha/src/generated/spec-manifest.json', kind: 'update' },
      { file: 'packages/test-alpha/src/generated/stale.ts', kind: 'delete' },
    ]);
    const after = await snapshotTree(join(root, 'packages'));
    expect(after.has('test-alpha/src/generated/stale.ts')).toBe(false);
    expect(after.get('test-alpha/src/generated/operation-maps.ts')!.toString()).toContain('"/flavors": {');
    expect(await strayTemporaryFiles(root)).toEqual([]);
  });

  it('through the CLI: a broken last package leaves every generated package untouched', async () => {
    const root = await fakeOpenStackRepo();
    const ok = captureIo();
    expect(await main(['generate', '--root', root], ok.io), ok.errText()).toBe(0);
    const before = await snapshotTree(join(root, 'packages'));
    expect(new Set([...before.keys()].map((file) => file.split('/')[0]))).toEqual(new Set(REAL_PACKAGES.map((p) => p.directory.replace('packages/', ''))));

    // The first package would change; the last one (built after all others) is broken.
    const first = REAL_PACKAGES[0]!;
    const last = REAL_PACKAGES[REAL_PACKAGES.length - 1]!;
    await writeFiles(root, {
      [`specs/upstream/${first.inputs[0]}/test.yaml`]: await fixture('valid/compute.yaml'),
      [`specs/upstream/${last.inputs[0]}/test.yaml`]: await fixture('malformed/dangling-ref.yaml'),
    });
    // And one generated file vanished: it must not be recreated by a failing run either.
    await rm(join(root, first.directory, 'README.md'));
    const expected = await snapshotTree(join(root, 'packages'));

    const failed = captureIo();
    expect(await main(['generate', '--root', root], failed.io)).toBe(1);
    expect(failed.errText()).toContain(`file:    specs/upstream/${last.inputs[0]}/test.yaml`);
    expect(await snapshotTree(join(root, 'packages'))).toEqual(expected);
    expect(await strayTemporaryFiles(root)).toEqual([]);
  });

  it('a failed write leaves no temporary file behind', async () => {
    const root = await testRepo({ alpha: await fixture('valid/plain.yaml') });
    // A directory where the README should go makes the final rename fail.
    await writeFiles(root, { 'packages/test-alpha/README.md/keep': '' });
    let failure: unknown;
    try {
      await generate({ root, packages: [testPackage('alpha')] });
    } catch (error) {
      failure = error;
    }
    expect(failure).toBeInstanceOf(Error);
    expect(await strayTemporaryFiles(root)).toEqual([]);
  });
});
