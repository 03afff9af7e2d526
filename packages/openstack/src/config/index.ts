// @stratus/openstack/config — Node-only: reads OS_* environment variables (openrc) and clouds.yaml / secure.yaml like openstacksdk.
export { loadCloudConfig, type CloudConfig, type LoadCloudConfigOptions } from './load-cloud-config.js';
export { connectFromConfig, type ConnectFromConfigOptions } from './connect-from-config.js';
export { findConfigFile, standardConfigDirs } from './read-cloud-files.js';
