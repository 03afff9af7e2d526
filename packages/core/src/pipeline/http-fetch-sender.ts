import { asConnectionFailure } from '../transport/as-connection-failure.js';
import { afterPendingIo } from './after-pending-io.js';
import type { HttpFetch, SendHttp } from './http-message.js';
import { readFetchResponse } from './read-fetch-response.js';

/**
 * The last step of a call: `fetch(url, init)`, then the body read as text, handed over after the
 * turn's pending I/O (see afterPendingIo). A network failure (or a body cut short) becomes
 * ConnectionError with the original error as `cause`; aborts are left to the steps that own the
 * signals (timeout, caller). `timeoutMs` is passed on for a fetch that enforces it (createAttemptSender).
 */
export function createHttpFetchSender(customFetch?: HttpFetch, timeoutMs = 0): SendHttp {
  return async (request) => {
    try {
      // The global is looked up per call: msw and polyfills patch it after the client exists. Called
      // through a local so that browsers never see a foreign `this` ("Illegal invocation").
      const fetchImpl: HttpFetch = customFetch ?? globalThis.fetch;
      const { method, url, headers, body, signal } = request;
      const init = timeoutMs > 0 ? { method, headers, body, signal, timeoutMs } : request;
      const response = await readFetchResponse(await fetchImpl(url, init));
      await afterPendingIo();
      return response;
    } catch (error) {
      throw asConnectionFailure(error, request.signal, request);
    }
  };
}
