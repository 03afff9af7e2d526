import openapiTS, { astToString } from 'openapi-typescript';
import { SpecError } from '../diagnostics/spec-error.js';
import type { OpenApiDocument } from '../readers/openapi-document.js';
import { microversionedUnionTransform } from '../microversions/microversioned-union.js';

/** `paths`, `components`, `operations` with JSDoc, by openapi-typescript. */
export async function emitTypes(document: OpenApiDocument, header: string, sourceName: string, options: { microversionLadder?: readonly string[] } = {}): Promise<string> {
  try {
    // Versioned oneOfs become `Microversioned<…>` (generator/src/microversions/), narrowed by `PathsAt<V>`.
    const transform = options.microversionLadder ? microversionedUnionTransform(document, options.microversionLadder) : undefined;
    // The IR is not used after this point, so openapi-typescript may annotate it in place.
    const ast = await openapiTS(document as never, { silent: true, ...(transform ? { postTransform: transform } : {}) });
    const text = astToString(ast);
    // Only what the entries use (doc comments mention "Microversion" too, hence the shapes).
    const ladderNames = [
      ['Microversion', /[[,] Microversion[,\]]|\[Microversion,/],
      ['MicroversionsFrom', /MicroversionsFrom\['/],
      ['MicroversionsUpTo', /MicroversionsUpTo\['/],
    ].filter(([, pattern]) => (pattern as RegExp).test(text)).map(([name]) => name as string);
    const imports = text.includes('Microversioned<')
      ? `import type { Microversioned } from '@stratus/core';\nimport type { ${ladderNames.join(', ')} } from './microversions.js';\n\n`
      : '';
    return header + '\n' + imports + text;
  } catch (error) {
    // Validation should have caught it; if not, still name the input rather than print a stack.
    throw new SpecError({ message: `openapi-typescript cannot convert this document: ${(error as Error).message}`, file: sourceName, hint: 'please report it: the reader should have rejected this input with a pointer' });
  }
}
