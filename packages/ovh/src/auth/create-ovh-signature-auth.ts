import { setRequestHeaders, StratusError, type AuthStrategy, type SendRequest } from '@stratus/core';
import { InvalidKeyError } from '../errors/ovh-errors.js';
import { signOvhRequestSync } from '../signing/sign-ovh-request.js';
import { createOvhClock, type OvhClock } from './create-ovh-clock.js';
import { isOvhTimeErrorResponse } from './is-ovh-time-error.js';
import { takeUnsignedMarker } from './need-auth-marker.js';
import { toReplayableRequest, type ReplayableRequest } from './replayable-request.js';

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
 * OVH application-key authentication on core's AuthStrategy contract. The hook runs per attempt:
 * every request gets `X-Ovh-Application`; signed ones also `X-Ovh-Consumer`, `X-Ovh-Timestamp` and
 * `X-Ovh-Signature` over the full URL (query included) and the exact body bytes. If OVH rejects the
 * timestamp, the clock is resynced and the request re-signed and sent once more (never looped).
 */
export function createOvhSignatureAuth(options: OvhSignatureAuthOptions): AuthStrategy<OvhSignatureAuthentication> {
  const { applicationKey, applicationSecret, consumerKey } = options;
  if (typeof applicationKey !== 'string' || applicationKey.trim() === '') {
    throw new StratusError('[@stratus/ovh] createOvhSignatureAuth: applicationKey is required');
  }
  const clock = options.clock ?? createOvhClock();
  const canSign = isNonEmpty(applicationSecret) && isNonEmpty(consumerKey);

  const sendSigned = async (request: ReplayableRequest, next: SendRequest) => {
    const { timestamp, epoch } = await clock.read();
    const signature = signOvhRequestSync({
      applicationSecret: applicationSecret as string,
      consumerKey: consumerKey as string,
      method: request.method,
      url: request.url,
      body: request.body,
      timestamp,
    });
    const response = await next(
      request.build({
        'X-Ovh-Application': applicationKey,
        'X-Ovh-Consumer': consumerKey as string,
        'X-Ovh-Timestamp': String(timestamp),
        'X-Ovh-Signature': signature,
      }),
    );
    return { response, epoch };
  };

  return Object.assign(async (): Promise<OvhSignatureAuthentication> => ({ type: 'ovh-signature', applicationKey, canSign }), {
    hook: async (incoming: Request, next: SendRequest): Promise<Response> => {
      const { request, needAuth } = takeUnsignedMarker(incoming);
      // python-ovh sends the application key even on unauthenticated calls.
      if (!needAuth) return next(setRequestHeaders(request, { 'X-Ovh-Application': applicationKey }));
      assertCanSign(request, applicationSecret, consumerKey);

      const replayable = await toReplayableRequest(request);
      const first = await sendSigned(replayable, next);
      if (!(await isOvhTimeErrorResponse(first.response))) return first.response;
      first.response.body?.cancel().catch(() => {});
      await clock.resync(first.epoch);
      return (await sendSigned(replayable, next)).response;
    },
  });
}

// python-ovh raises InvalidKey("Invalid ApplicationSecret '…'"); the value is never echoed here.
function assertCanSign(request: Request, applicationSecret: string | undefined, consumerKey: string | undefined): void {
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
