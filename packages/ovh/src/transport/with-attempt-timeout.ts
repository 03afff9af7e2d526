import { TimeoutError } from '@stratus/core';
import { linkSignals } from '@stratus/core/internal';
import type { SendOvhHttp } from './ovh-http.js';

/**
 * Gives every attempt `timeoutMs` (response and body) and turns running out into TimeoutError; the
 * caller's signal still aborts. 0 disables. A cleared timer rather than `AbortSignal.timeout`, whose
 * timers stay pending until they fire, one per request.
 */
export function withAttemptTimeout(send: SendOvhHttp, timeoutMs: number): SendOvhHttp {
  if (timeoutMs <= 0) return send;
  return async (request) => {
    const timeout = new AbortController();
    const timer = setTimeout(() => timeout.abort(new TimeoutError({ method: request.method, url: request.url, timeoutMs })), timeoutMs);
    const callerSignal = request.signal;
    const { signal, unlink } = callerSignal ? linkSignals(callerSignal, timeout.signal) : { signal: timeout.signal, unlink: () => {} };
    try {
      return await send({ method: request.method, url: request.url, headers: request.headers, body: request.body, signal });
    } catch (error) {
      if (timeout.signal.aborted && !callerSignal?.aborted) throw timeout.signal.reason;
      throw error;
    } finally {
      clearTimeout(timer);
      unlink();
    }
  };
}
