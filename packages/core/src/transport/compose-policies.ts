import type { SendRequest } from '../auth/auth-strategy.js';

/**
 * A step of the request pipeline: it may change the request, call `next` zero or more times
 * (the retry policy calls it once per attempt) and inspect or replace the response.
 */
export type Policy = (request: Request, next: SendRequest) => Promise<Response>;

/** Chains policies so that the first one runs outermost and `send` runs last. */
export function composePolicies(policies: readonly Policy[], send: SendRequest): SendRequest {
  return policies.reduceRight<SendRequest>((next, policy) => (request) => policy(request, next), send);
}
