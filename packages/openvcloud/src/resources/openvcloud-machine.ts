import type { CallOptions } from '../client/api-tree.js';
import type { OpenvCloudSpace } from './openvcloud-space.js';
import type { OpenvCloudSchemas } from './resource-context.js';
import { ensureSshEndpoint, type SshEndpoint } from './ssh-endpoint.js';

/** A virtual machine of a cloudspace (Jumpscale's `Machine`). */
export class OpenvCloudMachine {
  /** The SSH key name given to `machineCreate` (for your SSH tool; the API does not take it). */
  sshKeyName: string | undefined;

  constructor(
    /** The cloudspace (VDC) the machine lives in. */
    readonly space: OpenvCloudSpace,
    readonly id: number,
    readonly name: string,
  ) {}

  /** `machines/get`, read fresh on every call: status, size, image, disks, interfaces, OS accounts. */
  model(options?: CallOptions): Promise<OpenvCloudSchemas['OVCMachineInfo']> {
    return this.space.account.context.api.cloudapi.machines.get({ machineId: this.id }, options);
  }

  /** The machine's disks (boot disk first, as the portal lists them), from `machines/get`. */
  async disks(options?: CallOptions): Promise<OpenvCloudSchemas['OVCMachineDisk'][]> {
    return (await this.model(options)).disks ?? [];
  }

  /**
   * `machines/delete` (Jumpscale's `Machine.delete`): into the portal's recycle bin, or for good with
   * `{ permanently: true }`. Resolves once the API has answered (with `{ async: true }`, once the task ended).
   */
  async delete(options: CallOptions & { permanently?: boolean } = {}): Promise<void> {
    const { permanently, ...callOptions } = options;
    await this.space.account.context.api.cloudapi.machines.delete({ machineId: this.id, ...(permanently !== undefined ? { permanently } : {}) }, callOptions);
  }

  /** Port forwards of this machine (`portforwarding/list` with its id). */
  portForwards(options?: CallOptions): Promise<OpenvCloudSchemas['OVCPortForwardingInfo'][]> {
    return this.space.account.context.api.cloudapi.portforwarding.list({ cloudspaceId: this.space.id, machineId: this.id }, options);
  }

  /**
   * Where to SSH to: makes sure a TCP port forward from the cloudspace's public address to port 22
   * of the machine exists (creating one on the first free public port from 2200, like Jumpscale) and
   * returns `{ host, port }` for any SSH tool. Prefab's commands-over-SSH are not an API; this is the handoff.
   */
  sshEndpoint(options?: CallOptions): Promise<SshEndpoint> {
    return ensureSshEndpoint(this, options);
  }
}
