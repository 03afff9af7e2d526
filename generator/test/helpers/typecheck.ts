import ts from 'typescript';

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
