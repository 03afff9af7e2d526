// snake_case keys of clouds.yaml `auth:` / OS_* variables → camelCase ConnectOptions keys.
export const AUTH_KEYS = {
  auth_url: 'authUrl',
  username: 'username',
  user_id: 'userId',
  password: 'password',
  user_domain_name: 'userDomainName',
  user_domain_id: 'userDomainId',
  project_name: 'projectName',
  project_id: 'projectId',
  // Older openrc files and keystoneauth still accept the v2 "tenant" names.
  tenant_name: 'projectName',
  tenant_id: 'projectId',
  project_domain_name: 'projectDomainName',
  project_domain_id: 'projectDomainId',
  domain_name: 'domainName',
  domain_id: 'domainId',
  default_domain: 'defaultDomain',
  system_scope: 'systemScope',
  token: 'token',
  passcode: 'passcode',
  application_credential_id: 'applicationCredentialId',
  application_credential_name: 'applicationCredentialName',
  application_credential_secret: 'applicationCredentialSecret',
} as const;

/** Top-level cloud keys (outside `auth:`). */
export const CLOUD_KEYS = {
  auth_type: 'authType',
  region_name: 'regionName',
  interface: 'interface',
  endpoint_type: 'interface',
} as const;

/** Keys whose values are never printed. */
export const SECRET_KEYS = new Set(['password', 'token', 'passcode', 'applicationCredentialSecret']);

/** clouds.yaml `<service>_endpoint_override` prefixes → cloud property names. */
export const ENDPOINT_OVERRIDE_PREFIXES: Record<string, string> = {
  compute: 'compute',
  identity: 'identity',
  image: 'image',
  network: 'network',
  block_storage: 'blockStorage',
  volume: 'blockStorage',
  object_store: 'objectStore',
  placement: 'placement',
  load_balancer: 'loadBalancer',
  dns: 'dns',
  shared_file_system: 'sharedFileSystem',
  container_infrastructure_management: 'containerInfra',
  container_infra: 'containerInfra',
  baremetal: 'baremetal',
  iot: 'iot',
};
