// Method and URL of the responses handed to openapi-fetch, so `unwrap` can build a precise error.
const origins = new WeakMap<Response, { method: string; url: string }>();

export function recordOvhResponseOrigin(response: Response, origin: { method: string; url: string }): void {
  origins.set(response, origin);
}

export function getOvhResponseOrigin(response: Response): { method: string; url: string } | undefined {
  return origins.get(response);
}
