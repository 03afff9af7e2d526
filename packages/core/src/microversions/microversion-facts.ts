/** One request header that carries the microversion. */
export interface MicroversionHeader {
  /** e.g. `OpenStack-API-Version` or `X-OpenStack-Nova-API-Version`. */
  name: string;
  /** Value prefix, e.g. `compute` for `OpenStack-API-Version: compute 2.79`; absent: the bare version. */
  serviceName?: string;
  /** Only sent from this version on (Nova reads `OpenStack-API-Version` from 2.27). */
  since?: string;
}

/** What a generated package knows about its service's microversions (the generated `service.microversion`). */
export interface MicroversionFacts {
  /** Name used in messages, e.g. `compute`. */
  service: string;
  /** Headers sent on every attempt, in order. */
  headers: readonly MicroversionHeader[];
  /** Oldest version the spec describes. */
  min: string;
  /** Newest version the spec describes (`info.version`): what an unpinned client sends. */
  max: string;
}

/** A server's supported range, from its version document or response headers. */
export interface MicroversionRange {
  min: string;
  max: string;
}
