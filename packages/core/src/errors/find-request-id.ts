// Most specific first: Nova sends both x-openstack-request-id and x-compute-request-id.
const REQUEST_ID_HEADERS = ['x-openstack-request-id', 'x-compute-request-id', 'x-request-id', 'x-ovh-queryid'] as const;

/** The provider's request id (quote it in support tickets), if the response carries one. */
export function findRequestId(headers: Headers): string | undefined {
  for (const name of REQUEST_ID_HEADERS) {
    const value = headers.get(name)?.trim();
    if (value) return value;
  }
  return undefined;
}
