// @stratus/ovh/node — Node-only: a keep-alive `fetch` on node:http / node:https for the client's
// `fetch` option, much cheaper per request than Node 20's built-in fetch.
export { createNodeFetch, type NodeFetch, type NodeFetchOptions } from './create-node-fetch.js';
