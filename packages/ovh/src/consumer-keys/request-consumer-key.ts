import { InvalidConfigurationError } from '../errors/configuration-errors.js';
import type { OvhClientBase } from '../client/ovh-client-types.js';
import type { AccessRule } from './access-rule-methods.js';
import type { ConsumerKeyRequest } from './create-consumer-key-request.js';

export interface RequestConsumerKeyOptions {
  /** Rules, or a builder from createConsumerKeyRequest(). */
  accessRules: readonly AccessRule[] | ConsumerKeyRequest;
  /** Where OVH sends the user after validation. */
  redirection?: string;
  /** Restrict the key to these IP blocks (`203.0.113.0/24`). */
  allowedIPs?: readonly string[];
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
    ...(options.redirection !== undefined ? { redirection: options.redirection } : {}),
    ...(options.allowedIPs !== undefined ? { allowedIPs: [...options.allowedIPs] } : {}),
  };
  return (await client.request('POST', '/auth/credential', undefined, { needAuth: false, body })) as ConsumerKeyGrant;
}
