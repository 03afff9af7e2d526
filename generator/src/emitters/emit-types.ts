import openapiTS, { astToString } from 'openapi-typescript';
import { SpecError } from '../diagnostics/spec-error.js';
import type { OpenApiDocument } from '../readers/openapi-document.js';
import { ladderTypesIn, microversionedUnionTransform } from '../microversions/microversioned-union.js';
import { openAdditionalProperties } from './open-additional-properties.js';
import { openEmptyObjects } from './empty-objects.js';
import { bodyMediaTransform, normalizeMediaRanges } from './body-media.js';
import { escapeDocProse } from './js-doc.js';
import { withoutBareResponseHeaders } from './bare-response-headers.js';
import { SCHEMA_ALIAS_DECLARATION, withSchemaAlias } from './schema-alias.js';
import { withIdenticalModelsShared } from './identical-models.js';
import { shareRepeatedSchemas } from '../transforms/share-repeated-schemas.js';
import { deriveSchemaVariants, omittedBaseTransform } from '../transforms/derive-schema-variants.js';

/**
 * The IR fixes that change what a schema's type is, in place (idempotent): run before anything writes
 * types from the IR (the compact operation writer reads the same schemas).
 */
export function fixSchemasForTypes(document: OpenApiDocument): void {
  openAdditionalProperties(document);
  // `{ type: object }` without keys accepts any key (./empty-objects.ts), not none.
  openEmptyObjects(document);
  normalizeMediaRanges(document);
}

/** `paths`, `components`, `operations` with JSDoc, by openapi-typescript. */
export async function emitTypes(document: OpenApiDocument, header: string, sourceName: string, options: { microversionLadder?: readonly string[]; shareRepeatedSchemas?: boolean; deriveSchemaVariants?: boolean | { maxDepth: number } } = {}): Promise<string> {
  try {
    // Versioned oneOfs become `Microversioned<…>` (generator/src/microversions/), narrowed by `PathsAt<V>`.
    const versioned = options.microversionLadder ? microversionedUnionTransform(document, options.microversionLadder) : undefined;
    // Binary and JSON-patch bodies (./body-media.ts) are typed as what is sent and read, not `string`.
    const media = bodyMediaTransform(document);
    const postTransform: typeof media = (type, context) => media(type, context) ?? versioned?.(type, context);
    // The IR is not used after this point, so openapi-typescript (and these fixes) may change it in place.
    fixSchemasForTypes(document);
    // Spec prose cannot start a JSDoc tag (./js-doc.ts).
    escapeDocProse(document);
    // Microversion variants repeat most of their schemas: each repeated one is declared once.
    if (options.shareRepeatedSchemas) shareRepeatedSchemas(document, sourceName);
    // Variants of one object that differ in a few keys: `Omit<Base, those keys> & { their own }`.
    if (options.deriveSchemaVariants) deriveSchemaVariants(document, sourceName, typeof options.deriveSchemaVariants === 'object' ? options.deriveSchemaVariants : {});
    const ast = await openapiTS(document as never, { silent: true, postTransform, transform: omittedBaseTransform });
    const hasSchemas = Object.keys(document.components?.schemas ?? {}).length > 0;
    const text = astToString(withIdenticalModelsShared(withSchemaAlias(withoutBareResponseHeaders(ast)))) + (hasSchemas ? `${SCHEMA_ALIAS_DECLARATION}\n` : '');
    const bodyTypes = [
      ['BinaryBody', /: BinaryBody;/],
      ['JsonPatchOperation', /JsonPatchOperation[<[]/],
    ].filter(([, pattern]) => (pattern as RegExp).test(text)).map(([name]) => name as string);
    const ladderNames = ladderTypesIn(text);
    const coreTypes = [...(text.includes('Microversioned<') ? ['MicroversionLimited', 'Microversioned'] : []), ...bodyTypes];
    const imports =
      (coreTypes.length > 0 ? `import type { ${coreTypes.join(', ')} } from '@stratus/core';\n` : '') +
      (text.includes('Microversioned<') ? `import type { ${ladderNames.join(', ')} } from './microversions.js';\n` : '');
    return header + '\n' + (imports ? imports + '\n' : '') + text;
  } catch (error) {
    // Validation should have caught it; if not, still name the input rather than print a stack.
    throw new SpecError({ message: `openapi-typescript cannot convert this document: ${(error as Error).message}`, file: sourceName, hint: 'please report it: the reader should have rejected this input with a pointer' });
  }
}
