/**
 * The compact operation types as an editor sees them: written by `emitOperationMaps`, then read by
 * TypeScript's own language service (hover docs) and checker (what a response type is).
 */
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { emitOperationMaps } from '../../src/emitters/emit-operation-maps.js';
import type { OpenApiDocument } from '../../src/readers/openapi-document.js';

const fault = { $ref: '#/components/schemas/Fault' };
const errors = { '404': { description: 'Not found', content: { 'application/json': { schema: fault } } }, default: { description: 'Error', content: { 'application/json': { schema: { oneOf: [fault, { $ref: '#/components/schemas/AuthFault' }] } } } } };

function thingsSpec(): OpenApiDocument {
  return {
    openapi: '3.1.0',
    info: { title: 'things', version: '1' },
    paths: {
      '/things': {
        get: {
          summary: 'List things',
          parameters: [
            { name: 'limit', in: 'query', description: 'Page size', schema: { type: 'integer' } },
            { name: 'marker', in: 'query', description: 'Last thing seen', schema: { type: 'string' } },
          ],
          responses: { '200': { description: 'OK', content: { 'application/json': { schema: { type: 'object', properties: { total: { type: 'integer', description: 'How many things there are' } } } } } }, ...errors },
        },
      },
      '/things/{id}': {
        get: {
          summary: 'Show a thing',
          parameters: [{ name: 'id', in: 'path', required: true, description: 'ID of the thing', schema: { type: 'string' } }],
          responses: { '200': { description: 'OK', content: { 'application/json': { schema: { type: 'object', properties: { name: { type: 'string', description: 'Name of the thing' } } } } } }, ...errors },
        },
        delete: { summary: 'Delete a thing', parameters: [{ name: 'id', in: 'path', required: true, description: 'ID of the thing', schema: { type: 'string' } }], responses: { '204': { description: 'Deleted' }, ...errors } },
      },
    },
    components: { schemas: { Fault: { type: 'object', properties: { message: { type: 'string' } } }, AuthFault: { type: 'object', properties: { reason: { type: 'string' } } } } },
  } as OpenApiDocument;
}

// What the written module imports, reduced to what these checks need.
const CORE = `export type JsonRequestBody<T> = { content: { 'application/json': T } };
export type JsonResponse<T> = { 200: JsonResponseBody<T> };
export type JsonResponseBody<T> = { content: { 'application/json': T } };
export type EmptyResponse = { 200: { content?: never } };
export type PathsFromOperations<O> = O;
`;
const SCHEMA = `export interface components { schemas: { Fault: { message?: string }; AuthFault: { reason?: string } } }
export type Schema<Name extends keyof components['schemas']> = components['schemas'][Name];
`;
const CONSUMER = `import type { OperationsByMethod } from './operation-maps.js';
type Get = OperationsByMethod['get'];
declare const query: NonNullable<Get['/things']['parameters']['query']>;
declare const path: Get['/things/{id}']['parameters']['path'];
declare const listed: Get['/things']['responses'][200]['content']['application/json'];
declare const shown: Get['/things/{id}']['responses'][200]['content']['application/json'];
export type DefaultError = Get['/things']['responses']['default']['content']['application/json'];
export type DeleteResponses = OperationsByMethod['delete']['/things/{id}']['responses'];
export const read = [query.limit, query.marker, path.id, listed.total, shown.name];
`;

function languageService(operationMaps: string): { service: ts.LanguageService; consumer: string } {
  const files: Record<string, string> = { '/p/operation-maps.ts': operationMaps, '/p/schema.ts': SCHEMA, '/p/consumer.ts': CONSUMER, '/p/node_modules/@stratus/core/index.d.ts': CORE };
  const options: ts.CompilerOptions = { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.NodeNext, moduleResolution: ts.ModuleResolutionKind.NodeNext, strict: true, noEmit: true, lib: ['lib.es2022.d.ts'] };
  const read = (file: string) => files[file] ?? ts.sys.readFile(file);
  const host: ts.LanguageServiceHost = {
    getScriptFileNames: () => ['/p/consumer.ts'],
    getScriptVersion: () => '1',
    getScriptSnapshot: (file) => (read(file) === undefined ? undefined : ts.ScriptSnapshot.fromString(read(file)!)),
    getCurrentDirectory: () => '/p',
    getCompilationSettings: () => options,
    getDefaultLibFileName: (settings) => ts.getDefaultLibFilePath(settings),
    fileExists: (file) => file in files || ts.sys.fileExists(file),
    readFile: read,
    directoryExists: (dir) => Object.keys(files).some((file) => file.startsWith(`${dir}/`)) || ts.sys.directoryExists(dir),
    getDirectories: () => [],
  };
  return { service: ts.createLanguageService(host), consumer: CONSUMER };
}

describe('compact operation types', () => {
  const written = emitOperationMaps(thingsSpec(), undefined, '// header\n', 'things.yaml');
  const { service, consumer } = languageService(written);

  it('type-check as written', () => {
    const diagnostics = [...service.getSemanticDiagnostics('/p/consumer.ts'), ...service.getSemanticDiagnostics('/p/operation-maps.ts'), ...service.getSyntacticDiagnostics('/p/operation-maps.ts')];
    expect(diagnostics.map((diagnostic) => ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n'))).toEqual([]);
  });

  it.each([
    ['query.limit', 'Page size'],
    ['query.marker', 'Last thing seen'],
    ['path.id', 'ID of the thing'],
    ['listed.total', 'How many things there are'],
    ['shown.name', 'Name of the thing'],
  ])('show the spec’s description when hovering %s', (member, description) => {
    const position = consumer.indexOf(member) + member.indexOf('.') + 1;
    const info = service.getQuickInfoAtPosition('/p/consumer.ts', position);
    expect(ts.displayPartsToString(info?.documentation)).toBe(description);
  });

  it('declare a repeated error response once and write a oneOf of plain references as their union', () => {
    const checker = service.getProgram()!.getTypeChecker();
    const source = service.getProgram()!.getSourceFile('/p/consumer.ts')!;
    const alias = source.statements.filter(ts.isTypeAliasDeclaration).find((statement) => statement.name.text === 'DefaultError')!;
    const members = checker.getTypeAtLocation(alias.name);
    expect(members.isUnion() ? members.types.map((type) => checker.typeToString(type)).sort() : checker.typeToString(members)).toEqual(['{ message?: string | undefined; }', '{ reason?: string | undefined; }']);
    expect(written).not.toContain('stratus.inline');
    // 404 and default, in each of the three operations: one declaration each, referenced by name.
    const declared = [...written.matchAll(/^type (Response_\w+) = /gm)].map((match) => match[1]!);
    expect(declared).toHaveLength(2);
    for (const name of declared) expect(written.split(name).length - 1).toBeGreaterThanOrEqual(3);
  });
});
