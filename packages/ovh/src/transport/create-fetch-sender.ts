import { ConnectionError, StratusError } from '@stratus/core';
import type { OvhFetch, SendOvhHttp } from './ovh-http.js';
import { readFetchResponse } from './read-fetch-response.js';

/**
 * The last step of a call: `fetch(url, init)`, then the body read as text. A network failure (or a
 * body cut short) becomes ConnectionError with the original error as `cause`; aborts are left to the
 * steps that own the signals (timeout, caller).
 */
export function createFetchSender(customFetch?: OvhFetch): SendOvhHttp {
  return async (request) => {
    try {
      // The global is looked up per call: msw and polyfills patch it after the client exists. Called
      // through a local so that browsers never see a foreign `this` ("Illegal invocation").
      const fetchImpl: OvhFetch = customFetch ?? globalThis.fetch;
      return await readFetchResponse(await fetchImpl(request.url, request));
    } catch (error) {
      if (request.signal?.aborted || error instanceof StratusError) throw error;
      throw new ConnectionError({ method: request.method, url: request.url, cause: error });
    }
  };
}
