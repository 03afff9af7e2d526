import { deepCopy, isDict, type Dict } from './python-values.js';

/** openstacksdk's `merge_clouds`: secure.yaml over clouds.yaml, nested mappings merged key by key at every depth. */
export function mergeClouds(base: Dict, over: Dict): Dict {
  const result: Dict = { ...base };
  for (const [key, value] of Object.entries(over)) {
    const existing = result[key];
    if (isDict(value)) result[key] = isDict(existing) ? mergeClouds(existing, value) : deepCopy(value);
    else result[key] = value;
  }
  return result;
}

/**
 * openstacksdk's `_auth_update`: `over`'s keys replace `base`'s, except `auth:`, whose keys are merged
 * one level deep (a profile's auth URL stays when the cloud only adds a username). Changes `base`.
 */
export function authUpdate(base: Dict, over: Dict): Dict {
  for (const [key, value] of Object.entries(deepCopy(over))) {
    if (key === 'auth' && isDict(value)) base['auth'] = isDict(base['auth']) ? Object.assign(base['auth'], value) : { ...value };
    else base[key] = value;
  }
  return base;
}
