// @stratus/ovh/node — Node-only: a keep-alive `fetch` on node:http / node:https for the client's
// `fetch` option, with keep-alive agents you control (somewhat cheaper per request than Node 20's fetch).
export { createNodeFetch, type NodeFetch, type NodeFetchOptions } from './create-node-fetch.js';
