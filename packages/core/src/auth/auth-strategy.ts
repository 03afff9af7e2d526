/** Sends a request further down the pipeline (ultimately: `fetch`). */
export type SendRequest = (request: Request) => Promise<Response>;

/** Signs or decorates a request, then hands it to `next`. */
export type AuthHook = (request: Request, next: SendRequest) => Promise<Response>;

/**
 * How an SDK authenticates (Octokit-style contract). Providers implement it for their scheme:
 * static tokens, OVH request signatures, Keystone tokens, ItsYou.online JWTs…
 */
export interface AuthStrategy<TAuthentication = unknown> {
  /** Resolves what a request needs to be authenticated, e.g. `{ type: 'token', headerName, token }`. */
  (): Promise<TAuthentication>;
  /**
   * Runs once per attempt, inside the retry loop, so every attempt is signed afresh
   * (timestamped signatures and rotated tokens stay valid across retries).
   */
  hook: AuthHook;
}
