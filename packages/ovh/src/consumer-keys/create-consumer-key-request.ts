import type { AccessRule, AccessRuleMethod, AccessRuleMethodInput } from './access-rule-methods.js';

/** Builder for the access rules of a consumer key request (python-ovh `ConsumerKeyRequest`). */
export interface ConsumerKeyRequest {
  /** Allows `method` (upper-cased, as python-ovh does) on `path` (`*` is a wildcard). */
  addRule(method: AccessRuleMethodInput, path: string): ConsumerKeyRequest;
  /** Allows each of `methods` on `path`. */
  addRules(methods: readonly AccessRuleMethodInput[], path: string): ConsumerKeyRequest;
  /**
   * Allows `methods` on `path` and everything below it: trailing `/*` and `/` are stripped, then the
   * rules cover `path` (if not empty) and `path/*`. So `/sms/*` → `/sms` and `/sms/*`; `/` → only `/*`.
   */
  addRecursiveRules(methods: readonly AccessRuleMethodInput[], path: string): ConsumerKeyRequest;
  /** A copy of the rules added so far. */
  readonly accessRules: AccessRule[];
}

export function createConsumerKeyRequest(initialRules: readonly AccessRule[] = []): ConsumerKeyRequest {
  const rules: AccessRule[] = initialRules.map((rule) => ({ ...rule }));
  const builder: ConsumerKeyRequest = {
    addRule(method, path) {
      rules.push({ method: method.toUpperCase() as AccessRuleMethod, path });
      return builder;
    },
    addRules(methods, path) {
      for (const method of methods) builder.addRule(method, path);
      return builder;
    },
    addRecursiveRules(methods, path) {
      // python: path.rstrip(" */") — strips any run of spaces, '*' and '/' from the right.
      const base = path.replace(/[ */]+$/, '');
      if (base !== '') builder.addRules(methods, base);
      return builder.addRules(methods, `${base}/*`);
    },
    get accessRules() {
      return rules.map((rule) => ({ ...rule }));
    },
  };
  return builder;
}
