import type { HttpRequest, HttpResponse, SendHttp } from './http-message.js';

/**
 * A named step of the pipeline (retry, sign, timeout…): it may change the request, call `next` zero
 * or more times (retry calls it once per attempt) and inspect or replace the response. The name
 * says which step it is, for reading a pipeline's order and for tests.
 */
export interface HttpPolicy<Req = HttpRequest, Res = HttpResponse> {
  readonly name: string;
  send(request: Req, next: SendHttp<Req, Res>): Promise<Res>;
}

/** Chains policies in order (the first runs outermost) in front of `sender`, the last step. */
export function createHttpPipeline<Req = HttpRequest, Res = HttpResponse>(policies: readonly HttpPolicy<Req, Res>[], sender: SendHttp<Req, Res>): SendHttp<Req, Res> {
  return policies.reduceRight<SendHttp<Req, Res>>((next, policy) => (request) => policy.send(request, next), sender);
}
