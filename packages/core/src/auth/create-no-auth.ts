import type { AuthStrategy, SendRequest } from './auth-strategy.js';

export interface NoAuthentication {
  type: 'none';
}

/** For unauthenticated endpoints (version discovery, public catalogues): requests go out unchanged. */
export function createNoAuth(): AuthStrategy<NoAuthentication> {
  return Object.assign(async (): Promise<NoAuthentication> => ({ type: 'none' }), {
    hook: (request: Request, next: SendRequest) => next(request),
  });
}
