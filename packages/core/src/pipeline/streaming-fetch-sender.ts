import { asConnectionFailure } from '../transport/as-connection-failure.js';
import { isReadableStream } from '../transport/is-readable-stream.js';
import type { FetchLike, SendStreamingHttp } from './http-message.js';

/**
 * The last step of the fetch-based clients' pipeline: `fetch(url, init)` (a custom fetch gets one
 * `Request`), the response body left a stream for the steps above (the `json` policy reads JSON; a
 * download stays a stream). A network failure becomes ConnectionError with the original error as
 * `cause`; aborts are left to the steps that own the signals (timeout, caller).
 */
export function createStreamingFetchSender(customFetch?: FetchLike): SendStreamingHttp {
  return async (request) => {
    const { method, url, headers, body, signal } = request;
    // fetch refuses a stream body without `duplex: 'half'` (the only mode it implements).
    const init: RequestInit & { duplex?: 'half' } = isReadableStream(body) ? { method, headers, body, signal, duplex: 'half' } : { method, headers, body, signal };
    try {
      // The global is looked up per call: msw and polyfills patch it after the client exists. Called
      // through a local so that browsers never see a foreign `this` ("Illegal invocation").
      const fetchImpl = globalThis.fetch;
      const response = customFetch ? await customFetch(new Request(url, init)) : await fetchImpl(url, init);
      return { status: response.status, statusText: response.statusText, headers: response.headers, body: response.body };
    } catch (error) {
      throw asConnectionFailure(error, signal, request);
    }
  };
}
