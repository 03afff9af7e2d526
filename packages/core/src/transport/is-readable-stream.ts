/** A ReadableStream body: it can be read once only, so it is sent once and never buffered for a replay. */
export function isReadableStream(value: unknown): value is ReadableStream<Uint8Array> {
  return typeof ReadableStream !== 'undefined' && value instanceof ReadableStream;
}
