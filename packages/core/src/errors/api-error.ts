import { redactHeaders } from '../redaction/redact-headers.js';
import { redactText } from '../redaction/redact-text.js';
import { redactUrl } from '../redaction/redact-url.js';
import { StratusError } from './stratus-error.js';

/** Longest response body excerpt kept on an ApiError. */
export const MAX_BODY_EXCERPT_LENGTH = 500;

export interface ApiErrorInit {
  message: string;
  status: number;
  method: string;
  url: string;
  /** Provider-specific error code, e.g. "itemNotFound" (Nova) or "Client::NotFound" (OVH). */
  code?: string | undefined;
  requestId?: string | undefined;
  headers?: Headers | Record<string, string> | undefined;
  bodyExcerpt?: string | undefined;
  provider?: string | undefined;
  cause?: unknown;
}

/**
 * The API answered with an error status. Everything stored here is redacted on the way in
 * (URL, headers, body excerpt), so the error can be logged or serialised as-is.
 */
export class ApiError extends StratusError {
  static {
    this.prototype.name = 'ApiError';
  }

  readonly status: number;
  readonly code: string | undefined;
  readonly requestId: string | undefined;
  /** Response headers, lower-cased, with credential-bearing values replaced by "[REDACTED]". */
  readonly headers: Record<string, string>;
  /** Start of the response body (≤ 500 characters), redacted. */
  readonly bodyExcerpt: string | undefined;
  readonly method: string;
  /** Request URL with userinfo and secret query parameters redacted. */
  readonly url: string;
  readonly provider: string | undefined;

  constructor(init: ApiErrorInit) {
    super(init.message, init.cause === undefined ? undefined : { cause: init.cause });
    this.status = init.status;
    this.code = init.code;
    this.requestId = init.requestId;
    this.headers = redactHeaders(init.headers);
    // Redact before truncating so a secret cut in half by the limit is still caught
    // (the generous pre-cut only bounds the regex work on huge bodies).
    this.bodyExcerpt =
      init.bodyExcerpt === undefined
        ? undefined
        : redactText(init.bodyExcerpt.slice(0, 20 * MAX_BODY_EXCERPT_LENGTH)).slice(0, MAX_BODY_EXCERPT_LENGTH);
    this.method = init.method;
    this.url = redactUrl(init.url);
    this.provider = init.provider;
  }

  protected override details(): Record<string, unknown> {
    return {
      status: this.status,
      code: this.code,
      requestId: this.requestId,
      method: this.method,
      url: this.url,
      provider: this.provider,
      headers: this.headers,
      bodyExcerpt: this.bodyExcerpt,
    };
  }
}
