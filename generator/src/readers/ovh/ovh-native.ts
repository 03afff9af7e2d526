import { SpecError, SpecErrors } from '../../diagnostics/spec-error.js';
import { toPointer } from '../../diagnostics/json-pointer.js';
import type { ReaderInputFile } from '../reader.js';
import { withLocations } from '../openapi/openapi-reader.js';

/** The native OVH API document (`https://eu.api.ovh.com/v1/<api>.json`). Loosely typed: checked while read. */
export interface OvhDocument {
  apiVersion?: string;
  resourcePath?: string;
  basePath?: string;
  apis?: OvhApi[];
  models?: Record<string, OvhModel>;
  [key: string]: unknown;
}

export interface OvhApi {
  path: string;
  description?: string;
  operations: OvhOperation[];
}

export interface OvhApiStatus {
  value: string;
  description?: string;
  deprecatedDate?: string;
  deletionDate?: string;
  replacement?: string;
}

export interface OvhIamAction {
  name: string;
  required: boolean;
  description?: string;
}

export interface OvhOperation {
  httpMethod: string;
  apiStatus?: OvhApiStatus;
  parameters?: OvhParameter[];
  responseType?: string;
  noAuthentication?: boolean;
  description?: string;
  longDescription?: string;
  operationId?: string;
  /** Current shape: objects; legacy snapshots: plain action names. */
  iamActions?: (OvhIamAction | string)[];
  [key: string]: unknown;
}

export interface OvhParameter {
  /** Absent (or null in old snapshots) on an unnamed body: the whole body is the value. */
  name?: string | null;
  dataType?: string;
  fullType?: string;
  paramType: string;
  required?: boolean;
  description?: string;
}

export interface OvhModel {
  id?: string;
  namespace?: string;
  description?: string;
  generics?: string[];
  enum?: (string | number)[];
  enumType?: string;
  properties?: Record<string, OvhProperty>;
  [key: string]: unknown;
}

export interface OvhProperty {
  type?: string;
  fullType?: string;
  canBeNull?: boolean;
  readOnly?: boolean;
  required?: boolean;
  description?: string;
}

export type Segments = readonly (string | number)[];

/** One API document being read. */
export interface OvhFile {
  input: ReaderInputFile;
  text: string;
  document: OvhDocument;
  /** v2 API (lock id `ovh/v2/…` or basePath ending in `/v2`): paths get a `/v2` prefix. */
  v2: boolean;
  /** `x-stratus-api`: `me`, `dedicated/server`, `v2/iam`. */
  api: string;
  /** Processing order, independent of the order files were passed in. */
  sortKey: string;
}

/** Problems found in one pass, thrown together with file, JSON pointer and (for the first few) line:column. */
export class Problems {
  private readonly found: { error: SpecError; text: string | undefined }[] = [];
  /** The same bad type in a generic definition would otherwise be reported once per instance. */
  private readonly seen = new Set<string>();

  add(file: OvhFile | { displayPath: string; text?: string }, at: Segments, message: string, hint?: string): void {
    const displayPath = 'input' in file ? file.input.displayPath : file.displayPath;
    const pointer = toPointer(at);
    const identity = `${displayPath}\0${pointer}\0${message}`;
    if (this.seen.has(identity)) return;
    this.seen.add(identity);
    this.found.push({ error: new SpecError({ message, file: displayPath, pointer, hint }), text: file.text });
  }

  /**
   * Locating a pointer re-parses the whole file with positions (about 1.4 s for the 4 MB
   * v1/cloud.json), so only the first three problems get a line:column.
   */
  throwIfAny(): void {
    if (this.found.length === 0) return;
    const located = this.found.map(({ error, text }, index) => (index < 3 && text !== undefined ? withLocations([error], text)[0]! : error));
    throw new SpecErrors(located);
  }
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}
