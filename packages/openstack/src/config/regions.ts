import { InvalidConfigurationError } from '@stratus/core';
import { CONFIG_PREFIX } from './cloud-set.js';
import { expandVendorProfile, type ProfileSources } from './expand-profile.js';
import { deepCopy, isDict, normalizeKeys, pyStr, type Dict } from './python-values.js';

/** One entry of a cloud's `regions:` list: its name and the settings that apply in it. */
export interface Region {
  name: string;
  values: Dict;
}

function expandRegions(cloudName: string, regions: unknown[]): Region[] {
  return regions.map((region) => {
    if (!isDict(region)) return { name: pyStr(region), values: {} };
    const keys = Object.keys(region);
    if (!('name' in region) || keys.some((key) => key !== 'name' && key !== 'values')) {
      throw new InvalidConfigurationError(`${CONFIG_PREFIX} cloud "${cloudName}": invalid entry in regions (keys ${keys.join(', ')}): an entry is a name, or a mapping with "name" and optional "values"`);
    }
    return { name: pyStr(region['name']), values: isDict(region['values']) ? deepCopy(region['values']) : {} };
  });
}

/**
 * openstacksdk's `_get_known_regions`: the cloud's `regions:` list, else its `region_name` (a list,
 * or a string split at commas), else its profile's regions or region. Undefined when none is known.
 */
export function knownRegions(cloudName: string, cloud: Dict, sources: ProfileSources): Region[] | undefined {
  const config = normalizeKeys(cloud);
  if ('regions' in config) return expandRegions(cloudName, Array.isArray(config['regions']) ? config['regions'] : [config['regions']]);
  if ('region_name' in config) {
    const regionName = config['region_name'];
    return expandRegions(cloudName, Array.isArray(regionName) ? regionName : pyStr(regionName).split(','));
  }
  const fromProfile: Dict = {};
  expandVendorProfile(cloudName, fromProfile, cloud, sources);
  if (Array.isArray(fromProfile['regions']) && fromProfile['regions'].length > 0) return expandRegions(cloudName, fromProfile['regions']);
  if (fromProfile['region_name']) return [{ name: pyStr(fromProfile['region_name']), values: {} }];
  return undefined;
}

/**
 * openstacksdk's `_get_region`: the region asked for must be one of the cloud's known regions (names
 * are case-sensitive); without one asked for, the first known region; without known regions, any.
 */
export function selectRegion(cloudName: string | undefined, cloud: Dict | undefined, regionName: string, sources: ProfileSources): Region {
  if (!cloudName || !cloud) return { name: regionName, values: {} };
  const regions = knownRegions(cloudName, cloud, sources);
  if (!regions || regions.length === 0) return { name: regionName, values: {} };
  if (!regionName) return regions[0]!;
  const region = regions.find((candidate) => candidate.name === regionName);
  if (region) return region;
  throw new InvalidConfigurationError(
    `${CONFIG_PREFIX} cloud "${cloudName}": region "${regionName}" is not one of its regions (${regions.map((candidate) => candidate.name).join(', ')}); region names are case-sensitive`,
  );
}
