import { createFetchSender } from './create-fetch-sender.js';
import type { OvhFetch, SendOvhHttp } from './ovh-http.js';
import { withAttemptTimeout } from './with-attempt-timeout.js';

/**
 * One attempt over `fetch` within `timeoutMs` (0: none). A fetch that enforces timeouts itself
 * (createNodeFetch) is handed the budget; any other gets the client's timer and abort signal.
 */
export function createAttemptSender(customFetch: OvhFetch | undefined, timeoutMs: number): SendOvhHttp {
  if (customFetch?.enforcesTimeout) return createFetchSender(customFetch, timeoutMs);
  return withAttemptTimeout(createFetchSender(customFetch), timeoutMs);
}
