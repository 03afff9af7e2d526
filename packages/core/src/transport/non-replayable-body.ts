// Request bodies that came from a caller's ReadableStream. A Request's `body` is a stream whatever it
// was built from, so the transport remembers which streams were handed to it: those can be read once
// only, and copying them for a retry (`request.clone()`) would hold the whole upload in memory.
const streamBodies = new WeakSet<ReadableStream>();

/** Marks `body` as a caller's stream, when it is one: a request carrying it is sent once, never cloned. */
export function markStreamBody(body: unknown): void {
  if (typeof ReadableStream !== 'undefined' && body instanceof ReadableStream) streamBodies.add(body);
}

/** Whether `request` carries a caller's stream (see markStreamBody): it cannot be replayed. */
export function hasStreamBody(request: Request): boolean {
  return request.body !== null && streamBodies.has(request.body);
}

/** Keeps the mark when a copy of `from` (`new Request(from, …)`) got a new body stream. */
export function carryStreamBody(from: Request, to: Request): void {
  if (hasStreamBody(from)) markStreamBody(to.body);
}
