import { ConflictError } from '@stratus/core';
import type { CallOptions } from '../client/api-tree.js';
import { InvalidConfigurationError } from '@stratus/core';
import type { OpenvCloudAccount } from './openvcloud-account.js';
import { OpenvCloudMachine } from './openvcloud-machine.js';
import type { OpenvCloudSchemas } from './resource-context.js';
import { OpenvCloudResourceNotFoundError } from './resource-errors.js';
import { selectSize } from './select-size.js';
import { selectImage } from './select-image.js';

/** The seed's defaults (Jumpscale `machine_create`). */
export const DEFAULT_MACHINE_IMAGE = 'Ubuntu 16.04 x64';
/** GB. */
export const DEFAULT_MACHINE_MEMORY = 2;
/** GB, boot disk. */
export const DEFAULT_MACHINE_DISKSIZE = 10;

export interface MachineCreateParams {
  /** No spaces or underscores (Jumpscale's rule; they break the machine's hostname). */
  name: string;
  /**
   * The SSH key Jumpscale would authorize over SSH after creation. Not an API parameter: kept on the
   * returned machine (`machine.sshKeyName`) for your SSH tool. To have the key installed at boot,
   * pass `sshPublicKey`.
   */
  sshKeyName?: string;
  /** A public key installed through cloud-init (`userdata.ssh_authorized_keys`). */
  sshPublicKey?: string;
  /** Memory: below 100 means GB, else MB (Jumpscale's rule). Default 2 (GB). Picks the size, see `selectSize`. */
  memory?: number;
  /** vCPUs the size must have. Default: any (the size is chosen by memory only). */
  vcpus?: number;
  /** Boot disk, GB. Default 10. */
  disksize?: number;
  /** Extra data disks, GB each. */
  datadisks?: number[];
  /** The first image whose name contains this, ignoring case. Default "Ubuntu 16.04 x64". */
  image?: string;
  description?: string;
  /** cloud-init user data (object or string). */
  userdata?: unknown;
}

/** A cloudspace, Jumpscale's `Space` ("VDC"). */
export class OpenvCloudSpace {
  readonly id: number;
  readonly name: string;
  /** Location code, e.g. `be-g8-1`. */
  readonly location: string;

  constructor(
    readonly account: OpenvCloudAccount,
    /** The `cloudspaces/list` entry this object was made from (a snapshot; `model()` reads it fresh). */
    readonly summary: OpenvCloudSchemas['OVCCloudSpace'] & { id: number },
  ) {
    this.id = summary.id;
    this.name = summary.name ?? String(summary.id);
    this.location = summary.location ?? '';
  }

  private get cloudapi() {
    return this.account.context.api.cloudapi;
  }

  /** `cloudspaces/get`: status, public IP, limits, ACL. */
  model(options?: CallOptions): Promise<OpenvCloudSchemas['OVCCloudSpaceInfo']> {
    return this.cloudapi.cloudspaces.get({ cloudspaceId: this.id }, options);
  }

  /** Images usable here (`images/list` for this cloudspace and account). */
  images(options?: CallOptions): Promise<OpenvCloudSchemas['OVCImageInfo'][]> {
    return this.cloudapi.images.list({ cloudspaceId: this.id, accountId: this.account.id }, options);
  }

  /** Machine sizes allowed here (`sizes/list`; memory in MB). */
  sizes(options?: CallOptions): Promise<OpenvCloudSchemas['OVCSize'][]> {
    return this.cloudapi.sizes.list({ cloudspaceId: this.id }, options);
  }

  /** All port forwards of the cloudspace. */
  portForwards(options?: CallOptions): Promise<OpenvCloudSchemas['OVCPortForwardingInfo'][]> {
    return this.cloudapi.portforwarding.list({ cloudspaceId: this.id }, options);
  }

  /** The machines, by name (Jumpscale's `space.machines` dict): `(await vdc.machines()).get('web-1')`. */
  async machines(options?: CallOptions): Promise<ReadonlyMap<string, OpenvCloudMachine>> {
    const list = await this.cloudapi.machines.list({ cloudspaceId: this.id }, options);
    const byName = new Map<string, OpenvCloudMachine>();
    for (const item of list) if (typeof item.id === 'number') byName.set(item.name ?? String(item.id), new OpenvCloudMachine(this, item.id, item.name ?? String(item.id)));
    return byName;
  }

