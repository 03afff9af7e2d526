import { InvalidConfigurationError } from '@stratus/core';
import { CONFIG_PREFIX } from './cloud-set.js';
import { authUpdate } from './merge-config.js';
import { isDict, type Dict } from './python-values.js';
import { readFirstConfigFile } from './read-cloud-files.js';
import { REMOTE_VENDOR_PROFILES, VENDOR_PROFILES } from './vendor-profiles.js';

export interface ProfileSources {
  /** `clouds-public.{yaml,yml,json}` candidates: the first readable one's `public-clouds` win over the bundled profiles. */
  vendorFiles: string[];
  envvarsCloud: string;
}

/**
 * openstacksdk's `_expand_vendor_profile`: lays the profile a cloud names (`profile:`, or the older
 * `cloud:`) under `target`. A profile from `clouds-public.yaml` wins over a bundled one; an unknown name
 * is skipped (openstacksdk only warns), so the cloud must then carry its own auth URL.
 */
export function expandVendorProfile(cloudName: string | undefined, target: Dict, cloud: Dict, sources: ProfileSources): string | undefined {
  const profileName = cloud['profile'] ?? cloud['cloud'];
  if (!profileName || profileName === sources.envvarsCloud) return undefined;
  const name = String(profileName);
  const { data } = readFirstConfigFile(sources.vendorFiles);
  const publicClouds = data['public-clouds'];
  if (isDict(publicClouds) && isDict(publicClouds[name])) {
    authUpdate(target, publicClouds[name]);
    return name;
  }
  const remote = REMOTE_VENDOR_PROFILES[name] ?? (/^[a-z][a-z0-9+.-]*:\/\/[^/]/i.test(name) ? name : undefined);
  if (remote !== undefined) {
    throw new InvalidConfigurationError(
      `${CONFIG_PREFIX} cloud "${cloudName}": profile "${name}" is published by its vendor at ${remote.replace(/\/+$/, '')}/.well-known/openstack/api, which openstacksdk downloads; Stratus reads no remote configuration: copy its auth_url and regions into clouds.yaml (or a clouds-public.yaml) instead`,
    );
  }
  const bundled = VENDOR_PROFILES[name];
  if (bundled) authUpdate(target, bundled);
  return bundled ? name : undefined;
}
