/**
 * The data a generated package hands to {@link attachManagers}: one entry per resource, naming the
 * paths and methods that implement list/get/create/update/delete and the resource's actions.
 * Path parameters are filled positionally from the call's leading arguments, in path order
 * (`/servers/{server_id}/os-interface/{id}` takes `(serverId, id)`).
 */
export interface ManagerTable {
  readonly [resource: string]: ResourceSpec;
}

export interface ResourceSpec {
  /** GET returning a collection: the array sits under `items` (`servers`, `flavors`…). */
  readonly list?: { readonly path: string; readonly items: string };
  /** GET of one item. `unwrap`: the envelope key stripped from the result (`server`). */
  readonly get?: OperationSpec;
  /** POST on the collection; the body is sent as given. */
  readonly create?: OperationSpec;
  /** PATCH, else PUT, on the item. */
  readonly update?: OperationSpec & { readonly method: 'put' | 'patch' };
  /** PUT on the item when PATCH is the update. */
  readonly replace?: OperationSpec;
  readonly delete?: { readonly path: string };
  /**
   * Method name → call. `action` set: an OpenStack `POST …/action` whose body is `{ [action]: args }`
   * (`reboot` → `{ "reboot": { "type": "HARD" } }`); unset: the args are the body as given.
   */
  readonly actions?: { readonly [method: string]: ActionSpec };
}

export interface OperationSpec {
  readonly path: string;
  readonly unwrap?: string;
}

export interface ActionSpec {
  readonly path: string;
  readonly method: 'post' | 'put';
  readonly action?: string;
}
