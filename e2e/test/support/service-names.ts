/** `block-storage` → `BlockStorage`: the service part of a generated package's export names. */
export function servicePrefix(slug: string): string {
  return slug
    .split('-')
    .map((part) => part.charAt(0).toUpperCase() + part.slice(1))
    .join('');
}

/** `block-storage` → `createBlockStorageClient`, the factory `@stratus/openstack-block-storage` exports. */
export function clientFactoryName(slug: string): string {
  return `create${servicePrefix(slug)}Client`;
}

/** `block-storage` → `createBlockStorageHttp`, the msw builder `@stratus/openstack-block-storage/msw` exports. */
export function httpFactoryName(slug: string): string {
  return `create${servicePrefix(slug)}Http`;
}
