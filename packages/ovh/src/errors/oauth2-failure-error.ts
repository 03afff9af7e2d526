import { markAuthenticationFailure } from '@stratus/core/internal';
import { OvhApiError } from './ovh-api-error.js';
import type { OvhApiErrorInit } from './ovh-error-fields.js';

/**
 * The OAuth2 token endpoint refused to issue a token or answered something unusable
 * (python-ovh `OAuth2FailureError`). `code` is the OAuth2 `error` (e.g. `invalid_client`).
 * The client secret is never part of the message, URL, headers or body excerpt. Also an
 * AuthenticationError (python-ovh's name kept, core's catch-all for rejected credentials joined).
 */
export class OAuth2FailureError extends OvhApiError {
  static {
    this.prototype.name = 'OAuth2FailureError';
    markAuthenticationFailure(this);
  }

  constructor(init: OvhApiErrorInit) {
    super(init, 'OAuth2FailureError');
  }
}
