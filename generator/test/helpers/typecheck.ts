import ts from 'typescript';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** A consumer's settings: `strict`, Node's module resolution. */
const CONSUMER_OPTIONS: ts.CompilerOptions = {
  strict: true,
  noEmit: true,
  target: ts.ScriptTarget.ES2022,
  module: ts.ModuleKind.NodeNext,
  moduleResolution: ts.ModuleResolutionKind.NodeNext,
  skipLibCheck: true,
  types: [],
};

/** Type-checks files under `strict` (as a consumer would) and returns every diagnostic as "message (file:line)". */
export function typecheckFiles(fileNames: readonly string[]): string[] {
  const program = ts.createProgram([...fileNames], CONSUMER_OPTIONS);
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

/** What an editor shows when hovering a position: the type line, the doc text and the JSDoc tags (`@description …`). */
export interface Hover {
  type: string;
  documentation: string;
  tags: string[];
}

/** Hovers in files on disk, as TypeScript's language service (tsserver's) answers them, under a consumer's settings. */
export function createHover(fileNames: readonly string[]): (file: string, position: number) => Hover {
  const service = ts.createLanguageService({
    getScriptFileNames: () => [...fileNames],
    getScriptVersion: () => '1',
    getScriptSnapshot: (file) => (ts.sys.fileExists(file) ? ts.ScriptSnapshot.fromString(ts.sys.readFile(file)!) : undefined),
    getCurrentDirectory: () => process.cwd(),
    getCompilationSettings: () => CONSUMER_OPTIONS,
    getDefaultLibFileName: ts.getDefaultLibFilePath,
    fileExists: ts.sys.fileExists,
    readFile: ts.sys.readFile,
    directoryExists: ts.sys.directoryExists,
    getDirectories: ts.sys.getDirectories,
  });
  return (file, position) => {
    const info = service.getQuickInfoAtPosition(file, position);
    return {
      type: ts.displayPartsToString(info?.displayParts),
      documentation: ts.displayPartsToString(info?.documentation),
      tags: (info?.tags ?? []).map((tag) => `@${tag.name} ${ts.displayPartsToString(tag.text)}`),
    };
  };
}
