import type { SendStreamingHttp, StreamingHttpRequest } from '../pipeline/http-message.js';
import type { AuthStrategy } from './auth-strategy.js';

export interface NoAuthentication {
  type: 'none';
}

/** For unauthenticated endpoints (version discovery, public catalogues): requests go out unchanged. */
export function createNoAuth(): AuthStrategy<NoAuthentication> {
  return Object.assign(async (): Promise<NoAuthentication> => ({ type: 'none' }), {
    hook: (request: StreamingHttpRequest, next: SendStreamingHttp) => next(request),
  });
}
