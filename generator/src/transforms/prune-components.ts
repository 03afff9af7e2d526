import { fromPointer } from '../diagnostics/json-pointer.js';
import type { OpenApiDocument, PathItem } from '../readers/openapi-document.js';

/**
 * A sub-document holding only `paths` and the components they reach (transitively through
 * `$ref`), so each entry point's types carry nothing it does not use.
 */
export function subDocument(document: OpenApiDocument, paths: Record<string, PathItem>): OpenApiDocument {
  const components = (document.components ?? {}) as Record<string, Record<string, unknown>>;
  const kept: Record<string, Record<string, unknown>> = {};
  const seen = new Set<string>();
  const pending: unknown[] = [paths];
  while (pending.length > 0) {
    const node = pending.pop();
    if (Array.isArray(node)) {
      pending.push(...node);
      continue;
    }
    if (node === null || typeof node !== 'object') continue;
    for (const [key, value] of Object.entries(node)) {
      if (key === '$ref' && typeof value === 'string' && value.startsWith('#/components/') && !seen.has(value)) {
        seen.add(value);
        const [, section, name] = fromPointer(value.slice(1));
        const target = section && name ? components[section]?.[name] : undefined;
        if (target !== undefined) {
          (kept[section!] ??= {})[name!] = target;
          pending.push(target);
        }
      } else if (typeof value === 'object') pending.push(value);
    }
  }
  // Security schemes are referenced by name, not by $ref.
  if (components['securitySchemes']) kept['securitySchemes'] = components['securitySchemes'];
  const sorted = Object.fromEntries(
    Object.entries(kept)
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([section, entries]) => [section, Object.fromEntries(Object.entries(entries).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))]),
  );
  const { components: _unused, paths: _paths, ...rest } = document;
  return { ...rest, paths, components: sorted } as OpenApiDocument;
}
