import type { SendRequest } from '../auth/auth-strategy.js';
import { asConnectionFailure } from './as-connection-failure.js';
import { attemptSignalOf } from './attempt-signal.js';

/** The subset of `fetch` the transport needs: it always calls it with a single Request. */
export type FetchLike = (request: Request) => Promise<Response>;

/**
 * The last step of the pipeline: calls fetch and turns a network failure into ConnectionError
 * (original error as `cause`), so the retry policy can tell it apart from, say, a failing token getter.
 */
export function createFetchSender(customFetch?: FetchLike): SendRequest {
  return async (request) => {
    // The attempt's signal (caller + timeout), when createTransport's timeout step set one.
    const signal = attemptSignalOf(request);
    try {
      if (customFetch) {
        // A custom fetch only gets a Request, so the attempt signal has to be on it.
        return await customFetch(signal === request.signal ? request : new Request(request, { signal }));
      }
      // Looked up per call, not at creation: test tools (msw) and polyfills patch globalThis.fetch later.
      // Copied to a local so it is never invoked with a foreign `this` (browsers throw "Illegal invocation").
      const fetchImpl = globalThis.fetch;
      // fetch builds its own Request from (request, init): passing the signal there saves deriving one more.
      return await (signal === request.signal ? fetchImpl(request) : fetchImpl(request, { signal }));
    } catch (error) {
      throw asConnectionFailure(error, signal, request);
    }
  };
}
