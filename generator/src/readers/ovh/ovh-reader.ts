import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { SpecError } from '../../diagnostics/spec-error.js';
import { toPointer } from '../../diagnostics/json-pointer.js';
import type { OpenApiDocument, Operation, PathItem } from '../openapi-document.js';
import { parseSpecText } from '../openapi/parse-spec-text.js';
import type { Reader, ReaderInputFile } from '../reader.js';
import { addInputVariants } from './input-variants.js';
import { isRecord, Problems, type OvhDocument, type OvhFile } from './ovh-native.js';
import { OvhModels } from './ovh-models.js';
import { convertOperations, type ConvertedOperation } from './ovh-operations.js';
import type { JsonSchema } from './ovh-primitives.js';

export const OVH_SECURITY_SCHEME = {
  type: 'apiKey',
  in: 'header',
  name: 'X-Ovh-Signature',
  description: 'Signed with application key/secret and consumer key (or OAuth2 bearer)',
} as const;

const compare = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** `_index.json` lists the APIs; it has no operations or models of its own. */
export function isOvhIndexFile(file: ReaderInputFile): boolean {
  return /(^|\/)_index$/.test(file.id) || basename(file.path) === '_index.json';
}

async function readText(file: ReaderInputFile): Promise<string> {
  try {
    return await readFile(file.path, 'utf8');
  } catch {
    throw new SpecError({ message: 'spec file not found', file: file.displayPath, hint: 'run `pnpm specs:pull` (upstream specs) or check the path in the package config' });
  }
}

/** Checks the top-level shape and works out v1/v2 and the API name. */
function openDocument(input: ReaderInputFile, text: string, parsed: unknown, problems: Problems): OvhFile | undefined {
  const context = { displayPath: input.displayPath, text };
  if (!isRecord(parsed)) {
    problems.add(context, [], 'an OVH API document must be a JSON object');
    return undefined;
  }
  const document = parsed as OvhDocument;
  if (document.apis === undefined && document.models === undefined) {
    problems.add(context, [], 'not an OVH API document: it has neither "apis" nor "models"', 'pass the per-API schema files (e.g. v1/me.json), not the index or an OpenAPI document');
    return undefined;
  }
  let ok = true;
  if (document.apis !== undefined && !Array.isArray(document.apis)) {
    problems.add(context, ['apis'], 'apis must be a list');
    ok = false;
  }
  if (document.models !== undefined && !isRecord(document.models)) {
    problems.add(context, ['models'], 'models must be an object');
    ok = false;
  }
  const basePath = typeof document.basePath === 'string' ? document.basePath.replace(/\/+$/, '') : '';
  const v2 = input.id.startsWith('ovh/v2/') || basePath.endsWith('/v2');
  const resourcePath = document.resourcePath;
  let api = '';
  if (typeof resourcePath === 'string' && resourcePath.startsWith('/') && resourcePath.length > 1) {
    api = (v2 ? 'v2/' : '') + resourcePath.slice(1);
  } else if (Array.isArray(document.apis) && document.apis.length > 0) {
    problems.add(context, ['resourcePath'], `resourcePath must be a path like "/me", got ${JSON.stringify(resourcePath ?? null)}`);
    ok = false;
  }
  return ok ? { input, text, document, v2, api, sortKey: `${input.id}\0${input.displayPath}` } : undefined;
}

/**
 * OVHcloud native API schemas (the `/1.0` and `/v2` `<api>.json` documents) → one OpenAPI 3.1
 * document for all APIs of a package. Operations are tagged with `x-stratus-api` so that the
 * emitter can split the IR into one entry point per API; v2 paths get a `/v2` prefix.
 */
export const ovhReader: Reader = {
  name: 'ovh',
  async read(files) {
    const inputs = files.filter((file) => !isOvhIndexFile(file));
    if (inputs.length === 0) {
      throw new SpecError({ message: 'the ovh reader needs at least one API schema file', file: files.map((f) => f.displayPath).join(', ') || '(none)' });
    }
    const texts = await Promise.all(inputs.map(readText));
    const problems = new Problems();
    const opened: OvhFile[] = [];
    inputs.forEach((input, index) => {
      const text = texts[index]!;
      const file = openDocument(input, text, parseSpecText(text, input.displayPath), problems);
      if (file) opened.push(file);
    });
    problems.throwIfAny();
    // The result must not depend on the order the files were passed in.
    opened.sort((a, b) => compare(a.sortKey, b.sortKey));

    const models = new OvhModels(problems);
    for (const file of opened) models.addDocument(file);
    problems.throwIfAny();
    models.seed();
    const operations = opened.flatMap((file) => convertOperations(file, models, problems));
    const schemas = models.finish();

    // One operation per path + method; identical copies in two files are one operation (the first by file id).
    const kept = new Map<string, ConvertedOperation>();
    for (const converted of operations) {
      const key = `${converted.method.toUpperCase()} ${converted.path}`;
      const first = kept.get(key);
      if (first === undefined) kept.set(key, converted);
      else if (first.identity !== converted.identity) {
        problems.add(converted.file, converted.at, `${key} is also defined in ${first.file.input.displayPath} (${toPointer(first.at)}), differently`, 'two API documents define the same operation; drop one of the files from the package inputs or fix the upstream schema');
      }
    }
    problems.throwIfAny();

    // operationId only when the schema has one and no other operation uses it (openapi-fetch does not need it).
    const idCount = new Map<string, number>();
    for (const converted of kept.values()) if (converted.operationId !== undefined) idCount.set(converted.operationId, (idCount.get(converted.operationId) ?? 0) + 1);

    addInputVariants(
      schemas,
      [...kept.values()].flatMap((converted) => (converted.bodySchema ? [converted.bodySchema] : [])),
    );
    const sortedSchemas: Record<string, JsonSchema> = {};
    for (const name of Object.keys(schemas).sort(compare)) sortedSchemas[name] = schemas[name]!;

    const paths: Record<string, PathItem> = {};
    for (const converted of kept.values()) {
      const item = (paths[converted.path] ??= {});
      const unique = converted.operationId !== undefined && idCount.get(converted.operationId) === 1;
      item[converted.method] = (unique ? { operationId: converted.operationId, ...converted.operation } : converted.operation) as Operation;
    }

    const document: OpenApiDocument = {
      openapi: '3.1.0',
      info: { title: 'OVHcloud API', version: '1.0' },
      security: [{ ovhSignature: [] }],
      paths,
      components: {
        schemas: sortedSchemas,
        securitySchemes: { ovhSignature: { ...OVH_SECURITY_SCHEME } },
      },
    };
    return document;
  },
};
