import { MicroversionOutOfRangeError } from '../errors/microversion-errors.js';
import { compareMicroversions, isWithin } from './compare-microversions.js';
import type { MicroversionFacts, MicroversionRange } from './microversion-facts.js';

/**
 * The version to send once the server's range is known (or known to be unknown).
 * Pinned: sent as is when the server accepts it or does not say, else an error — never another
 * version than the types were narrowed to. Unpinned: the newest version both the SDK and the server
 * support; `undefined` (send no header, so the server uses its default) when the server announces no
 * microversions at that endpoint, as openstacksdk's `maximum_supported_microversion` does.
 */
export function chooseMicroversion(options: { facts: MicroversionFacts; pinned: string | undefined; serverRange: MicroversionRange | undefined }): string | undefined {
  const { facts, pinned, serverRange } = options;
  if (!serverRange) return pinned;
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
