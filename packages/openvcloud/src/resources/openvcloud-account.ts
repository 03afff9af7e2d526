import type { CallOptions } from '../client/api-tree.js';
import { InvalidConfigurationError } from '@stratus/core';
import { OpenvCloudSpace } from './openvcloud-space.js';
import type { OpenvCloudSchemas, ResourceContext, ResourceLimits } from './resource-context.js';
import { OpenvCloudResourceNotFoundError } from './resource-errors.js';

export interface SpaceGetOptions extends ResourceLimits, CallOptions {
  /** Create the cloudspace when it does not exist (`cloudspaces/create`). Default false. */
  create?: boolean;
  /** Who gets full access to a created cloudspace. Default: the calling user (`<username>@itsyouonline`). */
  access?: string;
  externalnetworkId?: number;
  /** e.g. `192.168.103.0/24`. */
  privatenetwork?: string;
}

/** An account, Jumpscale's `Account`. */
export class OpenvCloudAccount {
  readonly id: number;
  readonly name: string;

  constructor(
    readonly context: ResourceContext,
    /** The `accounts/list` entry. */
    readonly summary: OpenvCloudSchemas['OVCAccount'] & { id: number },
  ) {
    this.id = summary.id;
    this.name = summary.name ?? String(summary.id);
  }

  /** `accounts/get`: name, times, ACL. */
  model(options?: CallOptions): Promise<OpenvCloudSchemas['OVCAccountInfo']> {
    return this.context.api.cloudapi.accounts.get({ accountId: this.id }, options);
  }

  /** The account's cloudspaces (VDCs). */
  async spaces(options?: CallOptions): Promise<OpenvCloudSpace[]> {
    const list = await this.context.api.cloudapi.cloudspaces.list(undefined, options);
    return list.filter((space): space is typeof space & { id: number } => typeof space.id === 'number' && space.accountId === this.id).map((space) => new OpenvCloudSpace(this, space));
  }

  /** The account's disks (`disks/list`). */
  disks(options?: CallOptions): Promise<OpenvCloudSchemas['OVCDisk'][]> {
    return this.context.api.cloudapi.disks.list({ accountId: this.id }, options);
  }

  /**
   * The cloudspace with this name at this location (a location code; default: the only location
   * the G8 has). With `{ create: true }` creates it when missing, giving the calling user access;
   * else OpenvCloudResourceNotFoundError listing the account's cloudspaces.
   */
  async spaceGet(name: string, location?: string, options: SpaceGetOptions = {}): Promise<OpenvCloudSpace> {
    if (typeof name !== 'string' || name.trim() === '') throw new InvalidConfigurationError('[@stratus/openvcloud] spaceGet: name is missing');
    const { create = false, access, signal, async, externalnetworkId, privatenetwork, ...limits } = options;
    const read: CallOptions = signal ? { signal } : {};
    const where = location ?? (await defaultLocation(this.context, read));
    const matches = (space: OpenvCloudSpace) => space.name === name && space.location === where;
    const spaces = await this.spaces(read);
    const found = spaces.find(matches);
    if (found) return found;
    if (!create) {
      throw new OpenvCloudResourceNotFoundError({
        kind: 'cloudspace',
        wanted: name,
        where: `account ${JSON.stringify(this.name)} at location ${JSON.stringify(where)}`,
        available: spaces.map((space) => `${space.name} (${space.location})`),
        hint: 'Pass { create: true } to create it',
      });
    }
    const owner = access ?? (await this.context.login());
    if (!owner) throw new InvalidConfigurationError(`[@stratus/openvcloud] spaceGet: cannot tell which user gets access to the new cloudspace ${JSON.stringify(name)}; pass { access: '<username>@itsyouonline' }`);
    await this.context.api.cloudapi.cloudspaces.create(
      {
        accountId: this.id,
        location: where,
        name,
        access: owner,
        ...limits,
        ...(externalnetworkId !== undefined ? { externalnetworkId } : {}),
        ...(privatenetwork !== undefined ? { privatenetwork } : {}),
      },
      { ...read, ...(async !== undefined ? { async } : {}) },
    );
    const after = await this.spaces(read);
    const created = after.find(matches);
    if (!created) throw new OpenvCloudResourceNotFoundError({ kind: 'cloudspace', wanted: name, where: `account ${JSON.stringify(this.name)} right after cloudspaces/create`, available: after.map((space) => `${space.name} (${space.location})`) });
    return created;
  }
}

/** The location code to use when none is given: the G8's only location, else an error listing them. */
export async function defaultLocation(context: ResourceContext, options?: CallOptions): Promise<string> {
  const locations = await context.api.cloudapi.locations.list(undefined, options);
  const codes = locations.map((location) => location.locationCode).filter((code): code is string => typeof code === 'string' && code !== '');
  if (codes.length === 1) return codes[0]!;
  throw new InvalidConfigurationError(`[@stratus/openvcloud] pass a location: this G8 has ${codes.length === 0 ? 'no locations' : `several (${codes.map((code) => JSON.stringify(code)).join(', ')})`}`);
}
