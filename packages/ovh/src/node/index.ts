// @stratus/ovh/node — Node-only: the client's `fetch` option on undici's dispatcher, with keep-alive
// pools you control and timeouts enforced without an AbortController per attempt.
export { createNodeFetch, type NodeFetch, type NodeFetchOptions } from './create-node-fetch.js';
