import ts from 'typescript';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Type-checks files under `strict` (as a consumer would) and returns every diagnostic as "message (file:line)". */
export function typecheckFiles(fileNames: readonly string[]): string[] {
  const program = ts.createProgram([...fileNames], {
    strict: true,
    noEmit: true,
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    skipLibCheck: true,
    types: [],
  });
  return ts.getPreEmitDiagnostics(program).map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n') + (d.file ? ` (${d.file.fileName}:${d.file.getLineAndCharacterOfPosition(d.start ?? 0).line + 1})` : ''));
}

/** What the generated types import from `@stratus/core`: its type modules, without the runtime. */
const CORE_TYPE_MODULES = ['client/body-types.ts', 'api/api-descriptor.ts', 'microversions/microversion-types.ts'].map((file) => fileURLToPath(new URL(`../../../packages/core/src/${file}`, import.meta.url)));

/** A stand-in `@stratus/core` in `dir/node_modules` made of core's type modules (they import nothing). */
export async function writeCoreTypes(dir: string): Promise<void> {
  const core = join(dir, 'node_modules/@stratus/core');
  await mkdir(core, { recursive: true });
  await writeFile(join(core, 'package.json'), JSON.stringify({ name: '@stratus/core', type: 'module', types: './index.ts' }));
  await writeFile(join(core, 'index.ts'), (await Promise.all(CORE_TYPE_MODULES.map((file) => readFile(file, 'utf8')))).join('\n'));
}
