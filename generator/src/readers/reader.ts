import type { OpenApiDocument } from './openapi-document.js';

export type ReaderName = 'openapi' | 'ovh' | 'openvcloud';

export interface ReaderInputFile {
  /** Spec id from the lock, or the authored file's path. */
  id: string;
  /** Absolute path on disk. */
  path: string;
  /** Path shown in messages (relative to the repository root). */
  displayPath: string;
}

/**
 * A reader turns the files of one spec dialect into the normalized IR: one OpenAPI 3.1 document
 * per package. Emitters only ever see the IR, so a new dialect (OVH native schemas, OpenvCloud
 * actor specs) is a new reader and nothing else.
 */
export interface Reader {
  readonly name: ReaderName;
  read(files: readonly ReaderInputFile[]): Promise<OpenApiDocument>;
}
