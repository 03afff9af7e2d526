import openapiTS, { astToString } from 'openapi-typescript';
import type { OpenApiDocument } from '../readers/openapi-document.js';

/** `paths`, `components`, `operations` with JSDoc, by openapi-typescript. */
export async function emitTypes(document: OpenApiDocument, header: string): Promise<string> {
  // The IR is not used after this point, so openapi-typescript may annotate it in place.
  const ast = await openapiTS(document as never, { silent: true });
  return header + '\n' + astToString(ast);
}
