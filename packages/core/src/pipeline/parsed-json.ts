// JSON values the `json` policy already parsed, keyed by the Response the fetch adapter returned.
const parsedBodies = new WeakMap<Response, { value: unknown }>();

export function recordParsedJson(response: Response, parsed: { value: unknown }): void {
  parsedBodies.set(response, parsed);
}

/**
 * The JSON value of a successful response's body, when the `json` policy already parsed it (so it need
 * not be parsed again): `{ value }`, with `value` undefined for an empty body. Undefined when the
 * policy did not parse this response (error status, non-JSON content type, no body…). The value is
 * shared: treat it as read-only or copy it. The response body itself can still be read as usual.
 */
export function getParsedJson(response: Response): { value: unknown } | undefined {
  return parsedBodies.get(response);
}
