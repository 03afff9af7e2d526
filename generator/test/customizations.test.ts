import { afterEach, describe, expect, it } from 'vitest';
import { loadCustomizations } from '../src/customizations/load-customizations.js';
import { SpecError } from '../src/diagnostics/spec-error.js';
import { createRoot, removeTempDirs } from './helpers/repo.js';

afterEach(removeTempDirs);

describe('loadCustomizations', () => {
  it('reads the IoTronic customization and the names its index exports', async () => {
    const { files, exportedNames } = await loadCustomizations('openstack-iot', '@stratus/openstack-iot');
    expect([...files.keys()]).toContain('index.ts');
    for (const name of ['unwrap', 'fromResponse', 'managerOptions', 'ClientException', 'HttpError', 'NotFound', 'HTTPNotFound', 'NotAcceptable', 'ConnectionError', 'CommunicationError']) expect(exportedNames, name).toContain(name);
  });

  it('copies .ts files verbatim, skipping tests, in name order', async () => {
    const root = await createRoot({ 'c/pkg/index.ts': "export { b } from './b.js';\nexport const a = 1;\n", 'c/pkg/b.ts': 'export const b = 2;\n', 'c/pkg/b.test.ts': 'nope', 'c/pkg/notes.md': 'nope' });
    const { files, exportedNames } = await loadCustomizations('pkg', '@stratus/x', `${root}/c`);
    expect([...files.keys()]).toEqual(['b.ts', 'index.ts']);
    expect(files.get('b.ts')).toBe('export const b = 2;\n');
    expect([...exportedNames]).toEqual(['a', 'b']);
  });

  it('tells the names that are types only (re-exported with `export type`) from values and classes', async () => {
    const index = "export interface I { a: 1 }\nexport type T = string;\nexport class C {}\nexport const v = 1;\nexport function f() {}\n";
    const root = await createRoot({ 'c/pkg/index.ts': index });
    const { exportedNames, typeOnlyNames } = await loadCustomizations('pkg', '@stratus/x', `${root}/c`);
    expect([...exportedNames]).toEqual(['C', 'I', 'T', 'f', 'v']);
    expect([...typeOnlyNames]).toEqual(['I', 'T']);
  });

  it('names the package and folder when the folder or its index.ts is missing', async () => {
    const root = await createRoot({ 'c/noindex/a.ts': 'export {};\n' });
    await expect(loadCustomizations('missing', '@stratus/x', `${root}/c`)).rejects.toThrow(new SpecError({ message: 'package @stratus/x names customizations "missing", but generator/customizations/missing/ does not exist', file: 'generator/src/config/packages.config.ts' }).message);
    await expect(loadCustomizations('noindex', '@stratus/x', `${root}/c`)).rejects.toThrow('generator/customizations/noindex/ has no index.ts');
  });
});
