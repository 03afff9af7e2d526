// Request body types generated packages use for media types that are not plain JSON.

/**
 * An `application/octet-stream` (or other binary) request body: sent as its bytes, unchanged, never
 * JSON-encoded. A string is sent as its UTF-8 bytes, without quotes.
 */
export type BinaryBody = Blob | ArrayBuffer | ArrayBufferView | ReadableStream<Uint8Array> | string;

interface JsonPatchOperations {
  add: { op: 'add'; path: string; value: unknown };
  remove: { op: 'remove'; path: string };
  replace: { op: 'replace'; path: string; value: unknown };
  move: { op: 'move'; from: string; path: string };
  copy: { op: 'copy'; from: string; path: string };
  test: { op: 'test'; path: string; value: unknown };
}

/** The operation names of JSON Patch (RFC 6902). */
export type JsonPatchOpName = keyof JsonPatchOperations;

/**
 * One JSON Patch (RFC 6902) operation, e.g. `{ op: 'replace', path: '/name', value: 'web' }`.
 * `Op` narrows it to the operations a service accepts: Glance's
 * `application/openstack-images-v2.1-json-patch` takes `'add' | 'remove' | 'replace'` only.
 */
export type JsonPatchOperation<Op extends JsonPatchOpName = JsonPatchOpName> = JsonPatchOperations[Op];
