import type { AuthStrategy, StreamingHttpResponse } from '@stratus/core';
import type { OvhAuthHook } from './ovh-auth-hook.js';

/**
 * The core AuthStrategy form of an OVH auth hook, for `createTransport` and `createServiceClient`
 * pipelines. OVH signs the exact body text, so a body that is not text yet is read as text, and the
 * hook (which may look at an error answer, e.g. a clock skew) sees response bodies as text.
 */
export function toAuthStrategy<T>(authenticate: () => Promise<T>, hook: OvhAuthHook): AuthStrategy<T> {
  return Object.assign(authenticate, {
    hook: async (request: Parameters<AuthStrategy['hook']>[0], next: Parameters<AuthStrategy['hook']>[1]): Promise<StreamingHttpResponse> => {
      const { method, url, headers, signal } = request;
      const body = request.body === undefined || typeof request.body === 'string' ? request.body : await new Response(request.body).text();
      return hook({ method, url, headers, body, signal }, async (outgoing) => {
        const response = await next(outgoing);
        const text = typeof response.body === 'string' ? response.body : response.body === null ? '' : await new Response(response.body).text();
        return { status: response.status, statusText: response.statusText, headers: response.headers, body: text, json: response.json };
      }, true) as Promise<StreamingHttpResponse>;
    },
  });
}
