/** Where a response came from; kept so `unwrap` can build a precise ApiError from openapi-fetch's result. */
export interface ResponseOrigin {
  method?: string;
  /** Already redacted. */
  url?: string;
  provider?: string;
}

// Keyed weakly by the Response: nothing leaks once the caller drops the response.
const origins = new WeakMap<Response, ResponseOrigin>();

/** Remembers (or adds to) what is known about the request behind `response`. */
export function recordResponseOrigin(response: Response, origin: ResponseOrigin): void {
  origins.set(response, { ...origins.get(response), ...origin });
}

/** What was recorded for `response` by the transport / service client, if it went through them. */
export function getResponseOrigin(response: Response): ResponseOrigin | undefined {
  return origins.get(response);
}
