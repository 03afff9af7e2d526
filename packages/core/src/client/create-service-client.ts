import createClient, { type Client } from 'openapi-fetch';
import type { AuthStrategy } from '../auth/auth-strategy.js';
import { createTokenAuth, type TokenSource } from '../auth/create-token-auth.js';
import { StratusError } from '../errors/stratus-error.js';
import { createTransport, type TransportOptions } from '../transport/create-transport.js';
import { recordResponseOrigin } from '../transport/response-origin.js';
import { normalizeBaseUrl } from './normalize-base-url.js';

export interface ServiceClientOptions extends TransportOptions {
  /** Service endpoint, e.g. "https://compute.example.com/v2.1". Trailing slashes are trimmed. */
  baseUrl: string;
  /** Shortcut for `createTokenAuth` with the service's auth header. */
  token?: TokenSource;
  /** A full auth strategy (OVH signature, Keystone…). Mutually exclusive with `token`. */
  auth?: AuthStrategy;
  /** Headers sent with every request. */
  headers?: HeadersInit;
}

/** What a generated SDK knows about its service. */
export interface ServiceDescriptor {
  /** e.g. "openstack-compute", "ovhcloud". Shown on ApiErrors. */
  provider: string;
  /** How a plain token is sent, e.g. `{ headerName: 'X-Auth-Token' }`. Absent: the service needs an auth strategy. */
  auth?: { headerName: string; scheme?: string };
}

export type ServiceClient<Paths extends {}> = Client<Paths, `${string}/${string}`>;

/** Creates the openapi-fetch client of a generated SDK, wired to the Stratus transport. */
export function createServiceClient<Paths extends {}>(options: ServiceClientOptions, service: ServiceDescriptor): ServiceClient<Paths> {
  const { baseUrl, token, auth, headers, ...transportOptions } = options;
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

  const transport = createTransport({ ...transportOptions, ...(strategy ? { auth: strategy } : {}) });
  const fetchWithProvider = async (request: Request): Promise<Response> => {
    const response = await transport(request);
    recordResponseOrigin(response, { provider: service.provider });
    return response;
  };

  return createClient<Paths, `${string}/${string}`>({
    baseUrl: normalizedBaseUrl,
    fetch: fetchWithProvider,
    ...(headers ? { headers } : {}),
  });
}
