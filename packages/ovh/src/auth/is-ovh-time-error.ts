const TIME_ERROR_CODES = new Set(['QUERY_TIME_OUT', 'INVALID_SIGNATURE', 'INVALID_TIMESTAMP', 'TIMESTAMP_EXPIRED']);
const TIME_ERROR_MESSAGE = /timestamp|out of time|time ?out|invalid signature/i;

/**
 * Did OVH reject a signed request because its timestamp (hence signature) was off? OVH answers such
 * requests with 400 or 401 and an `errorCode` like `QUERY_TIME_OUT` / `INVALID_SIGNATURE`, or a message
 * mentioning the timestamp or an invalid signature (exact codes are undocumented, so both are checked).
 * An invalid signature can also mean a wrong secret: the caller resyncs and retries only once.
 * `body` is the parsed JSON or the raw text.
 */
export function isOvhTimeError(status: number, body: unknown): boolean {
  if (status !== 400 && status !== 401) return false;
  if (typeof body === 'string') {
    try {
      body = JSON.parse(body) as unknown;
    } catch {
      return false;
    }
  }
  if (typeof body !== 'object' || body === null) return false;
  const { errorCode, message } = body as { errorCode?: unknown; message?: unknown };
  if (typeof errorCode === 'string' && TIME_ERROR_CODES.has(errorCode.toUpperCase())) return true;
  return typeof message === 'string' && TIME_ERROR_MESSAGE.test(message);
}
