import type { AuthStrategy } from '@stratus/core';
import type { OvhAuthHook } from './ovh-auth-hook.js';

const BODYLESS_STATUSES = new Set([101, 204, 205, 304]);

/**
 * The core AuthStrategy form of an OVH auth hook, for pipelines built on `createTransport` (the OVH
 * client itself calls the hook directly, without Request/Response objects).
 */
export function toAuthStrategy<T>(authenticate: () => Promise<T>, hook: OvhAuthHook): AuthStrategy<T> {
  return Object.assign(authenticate, {
    hook: async (request: Request, next: (request: Request) => Promise<Response>): Promise<Response> => {
      const body = request.body === null ? undefined : await request.text();
      const response = await hook(
        { method: request.method, url: request.url, headers: Object.fromEntries(request.headers), body, signal: request.signal },
        async (outgoing) => {
          const answer = await next(new Request(outgoing.url, outgoing));
          return { status: answer.status, statusText: answer.statusText, headers: answer.headers, body: await answer.text() };
        },
        true,
      );
      return new Response(BODYLESS_STATUSES.has(response.status) ? null : response.body, {
        status: response.status,
        statusText: response.statusText,
        headers: response.headers as Headers,
      });
    },
  });
}
