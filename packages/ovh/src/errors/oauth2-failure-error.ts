import { OvhApiError } from './ovh-api-error.js';
import type { OvhApiErrorInit } from './ovh-error-fields.js';

/**
 * The OAuth2 token endpoint refused to issue a token or answered something unusable
 * (python-ovh `OAuth2FailureError`). `code` is the OAuth2 `error` (e.g. `invalid_client`).
 * The client secret is never part of the message, URL, headers or body excerpt.
 */
export class OAuth2FailureError extends OvhApiError {
  static {
    this.prototype.name = 'OAuth2FailureError';
  }

  constructor(init: OvhApiErrorInit) {
    super(init, 'OAuth2FailureError');
  }
}
