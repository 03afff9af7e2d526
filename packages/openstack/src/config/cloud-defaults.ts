import type { Dict } from './python-values.js';

/**
 * The settings every openstacksdk cloud starts from (openstacksdk 0.101's defaults), under the cloud's
 * own. Several matter to Stratus: `auth_type` (password), `interface` (public), `verify` (true), and the
 * network and object-store API versions it reports for every cloud.
 */
export function cloudDefaults(): Dict {
  return {
    api_timeout: null,
    verify: true,
    cacert: null,
    cert: null,
    key: null,
    auth_type: 'password',
    baremetal_status_code_retries: 5n,
    baremetal_introspection_status_code_retries: 5n,
    image_status_code_retries: 5n,
    disable_vendor_agent: {},
    interface: 'public',
    floating_ip_source: 'neutron',
    image_api_use_tasks: false,
    image_format: 'qcow2',
    message: '',
    network_api_version: '2',
    object_store_api_version: '1',
    secgroup_source: 'neutron',
    status: 'active',
  };
}
