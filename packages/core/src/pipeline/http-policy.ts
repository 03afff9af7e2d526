import type { HttpRequest, HttpResponse, SendHttp } from './http-message.js';

/**
 * A named step of the pipeline (retry, sign, timeout…): it may change the request, call `next` zero
 * or more times (retry calls it once per attempt) and inspect or replace the response. The name
 * says which step it is, for reading a pipeline's order and for tests.
 */
export interface HttpPolicy<R extends HttpResponse = HttpResponse> {
  readonly name: string;
  send(request: HttpRequest, next: SendHttp): Promise<R>;
}

/** Chains policies in order (the first runs outermost) in front of `sender`, the last step. */
export function createHttpPipeline(policies: readonly HttpPolicy[], sender: SendHttp): SendHttp {
  return policies.reduceRight<SendHttp>((next, policy) => (request) => policy.send(request, next), sender);
}
