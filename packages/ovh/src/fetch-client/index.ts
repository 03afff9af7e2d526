// @stratus/ovh/fetch-client — openapi-fetch's `{ data, error }` style on an OVH client's transport.
// Its own entry so that openapi-fetch is only bundled by programs that use it.
export { createOvhFetchClient } from './create-ovh-fetch-client.js';
export { unwrap, type OvhFetchResult } from '../client/unwrap.js';
