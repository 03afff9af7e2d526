import openapiTS, { astToString } from 'openapi-typescript';
import type { OpenApiDocument } from '../readers/openapi-document.js';

/** `paths`, `components`, `operations` with JSDoc, by openapi-typescript. */
export async function emitTypes(document: OpenApiDocument, header: string): Promise<string> {
  // openapi-typescript annotates its input in place (e.g. resolved refs); give it a copy.
  const ast = await openapiTS(structuredClone(document) as never, { silent: true });
  return header + '\n' + astToString(ast);
}
