import type { OvhApi } from '../api/ovh-api.js';
import type { ResolvedOvhEndpoint } from '../endpoints/resolve-endpoint.js';
import type { HttpRequest, HttpResponse } from '@stratus/core';

/** What an add-on entry (`@stratus/ovh/fetch-client`) needs from a client: its pipeline and settings. */
export interface OvhClientInternals {
  endpoint: ResolvedOvhEndpoint;
  apis: readonly OvhApi[];
  defaultHeaders: Record<string, string>;
  /** Sends a request through the client's pipeline: retries, timeouts, auth (unless `needAuth` is false). */
  dispatch(request: HttpRequest, needAuth: boolean): Promise<HttpResponse>;
}

// Kept off the client object, so the public surface stays what the types say.
const internalsByClient = new WeakMap<object, OvhClientInternals>();

export function registerClientInternals(client: object, internals: OvhClientInternals): void {
  internalsByClient.set(client, internals);
}

export function clientInternals(client: object, caller: string): OvhClientInternals {
  const internals = internalsByClient.get(client);
  if (!internals) throw new TypeError(`[@stratus/ovh] ${caller}: expected a client made by createOvhClient, got ${client === null ? 'null' : typeof client}`);
  return internals;
}
