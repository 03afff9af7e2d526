/**
 * Output is a pure function of the inputs: same bytes on every run, whatever the order of the
 * input document, and `--check` reports drift without writing.
 */
import { rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../src/cli.js';
import { generate } from '../src/pipeline/generate.js';
import { captureIo, fakeOpenStackRepo, fixture, removeTempDirs, snapshotTree, testPackage, testRepo, writeFiles } from './helpers/repo.js';

afterAll(removeTempDirs);

const SERVERS = testPackage('servers');

async function generateFrom(spec: string): Promise<Map<string, Buffer>> {
  const root = await testRepo({ servers: spec });
  await generate({ root, packages: [SERVERS] });
  return snapshotTree(join(root, 'packages'));
}

describe('determinism', () => {
  it('two runs produce byte-identical files, in the same root and in a fresh one', async () => {
    const spec = await fixture('valid/ordered.yaml');
    const root = await testRepo({ servers: spec });
    const first = await generate({ root, packages: [SERVERS] });
    const once = await snapshotTree(join(root, 'packages'));
    // A first run into an empty root creates every file it emits.
    expect(first.changes.length).toBe(once.size);
    expect(first.changes.length).toBeGreaterThanOrEqual(6);

    const second = await generate({ root, packages: [SERVERS] });
    expect(second.changes).toEqual([]);
    expect(await snapshotTree(join(root, 'packages'))).toEqual(once);

    expect(await generateFrom(spec)).toEqual(once);
  });

  it('reordering paths, methods and components yields identical output, sorted', async () => {
    const ordered = await generateFrom(await fixture('valid/ordered.yaml'));
    const reordered = await generateFrom(await fixture('valid/reordered.yaml'));
    // Only the manifest of spec hashes tells the two inputs apart.
    const manifest = 'test-servers/src/generated/spec-manifest.json';
    expect(reordered.get(manifest)).not.toEqual(ordered.get(manifest));
    reordered.delete(manifest);
    ordered.delete(manifest);
    expect(reordered).toEqual(ordered);

    const positions = (file: string) => (needle: string) => {
      const index = ordered.get(`test-servers/src/generated/${file}`)!.toString().indexOf(needle);
      expect(index, needle).toBeGreaterThan(-1);
      return index;
    };
    const inMaps = positions('operation-maps.ts');
    expect(inMaps('"/flavors": {')).toBeLessThan(inMaps('"/servers": {'));
    expect(inMaps('"/servers": {')).toBeLessThan(inMaps('"/servers/{server_id}": {'));
    const inSchema = positions('schema.ts');
    expect(inSchema('Flavor: {')).toBeLessThan(inSchema('Server: {'));
    // Parameter components are not written (the operation maps write parameters where they are used).
    expect(ordered.get('test-servers/src/generated/schema.ts')!.toString()).toMatch(/^ {4}parameters: never;$/m);
    // The first header scheme in sorted order decides the auth header, whatever the input order.
    expect(ordered.get('test-servers/src/generated/index.ts')!.toString()).toContain("headerName: 'X-Auth-Token'");
  });

  it('--check exits 0 when up to date and 1 naming updated, deleted and missing files, writing nothing', async () => {
    const root = await fakeOpenStackRepo();
    const run = async (...args: string[]) => {
      const io = captureIo();
      const code = await main(['generate', '--root', root, ...args], io.io);
      return { code, out: io.outText(), err: io.errText() };
    };
    expect((await run()).code).toBe(0);
    // The API surface is committed next to the specs; --check compares it too.
    expect(await main(['surface', 'write', '--root', root], captureIo().io)).toBe(0);
    const generated = await snapshotTree(root);

    const clean = await run('--check');
    expect(clean.code, clean.err).toBe(0);
    expect(clean.out).toMatch(/up to date: 15 packages/);
    expect(await snapshotTree(root)).toEqual(generated);

    const schema = 'packages/openstack-compute/src/generated/schema.ts';
    await writeFile(join(root, schema), generated.get(schema)!.toString() + '// hand edit\n');
    await writeFiles(root, {
      'packages/openstack-compute/src/generated/stale.ts': 'export const stale = 1;\n',
      // Outside the folders the generator owns: never reported.
      'packages/openstack-compute/NOTES.md': 'mine\n',
    });
    await rm(join(root, 'packages/openstack-identity/README.md'));
    const edited = await snapshotTree(root);

    const drift = await run('--check');
    expect(drift.code).toBe(1);
    const lines = drift.err.split('\n');
    expect(lines[0]).toMatch(/would change 3 file\(s\)/);
    expect(lines.slice(1).map((line) => line.trim().split(/\s+/))).toEqual([
      ['update', schema],
      ['delete', 'packages/openstack-compute/src/generated/stale.ts'],
      ['create', 'packages/openstack-identity/README.md'],
    ]);
    expect(await snapshotTree(root)).toEqual(edited);

    // A real run repairs exactly that, after which --check is clean again.
    expect((await run()).code).toBe(0);
    const repaired = await snapshotTree(root);
    expect(repaired.get(schema)).toEqual(generated.get(schema));
    expect(repaired.has('packages/openstack-compute/src/generated/stale.ts')).toBe(false);
    expect(repaired.get('packages/openstack-compute/NOTES.md')?.toString()).toBe('mine\n');
    expect((await run('--check')).code).toBe(0);
  });

  it('output does not depend on the time zone (unquoted date-like info.version)', async () => {
    const spec = await fixture('valid/date-version.yaml');
    const original = process.env['TZ'];
    try {
      process.env['TZ'] = 'UTC';
      const utc = await generateFrom(spec);
      process.env['TZ'] = 'Asia/Tokyo';
      const tokyo = await generateFrom(spec);
      expect(tokyo).toEqual(utc);
      expect(utc.get('test-servers/README.md')!.toString()).toContain('spec version 2024-01-02');
    } finally {
      if (original === undefined) delete process.env['TZ'];
      else process.env['TZ'] = original;
    }
  });
});
