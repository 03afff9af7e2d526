import type { SendRequest } from '../auth/auth-strategy.js';
import { StratusError } from '../errors/stratus-error.js';
import { ConnectionError } from '../errors/transport-errors.js';

/** The subset of `fetch` the transport needs: it always calls it with a single Request. */
export type FetchLike = (request: Request) => Promise<Response>;

/**
 * The last step of the pipeline: calls fetch and turns a network failure into ConnectionError
 * (original error as `cause`), so the retry policy can tell it apart from, say, a failing token getter.
 */
export function createFetchSender(customFetch?: FetchLike): SendRequest {
  return async (request) => {
    // Looked up per call, not at creation: test tools (msw) and polyfills patch globalThis.fetch later.
    // Copied to a local so it is never invoked with a foreign `this` (browsers throw "Illegal invocation").
    const fetchImpl = customFetch ?? globalThis.fetch;
    try {
      return await fetchImpl(request);
    } catch (error) {
      // Aborts (caller or timeout) are translated by the policies that own those signals.
      if (request.signal.aborted || error instanceof StratusError) throw error;
      throw new ConnectionError({ method: request.method, url: request.url, cause: error });
    }
  };
}
