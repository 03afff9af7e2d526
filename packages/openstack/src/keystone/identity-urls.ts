import { StratusError } from '@stratus/core';

/** `{auth_url}/v3`: accepts auth URLs given with or without the `/v3` suffix (both are common in openrc files). */
export function identityV3Url(authUrl: string): string {
  let url: URL;
  try {
    url = new URL(authUrl);
  } catch {
    throw new StratusError(`[@stratus/openstack] Keystone: auth URL is not an absolute URL: ${authUrl}`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new StratusError(`[@stratus/openstack] Keystone: auth URL must be http(s): ${authUrl}`);
  const base = `${url.origin}${url.pathname}`.replace(/\/+$/, '');
  return /\/v3$/.test(base) ? base : `${base}/v3`;
}

export function authTokensUrl(authUrl: string): string {
  return `${identityV3Url(authUrl)}/auth/tokens`;
}
