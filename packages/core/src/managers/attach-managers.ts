import { createResourceManager, type ManagerOptions, type RequestingClient } from './create-resource-manager.js';
import type { ManagerTable } from './manager-table.js';
import { StratusError } from '../errors/stratus-error.js';

/**
 * Adds one manager per table entry to a client (`client.servers.list()`, `client.flavors.find(…)`),
 * each built on first use. Returns the same client; generated packages type the result.
 */
export function attachManagers<C extends object>(client: C, table: ManagerTable, options: ManagerOptions = {}): C {
  // openapi-fetch's `request` is generic over the paths; the managers only need its runtime shape.
  const requesting = client as C & RequestingClient;
  if (typeof requesting.request !== 'function') throw new StratusError('attachManagers: pass an openapi-fetch client (created by createServiceClient)');
  for (const [resource, spec] of Object.entries(table)) {
    if (resource in client) continue;
    let manager: Record<string, unknown> | undefined;
    Object.defineProperty(client, resource, {
      enumerable: true,
      configurable: true,
      get: () => (manager ??= createResourceManager(requesting, resource, spec, options)),
    });
  }
  return client;
}
