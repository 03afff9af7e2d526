// Every provider package re-exports `@stratus/core/errors` whole, so one import gives a program every
// class it may meet. The list is pinned here, by name, so a class that goes missing from the entry (or
// from a package re-exporting it) fails the packages' export tests instead of shrinking what they check.

/** The error classes `@stratus/core/errors` exports. */
export const CORE_ERROR_CLASSES = [
  'AbortError',
  'ApiError',
  'AuthenticationError',
  'BadRequestError',
  'ConflictError',
  'ConnectionError',
  'ForbiddenError',
  'InvalidConfigurationError',
  'InvalidResponseError',
  'MicroversionNotSupportedError',
  'MicroversionOutOfRangeError',
  'NoMatchError',
  'NoUniqueMatchError',
  'NotFoundError',
  'RateLimitedError',
  'RequestFailedError',
  'ServerError',
  'StratusError',
  'TimeoutError',
  'UnauthorizedError',
] as const;

/** The error classes `entry` (a module namespace) exports, by name. */
export function errorClassNames(entry: object): string[] {
  return Object.entries(entry)
    .filter(([, value]) => typeof value === 'function' && value.prototype instanceof Error)
    .map(([name]) => name)
    .sort();
}

/**
 * The pinned core error classes that `entry` does not export as the class of `errors` (the
 * `@stratus/core/errors` namespace): missing from either, or another class under the same name.
 */
export function missingCoreErrors(entry: object, errors: object): string[] {
  const exported = entry as Record<string, unknown>;
  const classes = errors as Record<string, unknown>;
  return CORE_ERROR_CLASSES.filter((name) => typeof classes[name] !== 'function' || exported[name] !== classes[name]);
}
