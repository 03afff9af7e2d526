import type { HttpFetch, SendHttp } from './http-message.js';
import { createHttpFetchSender } from './http-fetch-sender.js';
import { timeoutPolicy } from './timeout-policy.js';

/**
 * One attempt over `fetch` within `timeoutMs` (0: none). A fetch that enforces timeouts itself is
 * handed the budget; any other gets the `timeout` policy's timer and abort signal.
 */
export function createAttemptSender(customFetch: HttpFetch | undefined, timeoutMs: number): SendHttp {
  if (customFetch?.enforcesTimeout) return createHttpFetchSender(customFetch, timeoutMs);
  const timeout = timeoutPolicy(timeoutMs);
  const send = createHttpFetchSender(customFetch);
  return (request) => timeout.send(request, send);
}
