import { type AuthStrategy, type HttpRequest, type SendHttp, StratusError, withHeaders } from '@stratus/core';
import { InvalidKeyError } from '../errors/ovh-errors.js';
import { signOvhRequestNow } from '../signing/sign-ovh-request.js';
import { createOvhClock, type OvhClock } from './create-ovh-clock.js';
import { isOvhTimeError } from './is-ovh-time-error.js';
import type { OvhAuthHook } from './ovh-auth-hook.js';
import { toAuthStrategy } from './to-auth-strategy.js';

export interface OvhSignatureAuthOptions {
  applicationKey: string;
  applicationSecret?: string | undefined;
  /** Optional so a client can exist before its consumer key is validated (requestConsumerKey). */
  consumerKey?: string | undefined;
  /**
   * Source of timestamps. createOvhClient passes one synced with the endpoint's `/auth/time`.
   * Default: local time, never resynced.
   */
  clock?: OvhClock;
}

export interface OvhSignatureAuthentication {
  type: 'ovh-signature';
  applicationKey: string;
  /** Whether signed calls are possible (secret and consumer key present). */
  canSign: boolean;
}

/**
 * OVH application-key authentication, per attempt: every request gets `X-Ovh-Application`; signed
 * ones also `X-Ovh-Consumer`, `X-Ovh-Timestamp` and `X-Ovh-Signature` over the full URL (query
 * included) and the exact body. If OVH rejects the timestamp, the clock is resynced and the request
 * re-signed and sent once more (never looped).
 */
export function createOvhSignatureHook(options: OvhSignatureAuthOptions): OvhAuthHook {
  const { applicationKey, applicationSecret, consumerKey } = options;
  if (typeof applicationKey !== 'string' || applicationKey.trim() === '') {
    throw new StratusError('[@stratus/ovh] createOvhSignatureAuth: applicationKey is required');
  }
  const clock = options.clock ?? createOvhClock();

  const signAndSend = async (request: HttpRequest, send: SendHttp) => {
    // Both are synchronous on Node once the clock is synced: no await (and microtask) for them then.
    const reading = clock.read();
    const { timestamp, epoch } = reading instanceof Promise ? await reading : reading;
    const signed = signOvhRequestNow({ applicationSecret: applicationSecret!, consumerKey: consumerKey!, method: request.method, url: request.url, body: request.body, timestamp });
    const signature = typeof signed === 'string' ? signed : await signed;
    const response = await send(
      withHeaders(request, { 'x-ovh-application': applicationKey, 'x-ovh-consumer': consumerKey!, 'x-ovh-timestamp': String(timestamp), 'x-ovh-signature': signature }),
    );
    return { response, epoch };
  };

  return async (request, send, needAuth) => {
    // python-ovh sends the application key even on unauthenticated calls.
    if (!needAuth) return send(withHeaders(request, { 'x-ovh-application': applicationKey }));
    assertCanSign(request, applicationSecret, consumerKey);
    const first = await signAndSend(request, send);
    if (!isOvhTimeError(first.response.status, first.response.body)) return first.response;
    await clock.resync(first.epoch);
    return (await signAndSend(request, send)).response;
  };
}

/** createOvhSignatureHook as a core AuthStrategy, for pipelines built on core's createTransport. */
export function createOvhSignatureAuth(options: OvhSignatureAuthOptions): AuthStrategy<OvhSignatureAuthentication> {
  const hook = createOvhSignatureHook(options);
  const canSign = isNonEmpty(options.applicationSecret) && isNonEmpty(options.consumerKey);
  return toAuthStrategy(async () => ({ type: 'ovh-signature', applicationKey: options.applicationKey, canSign }), hook);
}

// python-ovh raises InvalidKey("Invalid ApplicationSecret '…'"); the value is never echoed here.
function assertCanSign(request: HttpRequest, applicationSecret: string | undefined, consumerKey: string | undefined): void {
  const missing = !isNonEmpty(applicationSecret) ? 'ApplicationSecret' : !isNonEmpty(consumerKey) ? 'ConsumerKey' : undefined;
  if (missing === undefined) return;
  const hint =
    missing === 'ConsumerKey'
      ? 'request one with requestConsumerKey() and pass it as consumerKey, or send the call with { needAuth: false }'
      : 'pass applicationSecret';
  throw new InvalidKeyError({
    message: `Invalid ${missing}: a signed call needs one (${hint}): ${request.method} ${request.url}`,
    status: 0,
    method: request.method,
    url: request.url,
    provider: 'ovhcloud',
  });
}

function isNonEmpty(value: string | undefined): value is string {
  return typeof value === 'string' && value.trim() !== '';
}
