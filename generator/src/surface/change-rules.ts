/**
 * How each kind of API change is classified, from the side of code that compiled against the old
 * types. `request` is what users send (parameters, request bodies), `response` what they read.
 * The table is the single source of the rules the generator README lists.
 */
export type Direction = 'request' | 'response';
export type Level = 'major' | 'minor' | 'patch';
export type ChangeKind = 'added' | 'removed' | 'changed' | 'deprecated';

interface Rule {
  kind: ChangeKind;
  /** Level when the change is in a request, in a response, or anywhere (operation-level rules). */
  request: Level;
  response: Level;
}

const rule = (kind: ChangeKind, request: Level, response: Level = request): Rule => ({ kind, request, response });

export const RULES = {
  // Operations.
  'operation-added': rule('added', 'minor'),
  'operation-removed': rule('removed', 'major'),
  'operation-deprecated': rule('deprecated', 'minor'),
  'operation-undeprecated': rule('changed', 'minor'),
  'operation-status-changed': rule('changed', 'patch'),
  'operation-docs-changed': rule('changed', 'patch'),
  'security-added': rule('changed', 'major'),
  'security-removed': rule('changed', 'minor'),
  'manager-method-added': rule('changed', 'minor'),
  'manager-method-removed': rule('changed', 'major'),
  'operation-microversions-widened': rule('changed', 'minor'),
  'operation-microversions-narrowed': rule('changed', 'major'),
  // Parameters (always sent by users).
  'parameter-added-required': rule('changed', 'major'),
  'parameter-added-optional': rule('changed', 'minor'),
  'parameter-removed': rule('changed', 'major'),
  'parameter-became-required': rule('changed', 'major'),
  'parameter-became-optional': rule('changed', 'minor'),
  'parameter-deprecated': rule('deprecated', 'minor'),
  // Request bodies.
  'request-body-added-required': rule('changed', 'major'),
  'request-body-added-optional': rule('changed', 'minor'),
  'request-body-removed': rule('changed', 'major'),
  'request-body-became-required': rule('changed', 'major'),
  'request-body-became-optional': rule('changed', 'minor'),
  'request-media-type-added': rule('changed', 'minor'),
  'request-media-type-removed': rule('changed', 'major'),
  // Responses.
  'response-status-added': rule('changed', 'minor'),
  'response-success-status-removed': rule('changed', 'major'),
  'response-success-status-changed': rule('changed', 'minor'),
  'response-error-status-removed': rule('changed', 'minor'),
  'response-media-type-added': rule('changed', 'minor'),
  'response-media-type-removed': rule('changed', 'major'),
  'response-header-added': rule('changed', 'minor'),
  'response-required-header-removed': rule('changed', 'major'),
  'response-optional-header-removed': rule('changed', 'minor'),
  // Schemas: the level depends on whether users send or read them.
  'property-added-required': rule('changed', 'major', 'minor'),
  'property-added-optional': rule('changed', 'minor', 'minor'),
  'property-removed': rule('changed', 'major', 'major'),
  'property-became-required': rule('changed', 'major', 'minor'),
  'property-became-optional': rule('changed', 'minor', 'major'),
  'property-deprecated': rule('deprecated', 'minor'),
  'type-widened': rule('changed', 'minor', 'major'),
  'type-narrowed': rule('changed', 'major', 'minor'),
  'type-changed': rule('changed', 'major', 'major'),
  'enum-value-added': rule('changed', 'minor', 'major'),
  'enum-value-removed': rule('changed', 'major', 'minor'),
  'constraint-tightened': rule('changed', 'major', 'minor'),
  'constraint-loosened': rule('changed', 'minor', 'minor'),
  'additional-properties-allowed': rule('changed', 'minor', 'minor'),
  'additional-properties-disallowed': rule('changed', 'major', 'major'),
  'variant-added': rule('changed', 'minor', 'major'),
  'variant-removed': rule('changed', 'major', 'minor'),
  'microversion-variant-added': rule('changed', 'minor', 'minor'),
  'microversion-variant-removed': rule('changed', 'major', 'major'),
  'microversion-range-widened': rule('changed', 'minor', 'minor'),
  'microversion-range-narrowed': rule('changed', 'major', 'major'),
  'microversion-range-capped': rule('changed', 'minor', 'minor'),
  'conjunct-added': rule('changed', 'major', 'minor'),
  'conjunct-removed': rule('changed', 'minor', 'major'),
  'model-replaced': rule('changed', 'minor', 'minor'),
  'schema-flags-changed': rule('changed', 'patch'),
  'schema-deprecated': rule('deprecated', 'minor'),
  'schema-docs-changed': rule('changed', 'patch'),
  'schema-keyword-changed': rule('changed', 'major', 'major'),
} as const satisfies Record<string, Rule>;

export type RuleId = keyof typeof RULES;

export function classify(id: RuleId, direction: Direction | undefined): { kind: ChangeKind; level: Level } {
  const entry: Rule = RULES[id];
  return { kind: entry.kind, level: direction === 'response' ? entry.response : entry.request };
}

const ORDER: Record<Level | 'none', number> = { none: 0, patch: 1, minor: 2, major: 3 };

/** The bump a set of changes needs: the highest level, `none` when there are none. */
export function bumpOf(levels: Iterable<Level>): Level | 'none' {
  let bump: Level | 'none' = 'none';
  for (const level of levels) if (ORDER[level] > ORDER[bump]) bump = level;
  return bump;
}

export function levelRank(level: Level | 'none'): number {
  return ORDER[level];
}
