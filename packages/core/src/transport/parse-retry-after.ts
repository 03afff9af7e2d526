/**
 * Parses a Retry-After header into milliseconds to wait: delta-seconds ("120") or an HTTP-date
 * ("Wed, 21 Oct 2015 07:28:00 GMT"). A date in the past means "now" (0). Returns undefined when
 * absent or unparseable. Not capped: callers apply their own ceiling.
 */
export function parseRetryAfter(value: string | null | undefined, now: number = Date.now()): number | undefined {
  const trimmed = value?.trim();
  if (!trimmed) return undefined;
  // Integer seconds per RFC 9110; fractions are tolerated because some servers send them.
  if (/^\d+(\.\d+)?$/.test(trimmed)) return Math.round(Number(trimmed) * 1000);
  // Only attempt dates that look like dates: Date.parse accepts odd inputs such as "-1" or "1e3".
  if (!/[a-z]/i.test(trimmed)) return undefined;
  const date = Date.parse(trimmed);
  if (Number.isNaN(date)) return undefined;
  return Math.max(0, date - now);
}
