// @stratus/ovh/config — Node-only: reads OVH_* environment variables and ovh.conf files like python-ovh.
export { loadOvhConfig, type LoadOvhConfigOptions, type OvhConfig } from './load-ovh-config.js';
export { createOvhClientFromConfig, type OvhClientFromConfigOptions } from './create-ovh-client-from-config.js';
export { standardConfigPaths, type ConfigLocations } from './standard-config-paths.js';
