import type { ReaderName } from '../readers/reader.js';
import type { MicroversionConfig } from '../microversions/microversion-config.js';

/** How one package is produced. The whole list lives in `packages.config.ts`. */
export type PackageConfig = ServicePackageConfig | ApiEntryPointsConfig;

/** What every layout shares: where the package is and which specs feed it. */
interface PackageInputs {
  /** npm name, e.g. `@stratus/openstack-compute`. */
  name: string;
  /** Folder under packages/. */
  directory: string;
  provider: string;
  /** One-line npm description. */
  description: string;
  /** Spec dialect reader. */
  reader: ReaderName;
  /** Spec ids from specs/specs.lock.json (upstream) or paths under specs/authored/ (written in this repository). */
  inputs: readonly string[];
  /** Overlay files under specs/overlays/, applied in order before any transform. */
  overlays?: readonly string[];
  /** Structural rewrites that the Overlay format cannot express. */
  transforms?: {
    /** Path prefixes (or exact paths) dropped before anything else, e.g. Cinder's `/v3/{project_id}` family. */
    dropPaths?: readonly string[];
    /**
     * Version prefix stripped so that calls read `/servers` against the versioned catalog URL.
     * Paths outside the prefix (the unversioned discovery root) are dropped.
     */
    stripPathPrefix?: string;
  };
}

/**
 * A fully generated package (OpenStack services): the generator owns the folder — package.json,
 * README, tsconfig and `src/generated/` with one entry point (`paths` + `create<Service>Client`).
 */
export interface ServicePackageConfig extends PackageInputs {
  layout?: 'service-package';
  /** Service facts the runtime needs. */
  service: {
    /** OpenStack service type (service-types authority), if any. */
    serviceType?: string;
    /** Human name used in docs, e.g. "Nova (Compute)". */
    displayName: string;
    /**
     * Microversion headers (generator/src/microversions/); the versions come from the spec
     * (`x-openstack` min-ver/max-ver, newest = `info.version`). Absent: the service has none.
     */
    microversion?: MicroversionConfig;
  };
  /** The operation the generated README shows. Must exist in the output. */
  readmeExample: { method: 'get'; path: string; resultNote: string };
  /**
   * Folder under generator/customizations/ whose `.ts` files are copied verbatim into
   * `src/generated/customizations/`; the package index re-exports its `index.ts` (whose names
   * replace core re-exports of the same name), and an exported `managerOptions` configures the managers.
   */
  customizations?: string;
}

/**
 * A hand-written package (runtime, package.json, README committed) whose `src/generated/` the
 * generator owns: one entry point per API (OVH: `@stratus/ovh/me`, `@stratus/ovh/v2/iam`, …), split
 * on an operation extension the reader sets, each with its own pruned types, so a program only
 * pays (in IDE time and bundle size) for the APIs it imports.
 */
export interface ApiEntryPointsConfig extends PackageInputs {
  layout: 'api-entry-points';
  /** Operation extension naming the API an operation belongs to. */
  apiExtension: `x-${string}`;
  /**
   * Sub-path for a second catalogue in the same package (`us` → `@stratus/ovh/us/cloud`); its
   * files live under `src/generated/{apis,schemas}/<prefix>/`, which this config then owns.
   */
  entryPrefix?: string;
  /**
   * The hand-written module entry points import: the function that describes an API, and the type
   * that derives openapi-typescript-style `paths` from a per-method operations map.
   */
  defineApi: { module: string; exportName: string; pathsTypeName: string };
}
