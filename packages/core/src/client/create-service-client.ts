import createClient from 'openapi-fetch';
import type { AuthStrategy } from '../auth/auth-strategy.js';
import { createTokenAuth, type TokenSource } from '../auth/create-token-auth.js';
import { StratusError } from '../errors/stratus-error.js';
import { createTransport, type TransportOptions } from '../transport/create-transport.js';
import { normalizeBaseUrl } from './normalize-base-url.js';
import { withOperationMedia, type OperationMediaTable } from './operation-media.js';
import type { ServiceClient } from './service-client.js';
import type { MicroversionFacts } from '../microversions/microversion-facts.js';
import { microversionPolicy } from '../microversions/microversion-policy.js';

export interface ServiceClientOptions extends Omit<TransportOptions, 'provider'> {
  /** Service endpoint, e.g. "https://compute.example.com/v2.1". Trailing slashes are trimmed. */
  baseUrl: string;
  /** Shortcut for `createTokenAuth` with the service's auth header. */
  token?: TokenSource;
  /** A full auth strategy (OVH signature, Keystone…). Mutually exclusive with `token`. */
  auth?: AuthStrategy;
  /** Headers sent with every request. */
  headers?: HeadersInit;
  /** Microversion to pin (services with microversions), sent as is; unpinned: negotiated (see `negotiateMicroversion`). */
  microversion?: string;
  /**
   * Read the service's version document once, before the first request: an unpinned client then
   * sends the newest version both sides support (no header when the endpoint announces none), a
   * pinned one fails early (MicroversionOutOfRangeError) when the server does not support it.
   * Default: true when unpinned, false when pinned. `false` unpinned: send the newest version the package describes.
   */
  negotiateMicroversion?: boolean;
  /** Where the version document is when it is not `<baseUrl>/` (e.g. Manila's endpoint ends in the project id). */
  microversionDiscoveryUrl?: string;
}

/** What a generated SDK knows about its service. */
export interface ServiceDescriptor {
  /** e.g. "openstack-compute", "ovhcloud". Shown on ApiErrors. */
  provider: string;
  /** How a plain token is sent, e.g. `{ headerName: 'X-Auth-Token' }`. Absent: the service needs an auth strategy. */
  auth?: { headerName: string; scheme?: string };
  /** Microversion headers and the range the spec describes; absent: the service has no microversions. */
  microversion?: MicroversionFacts;
  /** Operations whose bodies are not JSON (binary uploads and downloads, JSON-patch media types…). */
  media?: OperationMediaTable;
}

/**
 * Creates the openapi-fetch client of a generated SDK, on core's pipeline (its custom `fetch` is createTransport's adapter). `Ops` is its
 * operation map (method → path → operation; `OperationsOfPaths<paths>` for an openapi-typescript `paths`).
 */
export function createServiceClient<Ops extends {}>(options: ServiceClientOptions, service: ServiceDescriptor): ServiceClient<Ops> {
  const { baseUrl, token, auth, headers, microversion, negotiateMicroversion, microversionDiscoveryUrl, ...transportOptions } = options;
  const prefix = `[@stratus/core] createServiceClient(${service.provider})`;
  const normalizedBaseUrl = normalizeBaseUrl(baseUrl, `createServiceClient(${service.provider})`);

  if (auth !== undefined && token !== undefined) {
    throw new StratusError(`${prefix}: pass either "token" or "auth", not both`);
  }
  let strategy = auth;
  if (token !== undefined) {
    if (!service.auth) {
      throw new StratusError(`${prefix}: this service does not take a plain token; pass an "auth" strategy instead`);
    }
    strategy = createTokenAuth({ token, headerName: service.auth.headerName, ...(service.auth.scheme ? { scheme: service.auth.scheme } : {}) });
  }

  if ((microversion !== undefined || negotiateMicroversion) && !service.microversion) {
    throw new StratusError(`${prefix}: this service has no microversions; remove "microversion" / "negotiateMicroversion"`);
  }
  const attemptPolicies = [...(transportOptions.attemptPolicies ?? [])];
  if (service.microversion) {
    // The version document is the versioned endpoint's root, e.g. https://nova.example.com/v2.1/.
    attemptPolicies.push(microversionPolicy({ facts: service.microversion, version: microversion, negotiate: negotiateMicroversion ?? microversion === undefined, discoveryUrl: microversionDiscoveryUrl ?? `${normalizedBaseUrl}/` }));
  }
  const transport = createTransport({ ...transportOptions, attemptPolicies, provider: service.provider, ...(strategy ? { auth: strategy } : {}) });

  const client = createClient({
    baseUrl: normalizedBaseUrl,
    fetch: (request: Request) => transport(request),
    ...(headers ? { headers } : {}),
  });
  // openapi-fetch's client at runtime; ServiceClient types it from the operation maps (see service-client.ts).
  return (service.media ? withOperationMedia(client, service.media) : client) as unknown as ServiceClient<Ops>;
}
