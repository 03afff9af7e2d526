import { InvalidConfigurationError } from '@stratus/core';

/**
 * `https://g8.example.com`, `g8.example.com` (Jumpscale's host-only `address`) or
 * `https://g8.example.com/restmachine/` → `https://g8.example.com/restmachine`.
 */
export function normalizeOpenvCloudUrl(input: string): string {
  const raw = input.trim();
  let url: URL;
  try {
    url = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(raw) ? raw : `https://${raw}`);
  } catch {
    throw new InvalidConfigurationError('[@stratus/openvcloud] url is not a valid URL');
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new InvalidConfigurationError(`[@stratus/openvcloud] url must be http(s), got ${url.protocol}`);
  if (url.username || url.password) throw new InvalidConfigurationError('[@stratus/openvcloud] url must not contain credentials');
  url.search = '';
  url.hash = '';
  const path = url.pathname.replace(/\/+$/, '');
  url.pathname = path.endsWith('/restmachine') ? path : `${path}/restmachine`;
  return url.toString().replace(/\/+$/, '');
}
