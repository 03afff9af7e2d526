import type { SendStreamingHttp, StreamingHttpRequest, StreamingHttpResponse } from '../pipeline/http-message.js';

/** Signs or decorates a request (`withHeaders`), then hands it to `next`, possibly a second time (a renewed token). */
export type AuthHook = (request: StreamingHttpRequest, next: SendStreamingHttp) => Promise<StreamingHttpResponse>;

/**
 * How an SDK authenticates (Octokit-style contract). Providers implement it for their scheme:
 * static tokens, OVH request signatures, Keystone tokens, ItsYou.online JWTs…
 */
export interface AuthStrategy<TAuthentication = unknown> {
  /** Resolves what a request needs to be authenticated, e.g. `{ type: 'token', headerName, token }`. */
  (): Promise<TAuthentication>;
  /**
   * The pipeline's `auth` step: runs once per attempt, after `retry`, so every attempt is signed
   * afresh (timestamped signatures and rotated tokens stay valid across retries).
   */
  hook: AuthHook;
}
