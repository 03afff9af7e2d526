import { isReadableStream } from './is-readable-stream.js';

// Request bodies that came from a caller's ReadableStream. A `Request`'s `body` is a stream whatever it
// was built from, so the fetch adapter remembers which streams were handed to it: those are passed on
// as streams (sent once, never buffered); any other Request body is read into bytes, so it can be replayed.
const streamBodies = new WeakSet<ReadableStream>();

/** Marks `body` as a caller's stream, when it is one (see above). */
export function markStreamBody(body: unknown): void {
  if (isReadableStream(body)) streamBodies.add(body);
}

/** Whether `request` carries a caller's stream (see markStreamBody). */
export function hasStreamBody(request: Request): boolean {
  return request.body !== null && streamBodies.has(request.body);
}
