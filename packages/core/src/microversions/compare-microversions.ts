import { StratusError } from '../errors/stratus-error.js';

const VERSION = /^(\d+)\.(\d+)$/;

/** Parses `2.79` into [2, 79]; undefined for anything else (`latest`, `v2.1`, ""). */
export function parseMicroversion(version: string): [number, number] | undefined {
  const match = VERSION.exec(version.trim());
  return match ? [Number(match[1]), Number(match[2])] : undefined;
}

/** Numeric comparison (`2.9` < `2.10`): negative, zero or positive. */
export function compareMicroversions(a: string, b: string): number {
  const left = parseMicroversion(a);
  const right = parseMicroversion(b);
  if (!left || !right) throw new StratusError(`[@stratus/core] not a microversion: "${left ? b : a}" (expected MAJOR.MINOR, e.g. "2.79")`);
  return left[0] - right[0] || left[1] - right[1];
}

export function isWithin(version: string, range: { min: string; max: string }): boolean {
  return compareMicroversions(version, range.min) >= 0 && compareMicroversions(version, range.max) <= 0;
}
