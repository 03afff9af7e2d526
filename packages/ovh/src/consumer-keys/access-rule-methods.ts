/** python-ovh / go-ovh method sets for access rules. */
export const API_READ_ONLY = ['GET'] as const;
export const API_READ_WRITE = ['GET', 'POST', 'PUT', 'DELETE'] as const;
export const API_READ_WRITE_SAFE = ['GET', 'POST', 'PUT'] as const;

export type AccessRuleMethod = 'GET' | 'POST' | 'PUT' | 'DELETE';

/** A method as the builder accepts it: any case, upper-cased like python-ovh's `add_rule` does. */
export type AccessRuleMethodInput = AccessRuleMethod | Lowercase<AccessRuleMethod>;

/** One rule of a consumer key: a method and a path, `*` as wildcard. */
export interface AccessRule {
  method: AccessRuleMethod;
  path: string;
}
