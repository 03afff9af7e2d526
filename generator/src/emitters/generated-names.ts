import { sha256 } from '../specs/sha256.js';

/**
 * Names the generator makes up for things the spec does not name. Each is a function of the thing
 * itself (its text, its operation and place), never of a counter or of what else the spec holds, so
 * adding or removing an operation renames nothing else.
 */

/** `dedicated/server` → `dedicatedServer`; `v2/iam` → `v2Iam`; `kimsufi-eu` → `kimsufiEu`. */
export function apiIdentifier(api: string): string {
  const words = api.split(/[^A-Za-z0-9]+/).filter(Boolean);
  return words.map((word, index) => (index === 0 ? word.charAt(0).toLowerCase() + word.slice(1) : capitalize(word))).join('');
}

export function capitalize(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

/**
 * The export of an API entry point: the API's identifier, then the endpoint's when the entry point
 * belongs to another endpoint's catalogue, so two can be imported side by side:
 * `@stratus/ovh/me` → `me`, `@stratus/ovh/us/me` → `meUs`, `@stratus/ovh/kimsufi-eu/dedicated/server`
 * → `dedicatedServerKimsufiEu`.
 */
export function entryIdentifier(api: string, entryPrefix?: string): string {
  return apiIdentifier(api) + (entryPrefix ? capitalize(apiIdentifier(entryPrefix)) : '');
}

/** Enough hex digits that two groups of one module never meet (a meeting is detected, not ignored). */
const HASH_DIGITS = 8;
/** Parameter names shown in a group's name; the hash covers the rest. */
const NAMED_PARAMETERS = 3;

/**
 * A parameter group shared by several operations: `Path_billId_operationId_1a2b3c4d`. The location
 * and the first parameter names are there to read; the hash of the group's whole text (names, types,
 * docs) makes the name unique and independent of every other group.
 */
export function parameterGroupName(type: string, group: { location: string; names: readonly string[] }): string {
  const names = group.names.slice(0, NAMED_PARAMETERS).map((name) => apiIdentifier(name) || 'param');
  if (group.names.length > NAMED_PARAMETERS) names.push('etc');
  return [capitalize(group.location), ...names, sha256(type).slice(0, HASH_DIGITS)].join('_');
}

/**
 * The synthetic component for a schema the compact operation writer leaves to openapi-typescript,
 * keyed by where it is: `stratus.inline.get /me#/responses/200/items`.
 */
export function inlineSchemaKey(site: string): string {
  return `stratus.inline.${site}`;
}

/**
 * A schema shared by several places under the components (generator/src/transforms/share-repeated-schemas.ts):
 * `Fault_1a2b3c4d`. The label (the property it sits in, `Item`/`Value` for an array's items or a
 * map's values) is there to read; the hash of the schema's text makes the name its own.
 */
export function sharedSchemaName(label: string, text: string): string {
  return `${label}_${sha256(`${label}\u0000${text}`).slice(0, HASH_DIGITS)}`;
}
