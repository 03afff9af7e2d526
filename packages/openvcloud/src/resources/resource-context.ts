import type { AppTree } from '../client/api-tree.js';
import type { CloudapiComponents, CloudapiOperations } from '../generated/apis/cloudapi.js';
import type { CloudbrokerOperations } from '../generated/apis/cloudbroker.js';

export type CloudapiTree = AppTree<CloudapiOperations['post'], 'cloudapi'>;
export type CloudbrokerTree = AppTree<CloudbrokerOperations['post'], 'cloudbroker'>;
/** The portal's response shapes (`OVCMachineInfo`, `OVCSize`…). */
export type OpenvCloudSchemas = CloudapiComponents['schemas'];

/** What the Account / Space / Machine layer needs from a client: the typed trees and who is calling. */
export interface ResourceContext {
  readonly api: { readonly cloudapi: CloudapiTree; readonly cloudbroker: CloudbrokerTree };
  /** `<username>@itsyouonline` (from the JWT) or the legacy login name; undefined when the auth cannot tell. */
  login(): Promise<string | undefined>;
}

/** Jumpscale's `-1` = unlimited cloud-unit limits, accepted by `accounts`/`cloudspaces` creation. */
export interface ResourceLimits {
  /** GB. */
  maxMemoryCapacity?: number;
  /** GB. */
  maxVDiskCapacity?: number;
  maxCPUCapacity?: number;
  maxNetworkPeerTransfer?: number;
  maxNumPublicIP?: number;
}
