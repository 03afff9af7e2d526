// Every provider package re-exports the same error classes of @stratus/core, so one import gives a
// program every class it may meet. The packages' export tests check it with this.

/** The error classes `core` (the `@stratus/core` namespace) exports, by name. */
export function coreErrorClassNames(core: object): string[] {
  return Object.entries(core)
    .filter(([, value]) => typeof value === 'function' && value.prototype instanceof Error)
    .map(([name]) => name)
    .sort();
}

/** The core error classes that `entry` (a package namespace) does not re-export as the same class. */
export function missingCoreErrors(entry: object, core: object): string[] {
  const exported = entry as Record<string, unknown>;
  const classes = core as Record<string, unknown>;
  return coreErrorClassNames(core).filter((name) => exported[name] !== classes[name]);
}
