import type { HttpHandler, RequestHandlerOptions } from 'msw';
import type { OpenvCloudApi } from '../api/openvcloud-api.js';
import type { ResultOf } from '../client/api-tree.js';

// Types of `@stratus/openvcloud/msw`. Every portal method is a POST, so a handler is keyed by path
// alone; like the client's, the types only look at the one operation a handler is written for.

/** The operation maps of one descriptor or of a list of them (`cloudapi`, `[cloudapi, cloudbroker]`). */
export type OpenvCloudHandlerOperations<A> = A extends readonly OpenvCloudApi[] ? NonNullable<A[number]['__operations']> : A extends OpenvCloudApi ? NonNullable<A['__operations']> : never;

/** `/cloudapi/machines/create`… (distributes over the APIs' operation maps). */
export type OpenvCloudPathOf<Ops> = Ops extends { readonly post?: infer Map } ? keyof Map & string : never;
type OperationAt<Ops, P> = Ops extends { readonly post?: infer Map } ? Map[P & keyof Map] : never;

type JsonContentOf<RB> = [RB] extends [{ content: { 'application/json': infer B } }] ? B : undefined;

/** The parsed JSON body of an operation (its params), without the `_async` flag. */
export type OpenvCloudRequestBodyOf<Op> = [Op] extends [{ requestBody: infer RB }]
  ? JsonContentOf<RB>
  : [Op] extends [{ requestBody?: infer RB }]
    ? JsonContentOf<NonNullable<RB>> | undefined
    : undefined;

export interface OpenvCloudResolverInfo<Op> {
  /** The params the client sent (JSON body merged over query parameters, as the portal does), `_async` removed. */
  body: OpenvCloudRequestBodyOf<Op>;
  /** True when the call was sent with `_async: true` (the answer then becomes a task result). */
  async: boolean;
  /** The intercepted request (headers: `authorization: bearer <jwt>` or `authkey <key>`). Its body is still unread. */
  request: Request;
}

/** The operation's result (sent as JSON, status 200), or any Response (`createOpenvCloudErrorResponse(404, '…')`). */
export type OpenvCloudResolverResult<Op> = ResultOf<Op> | Response;

export type OpenvCloudResolver<Op> = (info: OpenvCloudResolverInfo<Op>) => OpenvCloudResolverResult<Op> | Promise<OpenvCloudResolverResult<Op>>;

/** Typed msw handlers for a G8 portal. */
export interface OpenvCloudHandlers<Ops> {
  /** `https://<g8>/restmachine`. */
  readonly url: string;
  /** A handler for one method: `post('/cloudapi/images/list', () => [{ id: 1, name: 'Ubuntu 16.04 x64' }])`. */
  post<P extends OpenvCloudPathOf<Ops>>(path: P, resolver: NoInfer<OpenvCloudResolver<OperationAt<Ops, P>>>, options?: RequestHandlerOptions): HttpHandler;
  /**
   * `POST /system/task/get`, answering the tasks that `_async` calls to this set's handlers started:
   * `null` for `pendingPolls` polls, then `[true, result]` (or `[false, message]` when the resolver
   * answered an error status). Unknown task guids answer 400, so a test fails fast instead of polling.
   */
  tasks(): HttpHandler;
}
