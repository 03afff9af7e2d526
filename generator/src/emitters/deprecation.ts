import { versionRange } from '../microversions/microversion-ladder.js';
import { DEPRECATION_NOTE, type Operation } from '../readers/openapi-document.js';

/** A sentence of prose that names what to use instead (OpenStack specs say it in the description, if at all). */
const REPLACEMENT_SENTENCE = /[^.\n]*\b(?:instead|replaced by|superseded by|in favou?r of)\b[^.\n]*\.?/i;

/**
 * The text after `@deprecated` for an operation, or `undefined` when it is not deprecated: the
 * spec's deprecation note (dates and replacement) when it has one, else the description's sentence
 * naming the replacement, else a plain statement, so a deprecated operation always says so; then the
 * last microversion that has it, when the spec says (`x-openstack.max-ver`).
 */
export function deprecationNote(operation: Operation): string | undefined {
  if (operation.deprecated !== true) return undefined;
  const note = operation[DEPRECATION_NOTE];
  if (typeof note === 'string' && note.trim() !== '') return note.trim();
  const sentence = REPLACEMENT_SENTENCE.exec(operation.description ?? '')?.[0].trim() || 'Deprecated by the API.';
  const maxVersion = versionRange(operation)?.max;
  return maxVersion ? `${sentence} Up to microversion ${maxVersion}.` : sentence;
}
