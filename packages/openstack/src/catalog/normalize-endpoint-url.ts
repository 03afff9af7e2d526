import { StratusError } from '@stratus/core';

export interface NormalizeEndpointUrlOptions {
  /** The generated package's `service.versionPrefix`, e.g. `/v2.1`, `/v2.0`, `/v1/{account}`; absent = use the URL as is. */
  versionPrefix?: string | undefined;
  /** Fills a `{account}` / project segment when the catalog URL lacks it (Swift: `AUTH_<project_id>`). */
  projectId?: string | undefined;
}

const VERSION_SEGMENT = /^v\d+(\.\d+)?$/;

/**
 * Turns a catalog URL into the base URL the generated client expects, so calls read `/servers`:
 * `http://neutron:9696` + `/v2.0` → `http://neutron:9696/v2.0`; `…/compute/v2.1` stays;
 * `…:8776/v3/<project>` and `…/v1/AUTH_<project>` (version + project/account) stay; a different
 * version (`…/v2/<project>` for a `/v3` client, old `volumev2` entries) is replaced by the wanted one.
 */
export function normalizeEndpointUrl(catalogUrl: string, options: NormalizeEndpointUrlOptions = {}): string {
  let url: URL;
  try {
    url = new URL(catalogUrl);
  } catch {
    throw new StratusError(`[@stratus/openstack] endpoint URL is not absolute: ${catalogUrl}`);
  }
  const trimmed = `${url.origin}${url.pathname}`.replace(/\/+$/, '');
  const { versionPrefix } = options;
  if (!versionPrefix) return trimmed;

  const [version, accountTemplate] = versionPrefix.split('/').filter(Boolean);
  if (!version) return trimmed;
  const segments = url.pathname.split('/').filter(Boolean);
  const last = segments.at(-1);
  const beforeLast = segments.at(-2);

  if (last === version) {
    // Version without the account segment a Swift-style client needs.
    return accountTemplate ? `${trimmed}/${account(options, catalogUrl)}` : trimmed;
  }
  if (beforeLast === version) return trimmed; // version + project/account
  if (last !== undefined && VERSION_SEGMENT.test(last)) {
    return `${url.origin}/${[...segments.slice(0, -1), version].join('/')}${accountTemplate ? `/${account(options, catalogUrl)}` : ''}`;
  }
  if (beforeLast !== undefined && VERSION_SEGMENT.test(beforeLast)) {
    return `${url.origin}/${[...segments.slice(0, -2), version, last].join('/')}`;
  }
  return `${trimmed}/${version}${accountTemplate ? `/${account(options, catalogUrl)}` : ''}`;
}

function account(options: NormalizeEndpointUrlOptions, catalogUrl: string): string {
  if (!options.projectId) {
    throw new StratusError(`[@stratus/openstack] endpoint ${catalogUrl} has no account segment and no project id is known to build AUTH_<project_id>`);
  }
  return `AUTH_${options.projectId}`;
}
