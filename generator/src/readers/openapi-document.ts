/** The IR: a plain OpenAPI 3.1 document. Loosely typed on purpose; validators guard the shape. */
export interface OpenApiDocument {
  openapi: string;
  info: { title: string; version: string; description?: string; [key: string]: unknown };
  paths: Record<string, PathItem>;
  components?: {
    schemas?: Record<string, unknown>;
    parameters?: Record<string, unknown>;
    securitySchemes?: Record<string, SecurityScheme>;
    [key: string]: unknown;
  };
  security?: Record<string, string[]>[];
  [key: string]: unknown;
}

export type HttpMethod = 'get' | 'put' | 'post' | 'delete' | 'options' | 'head' | 'patch' | 'trace';
export const HTTP_METHODS: readonly HttpMethod[] = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];

export interface Operation {
  operationId?: string;
  summary?: string;
  description?: string;
  deprecated?: boolean;
  parameters?: unknown[];
  requestBody?: unknown;
  responses?: Record<string, unknown>;
  security?: Record<string, string[]>[];
  [key: string]: unknown;
}

/**
 * IR extension of a deprecated operation: the spec's own deprecation sentence (dates, replacement),
 * when the spec states one in fields rather than prose (OVH `apiStatus`). Emitters print it after `@deprecated`.
 */
export const DEPRECATION_NOTE = 'x-stratus-deprecation';

export type PathItem = Partial<Record<HttpMethod, Operation>> & { parameters?: unknown[]; [key: string]: unknown };

export interface SecurityScheme {
  type: string;
  in?: string;
  name?: string;
  scheme?: string;
  [key: string]: unknown;
}

export function* operationsOf(document: OpenApiDocument): Generator<{ path: string; method: HttpMethod; operation: Operation }> {
  for (const [path, item] of Object.entries(document.paths)) {
    for (const method of HTTP_METHODS) {
      const operation = item[method];
      if (operation) yield { path, method, operation };
    }
  }
}

export function countOperations(document: OpenApiDocument): number {
  let count = 0;
  for (const _ of operationsOf(document)) count++;
  return count;
}
