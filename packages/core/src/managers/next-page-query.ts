/**
 * The query of the page after `body`, from the ways OpenStack services announce it:
 * `"<items>_links": [{ "rel": "next", "href" }]` (Nova, Cinder, Neutron, Manila, Octavia),
 * `"links": { "next": href }` (Keystone, Designate), `"links": [{ rel: "next" }]`,
 * `"next": href` (Glance, Ironic, IoTronic, Magnum). The href's query is merged over the current
 * one and the request is re-issued on the same path, so version prefixes in the href do not matter.
 *
 * Without a next link, a page of exactly `limit` items continues with `marker` = last item's id,
 * except when:
 * - the body has a link container (`links`, `<items>_links` or `next`, even `null`): the service
 *   announces its paging itself, so no link means the end (Keystone answers `"next": null` and
 *   ignores `limit` and `marker` altogether);
 * - the page has more items than `limit`: the service ignored `limit`, so it would ignore a marker too;
 * - `markerFallback: false` (the pager passes that once the service has sent a link).
 */
export function nextPageQuery(
  body: unknown,
  itemsKey: string,
  items: readonly unknown[],
  query: Record<string, unknown> | undefined,
  options: { markerFallback?: boolean } = {},
): Record<string, unknown> | undefined {
  const href = nextLinkHref(body, itemsKey);
  if (href !== undefined) return { ...query, ...queryOf(href) };
  // A service that announces pages with links ends its listing by leaving the link out.
  if (options.markerFallback === false || hasLinkContainer(body, itemsKey)) return undefined;
  const limit = Number(query?.['limit']);
  const last = items[items.length - 1];
  if (Number.isFinite(limit) && limit > 0 && items.length === limit && isRecord(last)) {
    const marker = last['id'] ?? last['uuid'];
    if (typeof marker === 'string' || typeof marker === 'number') return { ...query, marker };
  }
  return undefined;
}

/** The next-page link of a list body, in any of the shapes above. */
export function nextLinkHref(body: unknown, itemsKey: string): string | undefined {
  if (!isRecord(body)) return undefined;
  return linkHref(body[`${itemsKey}_links`]) ?? linkHref(body['links']) ?? (typeof body['next'] === 'string' && body['next'] !== '' ? body['next'] : undefined);
}

/** Whether the body has a place for a next link (`links`, `<items>_links`, `next`), filled or not. */
export function hasLinkContainer(body: unknown, itemsKey: string): boolean {
  return isRecord(body) && (`${itemsKey}_links` in body || 'links' in body || 'next' in body);
}

function linkHref(links: unknown): string | undefined {
  if (Array.isArray(links)) {
    const next = links.find((link) => isRecord(link) && link['rel'] === 'next');
    return isRecord(next) && typeof next['href'] === 'string' && next['href'] !== '' ? next['href'] : undefined;
  }
  if (isRecord(links) && typeof links['next'] === 'string' && links['next'] !== '') return links['next'];
  return undefined;
}

function queryOf(href: string): Record<string, unknown> {
  const params = new URL(href, 'http://relative.invalid').searchParams;
  const query: Record<string, unknown> = {};
  for (const key of new Set(params.keys())) {
    const values = params.getAll(key);
    query[key] = values.length === 1 ? values[0] : values;
  }
  return query;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
