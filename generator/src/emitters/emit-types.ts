import openapiTS, { astToString } from 'openapi-typescript';
import { SpecError } from '../diagnostics/spec-error.js';
import type { OpenApiDocument } from '../readers/openapi-document.js';

/** `paths`, `components`, `operations` with JSDoc, by openapi-typescript. */
export async function emitTypes(document: OpenApiDocument, header: string, sourceName: string): Promise<string> {
  try {
    // The IR is not used after this point, so openapi-typescript may annotate it in place.
    const ast = await openapiTS(document as never, { silent: true });
    return header + '\n' + astToString(ast);
  } catch (error) {
    // Validation should have caught it; if not, still name the input rather than print a stack.
    throw new SpecError({ message: `openapi-typescript cannot convert this document: ${(error as Error).message}`, file: sourceName, hint: 'please report it: the reader should have rejected this input with a pointer' });
  }
}
