// @stratus/openstack/node — Node-only: a `fetch` for createOpenStackClient() that checks certificates as a cloud's
// configuration says (private CA, no checks, client certificate), on undici's dispatcher.
export { createNodeFetch, type NodeFetch, type NodeFetchOptions } from './create-node-fetch.js';
