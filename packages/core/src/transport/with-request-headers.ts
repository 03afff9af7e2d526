/**
 * Returns a copy of `request` with the given headers set (replacing existing values), for policies and
 * auth hooks that decorate requests. The body is transferred, not duplicated.
 *
 * Headers are copied from their entries rather than with `new Headers(request.headers)`: test tools
 * that patch the global Headers class (msw's interceptors) can lose entries on that path.
 */
export function withRequestHeaders(request: Request, headers: Record<string, string>): Request {
  const merged = new Headers([...request.headers]);
  for (const [name, value] of Object.entries(headers)) merged.set(name, value);
  return new Request(request, { headers: merged });
}
