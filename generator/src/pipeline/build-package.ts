import { readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { SpecError, SpecErrors } from '../diagnostics/spec-error.js';
import type { PackageConfig } from '../config/package-config.js';
import { readers } from '../readers/readers.js';
import type { ReaderInputFile } from '../readers/reader.js';
import { countOperations, type OpenApiDocument } from '../readers/openapi-document.js';
import { validateOpenApi } from '../readers/openapi/validate-openapi.js';
import type { SpecLock } from '../specs/spec-lock.js';
import { resolveInputs } from '../specs/resolve-inputs.js';
import { extractSurfaces } from '../surface/extract-surface.js';
import type { ApiSurface } from '../surface/surface-model.js';
import { emitSpecManifest, specManifestFile } from '../emitters/spec-manifest.js';
import { applyOverlay, readOverlay } from '../transforms/apply-overlay.js';
import { dropPaths } from '../transforms/drop-paths.js';
import { stripPathPrefix } from '../transforms/strip-path-prefix.js';
import { ensureOperationDocs } from '../transforms/ensure-operation-docs.js';
import { sortDocument } from '../transforms/sort-document.js';
import { emitTypes, fixSchemasForTypes } from '../emitters/emit-types.js';
import { emitEntryPoint } from '../emitters/emit-entry-point.js';
import { emitGitignore, emitPackageJson, emitReadme, emitTsconfig } from '../emitters/emit-package-files.js';
import { serviceFacts } from '../emitters/service-facts.js';
import { emitApiEntryPoints } from '../emitters/emit-api-entry-points.js';
import { emitMswEntry } from '../emitters/emit-msw-entry.js';
import { emitOperationMaps } from '../emitters/emit-operation-maps.js';
import { tsHeader, type Provenance } from '../emitters/generated-header.js';
import { microversionLadder } from '../microversions/microversion-ladder.js';
import { emitMicroversionsModule } from '../microversions/emit-microversions-module.js';
import type { PackageOutput } from '../output/package-output.js';
import { deriveResources } from '../emitters/managers/derive-resources.js';
import { emitManagers } from '../emitters/managers/emit-managers.js';
import { CUSTOMIZATIONS_TARGET, loadCustomizations } from '../customizations/load-customizations.js';
import { typePrefix } from '../emitters/service-facts.js';

export const OVERLAYS_DIR = 'specs/overlays';
export const AUTHORED_DIR = 'specs/authored';

export interface BuiltPackage {
  output: PackageOutput;
  /** The API surface of each entry point, from the IR before emission (see src/surface/). */
  surfaces: ApiSurface[];
  operationCount: number;
  /** Paths removed by transforms, for the verbose report. */
  droppedPaths: string[];
}

/** Reader → overlays → transforms → validated IR. */
export async function buildDocument(root: string, config: PackageConfig, files: ReaderInputFile[]): Promise<{ document: OpenApiDocument; droppedPaths: string[] }> {
  let document = await readers[config.reader].read(files);
  const sourceName = files.map((f) => f.displayPath).join(', ');
  for (const overlay of config.overlays ?? []) {
    const path = join(root, OVERLAYS_DIR, overlay);
    document = applyOverlay(document as unknown as Record<string, unknown>, await readOverlay(path, relative(root, path))) as unknown as OpenApiDocument;
  }
  const droppedPaths: string[] = [];
  if (config.transforms?.dropPaths) droppedPaths.push(...dropPaths(document, config.transforms.dropPaths));
  if (config.transforms?.stripPathPrefix) droppedPaths.push(...stripPathPrefix(document, config.transforms.stripPathPrefix, sourceName));
  ensureOperationDocs(document);
  sortDocument(document);
  // Overlays and transforms must not break the document they fix.
  const problems = validateOpenApi(document, `${sourceName} (after overlays and transforms)`);
  if (problems.length > 0) throw new SpecErrors(problems);
  return { document, droppedPaths };
}

/**
 * `replaced` reads other files for some lock ids (`specs update` builds the new content before it
 * touches specs/upstream); the caller has verified the locked files against the lock.
 */
export async function buildPackage(root: string, config: PackageConfig, lock: SpecLock, version: string, replaced?: ReadonlyMap<string, ReaderInputFile>): Promise<BuiltPackage> {
  const files = resolveInputs(root, config, lock, replaced);
  const { document, droppedPaths } = await buildDocument(root, config, files);
  // The surface is read before any emitter annotates the IR.
  const surfaces = extractSurfaces(config, document);
  // Spec ids only: their hashes go to one manifest, so an update does not touch every file's header.
  const provenance: Provenance = { packageName: config.name, inputs: files.map((file) => file.id) };
  const header = tsHeader(provenance);
  const operationCount = countOperations(document);
  const sourceName = files.length === 1 ? files[0]!.displayPath : `${files.length} ${config.provider} spec files`;
  const manifest = await emitSpecManifest(root, config, files, OVERLAYS_DIR);
  if (config.layout === 'api-entry-points') {
    const { files: generated, ownedFolders } = await emitApiEntryPoints(config, document, header, sourceName);
    generated.set(specManifestFile(config), manifest);
    return { output: { name: config.name, directory: config.directory, files: generated, ownedFolders }, surfaces, operationCount, droppedPaths };
  }
  const example = document.paths[config.readmeExample.path]?.[config.readmeExample.method];
  if (!example) {
    throw new SpecError({ message: `readme example ${config.readmeExample.method.toUpperCase()} ${config.readmeExample.path} does not exist in ${config.name}`, file: 'generator/src/config/packages.config.ts', hint: 'pick an operation that exists after transforms' });
  }
  // Microversions (generator/src/microversions/): read before openapi-typescript annotates the IR.
  const ladder = config.service.microversion ? microversionLadder(document, config.service.microversion.min, sourceName) : undefined;
  const microversionsModule = ladder ? emitMicroversionsModule(document, ladder, header) : undefined;
  const facts = serviceFacts(config, document, ladder);
  // Managers: resources derived from the paths and `x-openstack` actions, before openapi-typescript annotates the IR.
  const customizations = config.customizations ? await loadCustomizations(config.customizations, config.name) : undefined;
  const managerOptionsModule = customizations?.exportedNames.has('managerOptions') ? { managerOptionsModule: './customizations/index.js' } : {};
  const managers = emitManagers(deriveResources(document), { typePrefix: typePrefix(config), displayName: config.service.displayName, operationCount, ...managerOptionsModule }, header);
  const msw = emitMswEntry(config, facts, header);
  const entryPoint = emitEntryPoint(config, facts, header, customizations);
  // Operations are written compactly into operation-maps.ts; schema.ts then holds only the models,
  // `components.schemas` (with the synthetic ones the operation writer added): no openapi-typescript
  // `paths`/`operations`, and no parameter, response or header components, which the operation maps
  // write out where they are used, so no type refers to them.
  fixSchemasForTypes(document);
  const operationMaps = emitOperationMaps(document, ladder, header, sourceName);
  const models = { ...document, paths: {}, components: { schemas: document.components?.schemas ?? {} } };
  const schema = await emitTypes(models, header, sourceName, { shareRepeatedSchemas: true, deriveSchemaVariants: true, ...(ladder ? { microversionLadder: ladder } : {}) });
  const output: PackageOutput = {
    name: config.name,
    directory: config.directory,
    files: new Map([
      ['.gitignore', emitGitignore(provenance)],
      ['README.md', emitReadme(config, facts, operationCount, provenance)],
      ['package.json', emitPackageJson(config, version, provenance)],
      ['tsconfig.json', emitTsconfig(provenance)],
      ['src/generated/index.ts', entryPoint],
      ['src/generated/managers.ts', managers],
      ['src/generated/operation-maps.ts', operationMaps],
      ['src/generated/msw.ts', msw],
      ['src/generated/schema.ts', schema],
    ]),
  };
  output.files.set(specManifestFile(config), manifest);
  if (microversionsModule) output.files.set('src/generated/microversions.ts', microversionsModule);
  for (const [name, text] of customizations?.files ?? []) output.files.set(`${CUSTOMIZATIONS_TARGET}/${name}`, text);
  // Changelogs written by `changeset version` are carried in generator/changelogs (see sync-versions).
  const changelog = await readFile(join(root, 'generator', 'changelogs', `${config.directory.split('/').pop()}.md`), 'utf8').catch(() => undefined);
  if (changelog !== undefined) output.files.set('CHANGELOG.md', changelog);
  return { output, surfaces, operationCount, droppedPaths };
}
