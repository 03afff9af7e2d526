import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Node, Project } from 'ts-morph';
import { SpecError } from '../diagnostics/spec-error.js';

/** Hand-written files beside the generator, copied verbatim into generated packages (AWS-style customizations). */
export const CUSTOMIZATIONS_DIR = fileURLToPath(new URL('../../customizations/', import.meta.url));

/** Where customizations land inside a generated package. */
export const CUSTOMIZATIONS_TARGET = 'src/generated/customizations';

export interface Customizations {
  /** File name → content, copied to `src/generated/customizations/<file>`. */
  files: Map<string, string>;
  /** Names `index.ts` exports: they replace core re-exports of the same name in the package index. */
  exportedNames: Set<string>;
  /** Those of them that are types only (interfaces, type aliases), re-exported with `export type`. */
  typeOnlyNames: Set<string>;
}

/**
 * Reads `generator/customizations/<folder>/*.ts` (tests excluded). The folder must have an
 * `index.ts`: the package index re-exports everything it exports.
 */
export async function loadCustomizations(folder: string, packageName: string, directory = CUSTOMIZATIONS_DIR): Promise<Customizations> {
  const dir = join(directory, folder);
  const displayDir = `generator/customizations/${folder}`;
  const names = await readdir(dir).catch(() => {
    throw new SpecError({ message: `package ${packageName} names customizations "${folder}", but ${displayDir}/ does not exist`, file: 'generator/src/config/packages.config.ts', hint: `create ${displayDir}/index.ts or remove the customizations entry` });
  });
  const files = new Map<string, string>();
  for (const name of names.filter((n) => n.endsWith('.ts') && !n.endsWith('.test.ts')).sort()) files.set(name, await readFile(join(dir, name), 'utf8'));
  if (!files.has('index.ts')) {
    throw new SpecError({ message: `${displayDir}/ has no index.ts`, file: `${displayDir}/`, hint: 'add an index.ts exporting what the package should export' });
  }
  return { files, ...exportedNamesOf(files) };
}

function exportedNamesOf(files: Map<string, string>): Pick<Customizations, 'exportedNames' | 'typeOnlyNames'> {
  const project = new Project({ useInMemoryFileSystem: true, compilerOptions: { allowJs: false } });
  for (const [name, text] of files) project.createSourceFile(`/c/${name}`, text);
  const exported = [...project.getSourceFileOrThrow('/c/index.ts').getExportedDeclarations()].sort(([a], [b]) => (a < b ? -1 : 1));
  const isTypeOnly = (declaration: Node) => Node.isInterfaceDeclaration(declaration) || Node.isTypeAliasDeclaration(declaration);
  return {
    exportedNames: new Set(exported.map(([name]) => name)),
    typeOnlyNames: new Set(exported.filter(([, declarations]) => declarations.every(isTypeOnly)).map(([name]) => name)),
  };
}
