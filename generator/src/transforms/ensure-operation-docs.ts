import { operationsOf, type OpenApiDocument } from '../readers/openapi-document.js';

/** Every operation gets JSDoc: when the spec has neither summary nor description, say what it is. */
export function ensureOperationDocs(document: OpenApiDocument): number {
  let added = 0;
  for (const { path, method, operation } of operationsOf(document)) {
    if (!operation.summary && !operation.description) {
      operation.summary = `${method.toUpperCase()} ${path}${operation.operationId ? ` (${operation.operationId})` : ''}`;
      added++;
    }
  }
  return added;
}
