// What tsc says about a path the service does not have: the error names the path given and lists the
// valid ones, directly and through a cloud client (not "Expected 2 arguments, but got 1").
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const HERE = dirname(fileURLToPath(import.meta.url));
/** Served by the compiler host, never written: beside the tests so the packages resolve as they do for them. */
const VIRTUAL_FILE = join(HERE, 'path-typo.generated.ts');

function diagnosticsOf(source: string): string[] {
  const options: ts.CompilerOptions = { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.NodeNext, moduleResolution: ts.ModuleResolutionKind.NodeNext, strict: true, noEmit: true, skipLibCheck: true, types: [], lib: ['lib.es2022.d.ts', 'lib.dom.d.ts', 'lib.esnext.disposable.d.ts'] };
  const host = ts.createCompilerHost(options, true);
  const file = ts.createSourceFile(VIRTUAL_FILE, source, ts.ScriptTarget.ES2022, true);
  const { getSourceFile, fileExists, readFile } = host;
  Object.assign(host, {
    getSourceFile: (name: string, ...rest: [ts.ScriptTarget | ts.CreateSourceFileOptions, ((message: string) => void)?]) => (name === VIRTUAL_FILE ? file : getSourceFile.call(host, name, ...rest)),
    fileExists: (name: string) => name === VIRTUAL_FILE || fileExists.call(host, name),
    readFile: (name: string) => (name === VIRTUAL_FILE ? source : readFile.call(host, name)),
  });
  const program = ts.createProgram([VIRTUAL_FILE], options, host);
  return program.getSemanticDiagnostics(program.getSourceFile(VIRTUAL_FILE)).map((diagnostic) => ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n'));
}

describe('a path typo', { timeout: 60_000 }, () => {
  it('is reported against the valid paths, directly, pinned and through createOpenStackClient()', () => {
    const messages = diagnosticsOf(`
import { createComputeClient } from '@stratus/openstack-compute';
import * as network from '@stratus/openstack-network';
import { createOpenStackClient } from '@stratus/openstack';
const compute = createComputeClient({ baseUrl: 'https://nova.example.com/v2.1', token: 't' });
const pinned = createComputeClient({ baseUrl: 'https://nova.example.com/v2.1', token: 't', microversion: '2.30' });
const cloud = await createOpenStackClient({ token: 't', endpoints: { network: 'https://neutron.example.com/v2.0' }, services: { network } });
export const a = compute.GET('/flavor/detail');
export const b = pinned.DELETE('/server/{id}', { params: { path: { id: 'x' } } });
export const c = cloud.network.GET('/network');
export const fine = compute.GET('/flavors/detail');
`);
    // tsc shortens long unions ("… 68 more …"): the paths it shows are the method's.
    const pathList = (typo: string, shown: string) => new RegExp(`^Argument of type '"${typo}"' is not assignable to parameter of type '.*"${shown}"`);
    expect(messages).toEqual([
      expect.stringMatching(pathList('/flavor/detail', '/flavors/detail')),
      expect.stringMatching(pathList('/server/\\{id\\}', '/flavors/\\{id\\}')),
      expect.stringMatching(pathList('/network', '/address-groups')),
    ]);
  });
});
