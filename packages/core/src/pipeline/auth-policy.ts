import type { AuthStrategy } from '../auth/auth-strategy.js';
import type { StreamingHttpRequest, StreamingHttpResponse } from './http-message.js';
import type { HttpPolicy } from './http-policy.js';

/** The `auth` policy: lets the auth strategy sign the request. Placed after `retry`, so each attempt is signed afresh. */
export function authPolicy(auth: AuthStrategy | undefined): HttpPolicy<StreamingHttpRequest, StreamingHttpResponse> {
  return { name: 'auth', send: auth ? (request, next) => auth.hook(request, next) : (request, next) => next(request) };
}
