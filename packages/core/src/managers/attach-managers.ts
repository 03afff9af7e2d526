import { createResourceManager, type ManagerOptions, type RequestingClient } from './create-resource-manager.js';
import type { ManagerTable } from './manager-table.js';

/**
 * Adds one manager per table entry to a client (`client.servers.list()`, `client.flavors.find(…)`),
 * each built on first use. Returns the same client; generated packages type the result.
 */
export function attachManagers<C extends object>(client: C & RequestingClient, table: ManagerTable, options: ManagerOptions = {}): C {
  for (const [resource, spec] of Object.entries(table)) {
    if (resource in client) continue;
    let manager: Record<string, unknown> | undefined;
    Object.defineProperty(client, resource, {
      enumerable: true,
      configurable: true,
      get: () => (manager ??= createResourceManager(client, resource, spec, options)),
    });
  }
  return client;
}
