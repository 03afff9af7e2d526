const VERSIONED_PATH = /^\/v[12](?:[/?#]|$)/;

/**
 * Joins the endpoint base URL and an API path into the request URL.
 *
 * OVH serves `/1.0` also as `/v1`, and the v2 API lives at `/v2`. Like python-ovh, go-ovh and node-ovh,
 * a path that already names its branch (`/v1/…`, `/v2/…`) replaces the base's `/1.0`, so
 * `GET /v2/iam/policy` on ovh-eu goes to `https://eu.api.ovh.com/v2/iam/policy`.
 */
export function applyPrefixRule(baseUrl: string, path: string): string {
  const normalizedPath = path.startsWith('/') ? path : `/${path}`;
  if (baseUrl.endsWith('/1.0') && VERSIONED_PATH.test(normalizedPath)) {
    return baseUrl.slice(0, -'/1.0'.length) + normalizedPath;
  }
  return baseUrl + normalizedPath;
}
