// @stratus/openstack/config — Node-only: reads clouds.yaml / secure.yaml / clouds-public.yaml and OS_*
// variables (openrc) as openstacksdk 0.101's loader does, and connects with the cloud's TLS settings.
export { loadOpenStackConfig, type OpenStackConfig, type LoadOpenStackConfigOptions } from './load-openstack-config.js';
export { createOpenStackClientFromConfig, type OpenStackClientFromConfigOptions } from './create-openstack-client-from-config.js';
export { findConfigFile, standardConfigDirs } from './read-cloud-files.js';
export type { TlsSettings } from './tls-settings.js';
export { VENDOR_PROFILES } from './vendor-profiles.js';
