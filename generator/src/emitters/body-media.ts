import ts from 'typescript';
import type { OpenAPITSOptions } from 'openapi-typescript';
import { operationsOf, type OpenApiDocument, type Operation } from '../readers/openapi-document.js';
import { fromPointer, resolvePointer } from '../diagnostics/json-pointer.js';
import { isRecord, resolve, schemaIsArray } from './managers/schema-lookup.js';

/** How a body of some media type is written and read. */
export type BodyKind = 'json' | 'json-patch' | 'binary' | 'text';

/**
 * JSON-patch media types that accept only some of RFC 6902's operations (the rest are refused with
 * a 400). Others are typed with all six.
 */
const PATCH_OPERATIONS: Readonly<Record<string, readonly string[]>> = {
  // Glance (glance/api/v2/images.py RequestDeserializer): add, remove, replace.
  'application/openstack-images-v2.1-json-patch': ['add', 'remove', 'replace'],
};

/** `JsonPatchOperation[]` as written in a type, narrowed to the operations `mediaType` accepts. */
export function jsonPatchOperationsType(mediaType: string): string {
  const operations = PATCH_OPERATIONS[mediaType.toLowerCase()];
  return `JsonPatchOperation${operations ? `<${operations.map((op) => `'${op}'`).join(' | ')}>` : ''}[]`;
}

/** The kind of a body of this media type and schema; `json` (openapi-fetch's default) when nothing else is known. */
export function bodyKind(document: OpenApiDocument, mediaType: string, schema: unknown): BodyKind {
  const type = mediaType.toLowerCase();
  if (type.includes('json-patch')) return 'json-patch';
  if (type === 'application/json' || type.endsWith('+json') || type.endsWith('-json')) return 'json';
  if (type === 'application/octet-stream') return 'binary';
  const resolved = resolve(document, schema);
  // Swift declares object bodies as `*` with `type: string, format: binary`.
  if (resolved?.['type'] === 'string' && resolved['format'] === 'binary') return 'binary';
  if (type.startsWith('text/')) return 'text';
  return 'json';
}

/** What core's `OperationMedia` says about one operation. */
export interface OperationMediaFacts {
  request?: string;
  parseAs?: 'blob' | 'text';
}

/**
 * `service.media`: operations whose request or success bodies are not JSON, keyed
 * `'PUT /images/{image_id}/file'`. Core's createServiceClient sends their bodies with the media type
 * (bytes unchanged, JSON patches as JSON) and reads binary answers as a Blob, text ones as text.
 * An operation that also takes or answers JSON is left to the JSON default.
 */
export function operationMedia(document: OpenApiDocument): Record<string, OperationMediaFacts> {
  const table: Record<string, OperationMediaFacts> = {};
  for (const { path, method, operation } of operationsOf(document)) {
    const facts: OperationMediaFacts = {};
    const request = requestMediaType(document, operation);
    if (request) facts.request = request;
    const parseAs = responseParseAs(document, operation);
    if (parseAs) facts.parseAs = parseAs;
    if (facts.request || facts.parseAs) table[`${method.toUpperCase()} ${path}`] = facts;
  }
  return table;
}

function contentOf(document: OpenApiDocument, body: unknown): [string, unknown][] {
  const content = resolve(document, body)?.['content'];
  return isRecord(content) ? Object.entries(content).map(([type, media]) => [type, isRecord(media) ? media['schema'] : undefined]) : [];
}

/** The Content-Type to send, when the body is not JSON (`*` and `*\/*` binary bodies go as application/octet-stream). */
function requestMediaType(document: OpenApiDocument, operation: Operation): string | undefined {
  const content = contentOf(document, operation.requestBody);
  if (content.some(([type, schema]) => bodyKind(document, type, schema) === 'json')) return undefined;
  const [type] = content.find(([candidate, schema]) => bodyKind(document, candidate, schema) !== 'json') ?? [];
  if (type === undefined) return undefined;
  return type.includes('*') ? 'application/octet-stream' : type;
}

function responseParseAs(document: OpenApiDocument, operation: Operation): 'blob' | 'text' | undefined {
  const kinds = new Set<BodyKind>();
  for (const [status, response] of Object.entries(operation.responses ?? {})) {
    if (!/^2/.test(status)) continue;
    for (const [type, schema] of contentOf(document, response)) kinds.add(bodyKind(document, type, schema));
  }
  if (kinds.has('json') || kinds.has('json-patch')) return undefined;
  return kinds.has('binary') ? 'blob' : kinds.has('text') ? 'text' : undefined;
}

/**
 * `*` as a media type (Swift's object bodies) becomes `*\/*`, the media range that means "any type":
 * openapi-fetch only reads content keys shaped `type/subtype`, so under `*` a body could not be passed
 * and an answer had no type. Changes the document in place (run on the IR just before openapi-typescript).
 */
export function normalizeMediaRanges(document: OpenApiDocument): void {
  const fix = (body: unknown) => {
    const content = resolve(document, body)?.['content'];
    if (!isRecord(content) || !('*' in content) || '*/*' in content) return;
    // Rebuilt to keep the keys' order.
    const entries = Object.entries(content).map(([type, media]) => [type === '*' ? '*/*' : type, media] as const);
    for (const key of Object.keys(content)) delete content[key];
    Object.assign(content, Object.fromEntries(entries));
  };
  for (const { operation } of operationsOf(document)) {
    fix(operation.requestBody);
    for (const response of Object.values(operation.responses ?? {})) fix(response);
  }
}

/** Core's body types the schema uses, for its import line. */
export const BODY_TYPE_NAMES = ['BinaryBody', 'JsonPatchOperation'] as const;

/**
 * openapi-typescript `postTransform` hook for media types: a binary request body becomes core's
 * `BinaryBody` (Blob, ArrayBuffer, typed array, stream or string: what is sent as bytes), a binary
 * success body `Blob` (what it is read as), and a JSON-patch body `JsonPatchOperation[]` (narrowed
 * to the operations the media type accepts) unless the spec already describes it as an array.
 * openapi-typescript would say `string` for all three. Returns `undefined` for everything else.
 */
export function bodyMediaTransform(document: OpenApiDocument): NonNullable<OpenAPITSOptions['postTransform']> {
  return (_type, options) => {
    const pointer = options.path;
    const match = pointer ? /^(#\/.*)\/content\/([^/]+)$/.exec(pointer) : null;
    if (!match) return undefined;
    const owner = match[1]!;
    const mediaType = fromPointer(`/${match[2]!}`)[0]!;
    const isRequest = /\/requestBody$/.test(owner) || owner.startsWith('#/components/requestBodies/');
    const isResponse = /\/responses\/[^/]+$/.test(owner);
    if (!isRequest && !isResponse) return undefined;
    const media = resolvePointer(document, pointer!.slice(1));
    const schema = isRecord(media) ? media['schema'] : undefined;
    const kind = bodyKind(document, mediaType, schema);
    if (kind === 'binary') return ts.factory.createTypeReferenceNode(isRequest ? 'BinaryBody' : 'Blob');
    // A spec that already describes the operations (an array schema) keeps its own type.
    if (kind === 'json-patch' && isRequest && !schemaIsArray(document, schema)) {
      const operations = PATCH_OPERATIONS[mediaType.toLowerCase()];
      const narrowed = operations ? [ts.factory.createUnionTypeNode(operations.map((op) => ts.factory.createLiteralTypeNode(ts.factory.createStringLiteral(op, true))))] : undefined;
      return ts.factory.createArrayTypeNode(ts.factory.createTypeReferenceNode('JsonPatchOperation', narrowed));
    }
    return undefined;
  };
}
