import type { JsonRequestBody } from '../api/openvcloud-api.js';
import type { TaskPollingOptions } from '../async/wait-for-task.js';

/** Per-call options. */
export interface CallOptions {
  /** Cancels the call (and, for `async` calls, the polling). */
  signal?: AbortSignal;
  /**
   * Run the method as a portal task: sends `_async: true`, then polls `system/task/get` until the
   * task ends and resolves to its result (same type as a direct call). `true` uses the client's
   * `taskPolling` options; an object overrides them for this call.
   */
  async?: boolean | TaskPollingOptions;
}

/** What a method resolves to: the 200 JSON body of the operation. */
export type ResultOf<Op> = Op extends { responses: { 200: { content: { 'application/json': infer R } } } } ? R : undefined;

/** The call signature of one operation: its JSON body as `params` (optional when nothing is required). */
export type MethodOf<Op> = 'requestBody' extends keyof Op
  ? Op extends { requestBody: JsonRequestBody<infer B> }
    ? (params: B, options?: CallOptions) => Promise<ResultOf<Op>>
    : Op extends { requestBody?: JsonRequestBody<infer B> }
      ? (params?: B, options?: CallOptions) => Promise<ResultOf<Op>>
      : never
  : (params?: Record<string, never>, options?: CallOptions) => Promise<ResultOf<Op>>;

type ActorOf<Path, App extends string> = Path extends `/${App}/${infer Actor}/${string}` ? Actor : never;

/**
 * `{ "/cloudapi/images/list": Op, … }` → `{ images: { list(params?) }, … }`: the typed tree of one
 * portal app. Types only; at runtime the tree is a Proxy.
 */
export type AppTree<Ops, App extends string> = {
  [Actor in ActorOf<keyof Ops, App>]: {
    [Path in keyof Ops as Path extends `/${App}/${Actor}/${infer Method}` ? Method : never]: MethodOf<Ops[Path]>;
  };
};

export type Caller = (path: string, params: unknown, options: CallOptions | undefined) => Promise<unknown>;

/** The runtime side of AppTree: `tree.<actor>.<method>(params)` → `call('/<app>/<actor>/<method>', params)`. */
export function createAppProxy(app: string, call: Caller): unknown {
  const actors = new Map<string, unknown>();
  return new Proxy(Object.create(null) as object, {
    get(_target, actor) {
      // Not thenable (so `await client.api.cloudapi` works), no symbols.
      if (typeof actor !== 'string' || actor === 'then') return undefined;
      let methods = actors.get(actor);
      if (!methods) {
        const functions = new Map<string, unknown>();
        methods = new Proxy(Object.create(null) as object, {
          get(_inner, method) {
            if (typeof method !== 'string' || method === 'then') return undefined;
            let fn = functions.get(method);
            if (!fn) {
              const path = `/${app}/${actor}/${method}`;
              fn = (params?: unknown, options?: CallOptions) => call(path, params, options);
              functions.set(method, fn);
            }
            return fn;
          },
        });
        actors.set(actor, methods);
      }
      return methods;
    },
  });
}
