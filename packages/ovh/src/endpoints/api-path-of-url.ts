/**
 * The API path of a request URL, in the form used by `unauthenticated` tables: v1 paths without a
 * branch prefix (`/auth/time`), v2 paths with theirs (`/v2/iam/policy`). Query string excluded.
 * Undefined when the URL is not under the endpoint.
 */
export function apiPathOfUrl(baseUrl: string, url: string): string | undefined {
  const withoutQuery = url.split(/[?#]/, 1)[0] ?? url;
  const root = baseUrl.endsWith('/1.0') ? baseUrl.slice(0, -'/1.0'.length) : undefined;
  if (withoutQuery.startsWith(`${baseUrl}/`)) return normalizeApiPath(withoutQuery.slice(baseUrl.length));
  if (root !== undefined && withoutQuery.startsWith(`${root}/`)) return normalizeApiPath(withoutQuery.slice(root.length));
  return undefined;
}

/** `/v1/me` → `/me` (the 1.0 branch is the v1 branch); `/v2/…` and unprefixed paths unchanged. */
export function normalizeApiPath(path: string): string {
  const withSlash = path.startsWith('/') ? path : `/${path}`;
  const withoutQuery = withSlash.split(/[?#]/, 1)[0] ?? withSlash;
  if (withoutQuery === '/v1') return '/';
  return withoutQuery.startsWith('/v1/') ? withoutQuery.slice('/v1'.length) : withoutQuery;
}
