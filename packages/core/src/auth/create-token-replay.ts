import type { HttpRequest, HttpResponse, SendHttp } from '../pipeline/http-message.js';
import { withHeaders } from '../pipeline/with-headers.js';
import { isReadableStream } from '../transport/is-readable-stream.js';
import type { CachedToken, TokenCache } from './create-token-cache.js';

export interface TokenReplayOptions<T extends CachedToken> {
  /** Where the token comes from; its single flight makes concurrent rejected calls share one re-authentication. */
  cache: TokenCache<T>;
  /** The headers that carry a token, lower-case names (`{ 'x-auth-token': token.token }`). */
  headersOf: (token: T) => Record<string, string>;
  /** The status that says "this token is dead". Default 401. */
  rejectedStatus?: number;
}

/**
 * An auth hook's send with a cached token: sends the request with the token's headers; when the
 * answer is `rejectedStatus` (the token was revoked or expired early), drops that token (unless a
 * concurrent call already replaced it), gets a new one and replays the request once with it. A
 * second rejection is returned as is: never a loop. A streamed body cannot be sent twice, so its
 * rejection is returned without a replay.
 */
export function createTokenReplay<T extends CachedToken>(options: TokenReplayOptions<T>) {
  const { cache, headersOf, rejectedStatus = 401 } = options;
  return async function sendWithToken<Req extends HttpRequest<unknown>, Res extends HttpResponse<unknown>>(request: Req, next: SendHttp<Req, Res>): Promise<Res> {
    const used = await cache.get();
    const response = await next(withHeaders(request, headersOf(used)));
    if (response.status !== rejectedStatus || isReadableStream(request.body)) return response;
    cache.invalidate(used.token);
    const renewed = await cache.get();
    // Release the connection of the rejected answer: it will never be read.
    if (isReadableStream(response.body)) void response.body.cancel().catch(() => {});
    return next(withHeaders(request, headersOf(renewed)));
  };
}
