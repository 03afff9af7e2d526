import { carryStreamBody } from './non-replayable-body.js';

// Requests the pipeline created itself for the current call (from `(url, init)`, or as a per-attempt
// copy). Nobody outside the pipeline holds a reference to them, so their headers may be set in place
// instead of deriving a new Request for every decoration (on Node 20 each `new Request(prev, …)`
// also creates and links an AbortSignal). Requests that came from the caller are never mutated.
const owned = new WeakSet<Request>();

/** Marks `request` as created by the pipeline for this call only (internal). */
export function markTransportOwned<R extends Request>(request: R): R {
  owned.add(request);
  return request;
}

/** Whether the pipeline created `request` itself, so its headers may be changed in place. */
export function isTransportOwned(request: Request): boolean {
  return owned.has(request);
}

/**
 * Sets headers (a `null` value removes one) on a request going down the pipeline, for policies and
 * auth hooks. A request the transport created for this call is changed in place and returned as is;
 * any other request (e.g. the caller's own) is left untouched and a copy is returned, as
 * `withRequestHeaders` does. Either way, use the returned request.
 */
export function setRequestHeaders(request: Request, headers: Readonly<Record<string, string | null>>): Request {
  let target = request;
  if (!owned.has(request)) {
    // Copied from entries: msw patches the Headers class and `new Headers(headers)` can lose entries.
    target = markTransportOwned(new Request(request, { headers: [...request.headers] }));
    carryStreamBody(request, target);
  }
  for (const [name, value] of Object.entries(headers)) {
    if (value === null) target.headers.delete(name);
    else target.headers.set(name, value);
  }
  return target;
}
