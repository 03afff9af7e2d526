import { InvalidConfigurationError } from '@stratus/core';
import type { OvhClientBase } from '../client/ovh-client-types.js';
import type { AccessRule } from './access-rule-methods.js';
import type { ConsumerKeyRequest } from './create-consumer-key-request.js';

export interface RequestConsumerKeyOptions {
  /** Rules, or a builder from createConsumerKeyRequest(). */
  accessRules: readonly AccessRule[] | ConsumerKeyRequest;
  /** Where OVH sends the user after validation. Sent as `null` when absent, as python-ovh does. */
  redirection?: string | null;
  /** Restrict the key to these IP blocks (`203.0.113.0/24`). Sent as `null` when absent, as python-ovh does. */
  allowedIPs?: readonly string[] | null;
}

export type CredentialState = 'expired' | 'pendingValidation' | 'refused' | 'validated';

export interface ConsumerKeyGrant {
  /** Send the user here to log in and validate the key. */
  validationUrl: string;
  /** The new consumer key; usable once validated. */
  consumerKey: string;
  state: CredentialState;
}

/**
 * Asks OVH for a new consumer key (`POST /auth/credential`, unsigned; only the application key is
 * sent). Create a client with the returned `consumerKey` once the user has opened `validationUrl`.
 * The body is python-ovh's `request_consumerkey` body, byte for byte: `accessRules`, then
 * `redirection` and `allowedIPs`, both `null` when not given.
 */
export async function requestConsumerKey(client: OvhClientBase, options: RequestConsumerKeyOptions): Promise<ConsumerKeyGrant> {
  if (client.authMethod !== 'application-key') {
    throw new InvalidConfigurationError(
      `[@stratus/ovh] requestConsumerKey needs a client created with applicationKey/applicationSecret (this one uses ${client.authMethod})`,
    );
  }
  const accessRules = Array.isArray(options.accessRules) ? [...options.accessRules] : (options.accessRules as ConsumerKeyRequest).accessRules;
  const body = {
    accessRules,
    redirection: options.redirection ?? null,
    allowedIPs: options.allowedIPs === undefined || options.allowedIPs === null ? null : [...options.allowedIPs],
  };
  return (await client.request('POST', '/auth/credential', undefined, { needAuth: false, body })) as ConsumerKeyGrant;
}
