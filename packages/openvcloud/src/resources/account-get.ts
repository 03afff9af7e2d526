import { ForbiddenError, UnauthorizedError } from '@stratus/core';
import type { CallOptions } from '../client/api-tree.js';
import { InvalidConfigurationError } from '@stratus/core';
import { OpenvCloudAccount } from './openvcloud-account.js';
import type { ResourceContext, ResourceLimits } from './resource-context.js';
import { OpenvCloudResourceNotFoundError } from './resource-errors.js';

export interface AccountGetOptions extends ResourceLimits, CallOptions {
  /** Create the account when it does not exist, through the admin-only `cloudbroker/account/create`. Default false. */
  create?: boolean;
  /** Owner of a created account. Default: the calling user (`<username>@itsyouonline`). */
  username?: string;
  emailaddress?: string;
}

/** Every account the user can see (`accounts/list`). */
export async function listAccounts(context: ResourceContext, options?: CallOptions): Promise<OpenvCloudAccount[]> {
  const list = await context.api.cloudapi.accounts.list(undefined, options);
  return list.filter((account): account is typeof account & { id: number } => typeof account.id === 'number').map((account) => new OpenvCloudAccount(context, account));
}

/**
 * Jumpscale's `account_get`: the account with this name; with `{ create: true }` creates it through
 * `cloudbroker/account/create` (G8 admins only) when missing. Otherwise, or when the portal refuses
 * the creation, a clear error that lists the accounts that exist.
 */
export async function accountGet(context: ResourceContext, name: string, options: AccountGetOptions = {}): Promise<OpenvCloudAccount> {
  if (typeof name !== 'string' || name.trim() === '') throw new InvalidConfigurationError('[@stratus/openvcloud] accountGet: name is missing');
  const { create = false, username, emailaddress, signal, async, ...limits } = options;
  const read: CallOptions = signal ? { signal } : {};
  const accounts = await listAccounts(context, read);
  const found = accounts.find((account) => account.name === name);
  if (found) return found;
  const available = accounts.map((account) => account.name);
  if (!create) throw new OpenvCloudResourceNotFoundError({ kind: 'account', wanted: name, available, hint: 'Pass { create: true } to create it (G8 admins only)' });
  const owner = username ?? (await context.login());
  if (!owner) throw new InvalidConfigurationError(`[@stratus/openvcloud] accountGet: cannot tell who owns the new account ${JSON.stringify(name)}; pass { username: '<username>@itsyouonline' }`);
  try {
    await context.api.cloudbroker.account.create({ name, username: owner, ...(emailaddress !== undefined ? { emailaddress } : {}), ...limits }, { ...read, ...(async !== undefined ? { async } : {}) });
  } catch (error) {
    if (error instanceof ForbiddenError || error instanceof UnauthorizedError) {
      throw new OpenvCloudResourceNotFoundError({
        kind: 'account',
        wanted: name,
        available,
        hint: `Creating it through cloudbroker/account/create was refused (${error.status}): that needs G8 admin rights; ask an admin to create it or grant you access`,
        cause: error,
      });
    }
    throw error;
  }
  const created = (await listAccounts(context, read)).find((account) => account.name === name);
  if (!created) throw new OpenvCloudResourceNotFoundError({ kind: 'account', wanted: name, where: 'accounts/list right after cloudbroker/account/create', available });
  return created;
}
