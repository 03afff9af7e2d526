// Deterministic naming rules for generated managers (documented in generator/README.md):
//  - words are split on anything but letters and digits and joined in camelCase;
//    an all-caps word is lower-cased (`OS-EP-FILTER` → `osEpFilter`);
//  - the `os-` / `OS-` prefix of an extension segment or action is dropped (`os-keypairs` → `keypairs`,
//    `os-start` → `start`) unless that makes two names equal, in which case the prefixed one keeps
//    it (`os-services` → `osServices` beside `services`);
//  - a nested collection is named after its parents, singular, then itself
//    (`/servers/{server_id}/os-interface` → `serverInterface`, `/images/{image_id}/members` → `imageMembers`);
//  - names that are still equal take in earlier path words (`/qos/policies` → `qosPolicies` beside
//    `/policies`); whatever is still equal after that is left unmapped and reported.

/** `add_host` → `addHost`, `os-getConsoleOutput` → `osGetConsoleOutput`, `OS-TRUST` → `osTrust`. */
export function camelCase(text: string): string {
  const words = text.split(/[^A-Za-z0-9]+/).filter(Boolean);
  const name = words
    .map((word, index) => {
      const normal = word === word.toUpperCase() ? word.toLowerCase() : word;
      return index === 0 ? normal.charAt(0).toLowerCase() + normal.slice(1) : normal.charAt(0).toUpperCase() + normal.slice(1);
    })
    .join('');
  return /^[0-9]/.test(name) ? `_${name}` : name;
}

/** `os-keypairs` → `keypairs`; `OS-TRUST` → `TRUST`. */
export function stripOsPrefix(segment: string): string {
  return /^os-/i.test(segment) && segment.length > 3 ? segment.slice(3) : segment;
}

export function hasOsPrefix(segment: string): boolean {
  return stripOsPrefix(segment) !== segment;
}

/** English singular, good enough for OpenStack collection names: `policies` → `policy`, `addresses` → `address`. */
export function singular(word: string): string {
  if (/ies$/.test(word)) return word.slice(0, -3) + 'y';
  if (/(ss|sh|ch|x|z)es$/.test(word)) return word.slice(0, -2);
  if (/sses$/.test(word)) return word.slice(0, -2);
  if (/(ss|us|is)$/.test(word)) return word;
  if (/s$/.test(word)) return word.slice(0, -1);
  return word;
}

/** `Pascal` form of a camelCase name. */
export function pascal(name: string): string {
  return name.charAt(0).toUpperCase() + name.slice(1);
}

/** Properties of the object openapi-fetch returns, which a resource name must not shadow. */
export const RESERVED_CLIENT_MEMBERS: ReadonlySet<string> = new Set(['GET', 'PUT', 'POST', 'DELETE', 'OPTIONS', 'HEAD', 'PATCH', 'TRACE', 'request', 'use', 'eject', 'then', 'constructor', 'prototype', '__proto__']);

/** Method names every manager may have; an action with one of these names gets `Action` appended. */
export const MANAGER_METHODS: ReadonlySet<string> = new Set(['list', 'find', 'findAll', 'get', 'create', 'update', 'replace', 'delete']);

/** A thing to name: its name at a depth (how many path words it uses) and with or without its `os` prefix. */
export interface NameCandidate<K> {
  key: K;
  /** Most words the name can take in. */
  maxDepth: number;
  /** Whether the name's own word had an `os-` prefix that was dropped. */
  osPrefixed: boolean;
  nameAt(depth: number, keepOs: boolean): string;
}

/**
 * Unique names: equal names first let an `os-`-prefixed member keep its prefix, then take in one
 * more path word each, until they differ. Keys still equal when nothing is left are returned as clashes.
 */
export function uniqueNames<K>(candidates: readonly NameCandidate<K>[]): { names: Map<K, string>; clashes: K[] } {
  const state = new Map(candidates.map((c) => [c.key, { depth: 1, keepOs: false }]));
  const nameOf = (c: NameCandidate<K>): string => {
    const { depth, keepOs } = state.get(c.key)!;
    return c.nameAt(depth, keepOs);
  };
  for (;;) {
    let changed = false;
    for (const members of groupBy(candidates, nameOf).values()) {
      if (members.length < 2) continue;
      const prefixed = members.filter((c) => c.osPrefixed && !state.get(c.key)!.keepOs);
      if (prefixed.length > 0 && prefixed.length < members.length) {
        for (const c of prefixed) state.get(c.key)!.keepOs = true;
        changed = true;
        continue;
      }
      for (const c of members) {
        const s = state.get(c.key)!;
        if (s.depth < c.maxDepth) {
          s.depth++;
          changed = true;
        }
      }
    }
    if (!changed) break;
  }
  const names = new Map<K, string>();
  const clashes: K[] = [];
  for (const [name, members] of groupBy(candidates, nameOf)) {
    if (members.length === 1) names.set(members[0]!.key, name);
    else clashes.push(...members.map((m) => m.key));
  }
  return { names, clashes };
}

function groupBy<T>(list: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const item of list) {
    const k = key(item);
    map.set(k, [...(map.get(k) ?? []), item]);
  }
  return map;
}
