import { MicroversionOutOfRangeError } from '../errors/microversion-errors.js';
import { compareMicroversions, isWithin } from './compare-microversions.js';
import type { MicroversionFacts, MicroversionRange } from './microversion-facts.js';

/**
 * The version to send once the server's range is known (or known to be unknown).
 * Pinned: sent as is when the server accepts it, else an error — never another version than the
 * types were narrowed to. Unpinned: the SDK's newest clamped to the server's [min, max].
 */
export function chooseMicroversion(options: { facts: MicroversionFacts; pinned: string | undefined; serverRange: MicroversionRange | undefined }): string {
  const { facts, pinned, serverRange } = options;
  if (!serverRange) return pinned ?? facts.max;
  if (pinned !== undefined) {
    if (isWithin(pinned, serverRange)) return pinned;
    throw new MicroversionOutOfRangeError({ service: facts.service, requested: pinned, serverRange, hint: `pin a version in that range, or leave the version unpinned to negotiate` });
  }
  const newest = compareMicroversions(facts.max, serverRange.max) <= 0 ? facts.max : serverRange.max;
  if (compareMicroversions(newest, serverRange.min) < 0 || compareMicroversions(newest, facts.min) < 0) {
    throw new MicroversionOutOfRangeError({
      service: facts.service,
      requested: facts.max,
      serverRange,
      hint: `no version is supported by both the server and this SDK (${facts.min} to ${facts.max})`,
    });
  }
  return newest;
}