  /**
   * Creates a machine the Jumpscale way: image by name, size by memory (and vCPUs), boot disk in GB.
   * Defaults: "Ubuntu 16.04 x64", 2 GB, 10 GB. A 409 (the name exists) returns the existing machine.
   * `{ async: true }` runs `machines/create` as a portal task.
   */
  async machineCreate(params: MachineCreateParams, options?: CallOptions): Promise<OpenvCloudMachine> {
    const name = params.name;
    if (typeof name !== 'string' || name.trim() === '') throw new InvalidConfigurationError('[@stratus/openvcloud] machineCreate: name is missing');
    if (/[\s_]/.test(name)) throw new InvalidConfigurationError(`[@stratus/openvcloud] machineCreate: machine name ${JSON.stringify(name)} must not contain spaces or underscores`);
    const memory = params.memory ?? DEFAULT_MACHINE_MEMORY;
    const disksize = params.disksize ?? DEFAULT_MACHINE_DISKSIZE;
    for (const [key, value] of [['memory', memory], ['disksize', disksize], ['vcpus', params.vcpus]] as const) {
      if (value !== undefined && (!Number.isFinite(value) || value <= 0)) throw new InvalidConfigurationError(`[@stratus/openvcloud] machineCreate: ${key} must be a positive number, got ${String(value)}`);
    }
    const lookup = stripAsync(options);
    const [images, sizes] = await Promise.all([this.images(lookup), this.sizes(lookup)]);
    const image = selectImage(images, params.image ?? DEFAULT_MACHINE_IMAGE);
    const size = selectSize(sizes, memory, params.vcpus);
    const userdata = params.userdata ?? (params.sshPublicKey ? { ssh_authorized_keys: [params.sshPublicKey] } : undefined);
    let id: number;
    try {
      id = await this.cloudapi.machines.create(
        {
          cloudspaceId: this.id,
          name,
          imageId: image.id,
          sizeId: size.id,
          disksize,
          ...(params.datadisks ? { datadisks: params.datadisks } : {}),
          ...(params.description !== undefined ? { description: params.description } : {}),
          ...(userdata !== undefined ? { userdata } : {}),
        },
        options,
      );
    } catch (error) {
      if (!(error instanceof ConflictError)) throw error;
      // Jumpscale ignores "already exists"; hand back the machine that has the name.
      const existing = (await this.machines(lookup)).get(name);
      if (!existing) throw error;
      return withKeyName(existing, params.sshKeyName);
    }
    return withKeyName(new OpenvCloudMachine(this, id, name), params.sshKeyName);
  }

  /**
   * The machine with this name; with `{ create: true }` creates it when missing (defaults as
   * `machineCreate`, but 1 vCPU like Jumpscale's `machine_get`), else OpenvCloudResourceNotFoundError
   * listing the machines that exist. `{ reset: true, create: true }` deletes an existing one first
   * and creates it anew (Jumpscale's `reset`). Jumpscale also accepted `reset` without `create`, which
   * deleted the machine and then failed to find it; here that is refused before any call.
   */
  async machineGet(name: string, options: { create?: boolean; reset?: boolean } & Omit<MachineCreateParams, 'name'> & CallOptions = {}): Promise<OpenvCloudMachine> {
    const { create = false, reset = false, signal, async, ...createParams } = options;
    if (reset && !create) {
      throw new InvalidConfigurationError(`[@stratus/openvcloud] machineGet(${JSON.stringify(name)}): { reset: true } deletes the machine, so it needs { create: true } to make it anew`);
    }
    const callOptions: CallOptions = { ...(signal ? { signal } : {}), ...(async !== undefined ? { async } : {}) };
    const machines = await this.machines(stripAsync(callOptions));
    const found = machines.get(name);
    if (found && !reset) return found;
    if (found) await found.delete(callOptions);
    if (!create) {
      throw new OpenvCloudResourceNotFoundError({ kind: 'machine', wanted: name, where: `cloudspace ${JSON.stringify(this.name)}`, available: [...machines.keys()], hint: 'Pass { create: true } to create it' });
    }
    return this.machineCreate({ vcpus: 1, ...createParams, name }, callOptions);
  }
}

/** Look-ups before a create are quick reads: never run them as tasks. */
function stripAsync(options: CallOptions | undefined): CallOptions | undefined {
  return options?.signal ? { signal: options.signal } : undefined;
}

function withKeyName(machine: OpenvCloudMachine, sshKeyName: string | undefined): OpenvCloudMachine {
  if (sshKeyName !== undefined) machine.sshKeyName = sshKeyName;
  return machine;
}
