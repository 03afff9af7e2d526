import type { AuthStrategy } from '../auth/auth-strategy.js';
import type { Policy } from './compose-policies.js';

/** Lets the auth strategy sign the request. Placed inside the retry loop so each attempt is signed afresh. */
export function authPolicy(auth: AuthStrategy | undefined): Policy {
  if (!auth) return (request, next) => next(request);
  return (request, next) => auth.hook(request, next);
}
