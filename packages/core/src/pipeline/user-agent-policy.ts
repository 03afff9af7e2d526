import { buildUserAgent, type UserAgentOptions } from '../transport/build-user-agent.js';
import type { HttpRequest, HttpResponse } from './http-message.js';
import type { HttpPolicy } from './http-policy.js';
import { withHeaders } from './with-headers.js';

/** The `userAgent` policy: sets the Stratus User-Agent, unless the request carries one already. */
export function userAgentPolicy<Req extends HttpRequest<unknown> = HttpRequest, Res = HttpResponse>(options: UserAgentOptions = {}): HttpPolicy<Req, Res> {
  const userAgent = buildUserAgent(options);
  return {
    name: 'userAgent',
    send: (request, next) => next('user-agent' in request.headers ? request : withHeaders(request, { 'user-agent': userAgent })),
  };
}
