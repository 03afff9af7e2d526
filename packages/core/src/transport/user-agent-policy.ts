import type { Policy } from './compose-policies.js';
import { buildUserAgent, type UserAgentOptions } from './build-user-agent.js';
import { setRequestHeaders } from './request-ownership.js';

/** Sets the Stratus User-Agent, unless the caller set one explicitly on the request. */
export function userAgentPolicy(options: UserAgentOptions = {}): Policy {
  const userAgent = buildUserAgent(options);
  return (request, next) => {
    if (request.headers.has('user-agent')) return next(request);
    return next(setRequestHeaders(request, { 'user-agent': userAgent }));
  };
}
