import { ConnectionError, RequestFailedError, TimeoutError } from '@stratus/core';

/**
 * python-ovh's `NetworkError` (no usable response). Not a wrapper: it is the category of core's
 * transport failures, so `err instanceof NetworkError` is true for core `ConnectionError` and
 * `TimeoutError` — which are what the client throws, keeping their `cause` and `timeoutMs` and
 * their own `instanceof`. Caller aborts (`AbortError`) are deliberately not network errors.
 */
export abstract class NetworkError extends RequestFailedError {
  static {
    this.prototype.name = 'NetworkError';
  }

  static override [Symbol.hasInstance](value: unknown): boolean {
    if (this === NetworkError) return value instanceof ConnectionError || value instanceof TimeoutError;
    return Function.prototype[Symbol.hasInstance].call(this, value);
  }
}
