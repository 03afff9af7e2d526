import type { ReaderName } from '../readers/reader.js';

/** How one generated package is produced. The whole list lives in `packages.config.ts`. */
export interface PackageConfig {
  /** npm name, e.g. `@stratus/openstack-compute`. */
  name: string;
  /** Folder under packages/. */
  directory: string;
  provider: string;
  /** One-line npm description. */
  description: string;
  /** Spec dialect reader. */
  reader: ReaderName;
  /** Spec ids from specs/specs.lock.json (upstream) or paths under specs/authored/ (ours). */
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
  /** Entry points of the package; OpenStack services ship one, OVH will split per API. */
  entryPoints: readonly { subpath: '.'; pathPrefix?: string }[];
  /** Service facts the runtime needs. */
  service: {
    /** OpenStack service type (service-types authority), if any. */
    serviceType?: string;
    /** Human name used in docs, e.g. "Nova (Compute)". */
    displayName: string;
  };
  /** The operation the generated README shows. Must exist in the output. */
  readmeExample: { method: 'get'; path: string; resultNote: string };
}
