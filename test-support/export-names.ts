import ts from 'typescript';

// The type-level half of the pinned export lists: what an entry exports to TypeScript (types and
// interfaces included, which the runtime check of Object.keys cannot see), read with the compiler.

/**
 * Every name `entryFiles` export, `<package path>: <kind> <name>` sorted, where kind is `value`, `type` or
 * `value+type` (a class, or a const and a type of the same name).
 */
export function exportedNames(entryFiles: readonly string[]): string[] {
  const program = ts.createProgram([...entryFiles], {
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    target: ts.ScriptTarget.ES2022,
    lib: ['lib.es2022.d.ts', 'lib.dom.d.ts', 'lib.esnext.disposable.d.ts'],
    types: ['node'],
    skipLibCheck: true,
    noEmit: true,
  });
  const checker = program.getTypeChecker();
  const lines: string[] = [];
  for (const file of entryFiles) {
    const source = program.getSourceFile(file);
    const moduleSymbol = source && checker.getSymbolAtLocation(source);
    if (!moduleSymbol) throw new Error(`export-names: ${file} is not a module`);
    // `ovh/src/msw/index.ts`: the path from the packages folder, so entries of several packages stay apart.
    const parts = file.split(/[\\/]/);
    const name = parts.slice(parts.lastIndexOf('packages') + 1).join('/');
    for (const symbol of checker.getExportsOfModule(moduleSymbol)) {
      const target = symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol;
      const isValue = (target.flags & ts.SymbolFlags.Value) !== 0;
      const isType = (target.flags & ts.SymbolFlags.Type) !== 0;
      lines.push(`${name}: ${isValue && isType ? 'value+type' : isValue ? 'value' : 'type'} ${symbol.getName()}`);
    }
  }
  return lines.sort();
}
