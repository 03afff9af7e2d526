import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const examplesDir = fileURLToPath(new URL('../..', import.meta.url));

/**
 * Transpiles examples (Node 20 cannot run TypeScript) into `node_modules/.cache/<name>` inside the
 * examples package, so that `@stratus/*` resolves as it does for the .ts sources. Each file keeps its
 * folder; `.ts` becomes `.mjs`, except the shared script runner, which becomes `.js` (in a
 * `"type": "module"` scope) since imports of `….ts` are rewritten to `….js`. Returns the build folder.
 */
export function transpileExamples(name: string, files: readonly string[]): string {
  const buildDir = join(examplesDir, 'node_modules', '.cache', name);
  for (const file of files) {
    const { outputText } = ts.transpileModule(readFileSync(join(examplesDir, file), 'utf8'), { compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022, rewriteRelativeImportExtensions: true } });
    const target = join(buildDir, file.replace(/\.ts$/, file.startsWith('support/') ? '.js' : '.mjs'));
    mkdirSync(join(target, '..'), { recursive: true });
    writeFileSync(target, outputText);
  }
  writeFileSync(join(buildDir, 'package.json'), '{ "type": "module" }\n');
  return buildDir;
}
