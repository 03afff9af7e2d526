import { redactText } from '../redaction/redact-text.js';
import { redactUrl } from '../redaction/redact-url.js';
import { StratusError } from './stratus-error.js';

// Errors raised when no usable HTTP response was obtained. Each carries the request method and the
// redacted URL (never the Request itself, whose headers hold credentials).

export interface RequestTarget {
  method: string;
  url: string;
}

/** Common base of the errors raised when no usable response was obtained. */
export abstract class RequestFailedError extends StratusError {
  readonly method: string;
  /** Request URL with userinfo and secret query parameters redacted. */
  readonly url: string;

  constructor(message: string, target: RequestTarget, cause: unknown) {
    const url = redactUrl(target.url);
    super(`${message}: ${target.method} ${url}`, cause === undefined ? undefined : { cause });
    this.method = target.method;
    this.url = url;
  }

  protected override details(): Record<string, unknown> {
    return { method: this.method, url: this.url };
  }
}

/** The connection failed or was reset (DNS, TLS, ECONNRESET, truncated body…). `cause` is the original error. */
export class ConnectionError extends RequestFailedError {
  static {
    this.prototype.name = 'ConnectionError';
  }

  constructor(target: RequestTarget & { cause: unknown }) {
    super(`Connection failed (${describeNetworkFailure(target.cause)})`, target, target.cause);
  }
}

/** An attempt took longer than the per-attempt timeout. */
export class TimeoutError extends RequestFailedError {
  static {
    this.prototype.name = 'TimeoutError';
  }

  readonly timeoutMs: number;

  constructor(target: RequestTarget & { timeoutMs: number }) {
    super(`Request timed out after ${target.timeoutMs} ms`, target, undefined);
    this.timeoutMs = target.timeoutMs;
  }

  protected override details(): Record<string, unknown> {
    return { ...super.details(), timeoutMs: this.timeoutMs };
  }
}

/** The caller aborted the request through its AbortSignal. `cause` is the signal's reason. Never retried. */
export class AbortError extends RequestFailedError {
  static {
    this.prototype.name = 'AbortError';
  }

  constructor(target: RequestTarget & { cause?: unknown }) {
    super('Request aborted', target, target.cause);
  }
}

/** The response claimed to be JSON but its body is not valid JSON. */
export class InvalidResponseError extends RequestFailedError {
  static {
    this.prototype.name = 'InvalidResponseError';
  }

  readonly status: number;
  readonly contentType: string;
  /** Start of the offending body (≤ 200 characters), redacted. */
  readonly bodyExcerpt: string;

  constructor(target: RequestTarget & { status: number; contentType: string; body: string; cause?: unknown }) {
    super(`Invalid JSON in ${target.status} response (${target.contentType})`, target, target.cause);
    this.status = target.status;
    this.contentType = target.contentType;
    this.bodyExcerpt = redactText(target.body).slice(0, 200);
  }

  protected override details(): Record<string, unknown> {
    return { ...super.details(), status: this.status, contentType: this.contentType, bodyExcerpt: this.bodyExcerpt };
  }
}

// undici reports "fetch failed" and hides the useful part (ECONNRESET, "other side closed") in `cause`.
function describeNetworkFailure(error: unknown): string {
  const parts: string[] = [];
  let current: unknown = error;
  for (let depth = 0; depth < 3 && current !== undefined && current !== null; depth++) {
    if (current instanceof Error) {
      const code = (current as { code?: unknown }).code;
      parts.push(typeof code === 'string' ? `${current.message} [${code}]` : current.message);
      current = current.cause;
    } else {
      parts.push(String(current));
      break;
    }
  }
  return parts.filter(Boolean).join(': ') || 'unknown error';
}
