import { StratusError } from '../errors/stratus-error.js';
import { ConnectionError } from '../errors/transport-errors.js';

/**
 * What a fetch sender throws for `error`: aborts (caller or timeout, translated by the policies that
 * own those signals) and Stratus errors as they are, any other failure as ConnectionError with the
 * original as `cause`, so the retry policy can tell the network apart from, say, a failing token
 * getter. Shared by the text and the streaming fetch senders.
 */
export function asConnectionFailure(error: unknown, signal: AbortSignal | undefined, target: { method: string; url: string }): unknown {
  if (signal?.aborted || error instanceof StratusError) return error;
  return new ConnectionError({ method: target.method, url: target.url, cause: error });
}
